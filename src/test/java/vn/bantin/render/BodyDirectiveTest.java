package vn.bantin.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.load.Body;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyDirectiveTest {
    private static final String LABEL = "Bảng, cuộn \"ngang\" & <xem> hết";
    /** What the sample templates did before the directive: two regular expressions over the body as a string. */
    private static final String TEMPLATE_FUNCTION = "<#assign open = \"<div class=\\\"table-scroll\\\" role=\\\"region\\\" "
            + "tabindex=\\\"0\\\" aria-label=\\\"\" + label?esc?markup_string + \"\\\"><table\">"
            + "${html?replace(\"<table(?=[\\\\s>])\", open, \"r\")?replace(\"</table>\", \"</table></div>\")?no_esc}";
    private static final String DIRECTIVE = "<@body of=html tableLabel=label/>";

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(new BodyReadingWrapper());
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setSharedVariable(BodyDirective.NAME, new BodyDirective());
        configuration.setLogTemplateExceptions(false);
        return configuration;
    }

    private static String rendered(String template, Object html) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(template), configuration()).process(Map.of("html", html, "label", LABEL), out);
        return out.toString();
    }

    /** Rendered into a page's own writer, as a bake renders: the body's bytes copied as they are. */
    private static String renderedIntoPage(String template, Object html) throws IOException, TemplateException {
        PageWriter page = new PageWriter(new PageWriter.TemplateText());
        Template parsed = new Template("t", new StringReader(template), configuration());
        parsed.createProcessingEnvironment(Map.of("html", html, "label", LABEL), page).process();
        return new String(page.toByteArray(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Không có bảng nào, chỉ có chữ tiếng Việt: một cửa.</p>",
        "<table>\n<thead>\n<tr><th>Thủ tục</th></tr>\n</thead>\n</table>",
        "<p>Trước</p><table class=\"a\"><tr><td>1</td></tr></table><p>giữa</p><table\n><tr><td>2</td></tr></table>",
        "<tablex>không phải bảng</tablex><table\tid=\"b\"></table>",
        "<table><tr><td><table><tr><td>lồng nhau</td></tr></table></td></tr></table>",
        "</table> thừa, <table",
        "<table>",
        "",
    })
    void writesWhatTheTemplateFunctionWrote(String html) throws IOException, TemplateException {
        String expected = rendered(TEMPLATE_FUNCTION, html);

        assertEquals(expected, rendered(DIRECTIVE, html));
        assertEquals(expected, rendered(DIRECTIVE, Body.of("content/a.md", html)));
        assertEquals(expected, renderedIntoPage(DIRECTIVE, Body.of("content/a.md", html)));
    }

    @Test
    void withoutALabelTheHtmlIsWrittenAsItIs() throws IOException, TemplateException {
        String html = "<p>Bảng:</p><table><tr><td>1</td></tr></table>";

        assertEquals(html, renderedIntoPage("<@body of=html/>", Body.of("content/a.md", html)));
        assertTrue(rendered(DIRECTIVE, html).contains("aria-label=\"Bảng, cuộn &quot;ngang&quot; &amp; &lt;xem&gt; hết\""));
    }

    @Test
    void takesNothingButHtmlAndALabel() {
        TemplateException extra = assertThrows(TemplateException.class,
                () -> rendered("<@body of=html tableLabel=label size=3/>", "<p>x</p>"));
        assertTrue(extra.getMessage().contains("<@body of=article.body tableLabel=msg[\"body.table\"]/>"),
                extra.getMessage());
        assertThrows(TemplateException.class, () -> rendered("<@body/>", "<p>x</p>"));
        assertThrows(TemplateException.class, () -> rendered("<@body of=html>x</@body>", "<p>x</p>"));
        assertThrows(TemplateException.class, () -> rendered("<@body of=[1, 2]/>", "<p>x</p>"));
    }
}
