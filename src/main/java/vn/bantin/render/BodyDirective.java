package vn.bantin.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code <@body of=article.body tableLabel=msg["body.table"]/>} directive of the templates:
 * writes HTML bantin made (a body, a section's intro, a procedure's steps) as it is, like
 * {@code ?no_esc}, with each table inside a focusable, labelled scrolling region when
 * {@code tableLabel} is given: a table wider than a phone's screen scrolls sideways there, and a
 * keyboard user can reach it with Tab (WCAG 2.1.1). A body goes from its UTF-8 to the page's as
 * bytes: the template function it replaces decoded every body into a string, ran two regular
 * expressions over it and encoded the result again, a fortieth of a full bake's CPU.
 */
public final class BodyDirective implements TemplateDirectiveModel {
    /** The name the templates call it by. */
    static final String NAME = "body";
    private static final byte TAG = '<';
    private static final byte[] TABLE = "<table".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TABLE_END = "</table>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REGION_END = "</div>".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void execute(Environment environment, @SuppressWarnings("rawtypes") Map parameters, TemplateModel[] loopVariables,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Object of = parameters.get("of");
        Object label = parameters.get("tableLabel");
        if (of == null || parameters.size() > (label == null ? 1 : 2) || body != null
                || label != null && !(label instanceof TemplateScalarModel)) {
            throw new TemplateModelException("<@" + NAME + "> takes the HTML to write, of, and optionally the label of "
                    + "its tables' scrolling regions, tableLabel, a string: <@" + NAME
                    + " of=article.body tableLabel=msg[\"body.table\"]/>");
        }
        String tableLabel = label == null ? null : ((TemplateScalarModel) label).getAsString();
        Writer out = environment.getOut();
        // Written into the page itself, a body is a run of its bytes; captured (<#assign>, <@cached>), it may be anything.
        write(html(of, tableLabel, out instanceof PageWriter), region(tableLabel), out);
    }

    /**
     * {@code html} as the directive writes it with {@code tableLabel} (null for none): what a quick
     * rebuild puts in the place of a body's slot in a page ({@code PageStamp#slots}).
     */
    public static byte[] written(byte[] html, String tableLabel) {
        StringWriter out = new StringWriter(html.length + 256);
        try {
            write(html, region(tableLabel), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The opening tag of each table's scrolling region, or null for a body whose tables get none. */
    private static byte[] region(String tableLabel) {
        return tableLabel == null ? null : ("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
                + HTMLOutputFormat.INSTANCE.escapePlainText(tableLabel) + "\">").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The HTML {@code of} holds, in UTF-8; a body's showing is noted for the page's fingerprint, as
     * written whole into the page when {@code intoPage}.
     */
    private static byte[] html(Object of, String tableLabel, boolean intoPage) throws TemplateModelException {
        if (of instanceof BodyReadingWrapper.BodyModel model) {
            return intoPage ? model.utf8Written(tableLabel) : model.utf8();
        }
        if (of instanceof TemplateHTMLOutputModel markup) {
            return HTMLOutputFormat.INSTANCE.getMarkupString(markup).getBytes(StandardCharsets.UTF_8);
        }
        if (of instanceof TemplateScalarModel text) {
            return text.getAsString().getBytes(StandardCharsets.UTF_8);
        }
        throw new TemplateModelException("<@" + NAME + " of=…> takes HTML bantin made: a body (article.body, "
                + "content.body), a section's intro, a procedure's steps");
    }

    /**
     * Writes {@code html}; with a {@code region}, each {@code <table} that starts a tag preceded by
     * it and each {@code </table>} followed by its end, as the two replacements of the template
     * function this directive replaced made them. The pieces go straight into the page's bytes, or
     * decoded into any other writer (a part pages share, rendered once).
     */
    private static void write(byte[] html, byte[] region, Writer out) throws IOException {
        int written = 0;
        if (region != null) {
            for (int at = indexOf(html, TAG, 0); at >= 0; at = indexOf(html, TAG, at + 1)) {
                int next = at + TABLE.length;
                if (startsWith(html, at, TABLE) && next < html.length && startsTag(html[next])) {
                    put(html, written, at, out);
                    put(region, 0, region.length, out);
                    written = at;
                } else if (startsWith(html, at, TABLE_END)) {
                    int end = at + TABLE_END.length;
                    put(html, written, end, out);
                    put(REGION_END, 0, REGION_END.length, out);
                    written = end;
                }
            }
        }
        put(html, written, html.length, out);
    }

    /** What {@code (?=[\s>])} matches after {@code <table}: white space as Java's regular expressions know it, or {@code >}. */
    private static boolean startsTag(byte b) {
        return b == '>' || b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    private static void put(byte[] bytes, int from, int to, Writer out) throws IOException {
        if (from >= to) {
            return;
        }
        if (out instanceof PageWriter page) {
            page.writeUtf8(bytes, from, to);
        } else {
            out.write(new String(bytes, from, to - from, StandardCharsets.UTF_8));
        }
    }

    private static int indexOf(byte[] bytes, byte sought, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == sought) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] sought) {
        if (at + sought.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < sought.length; j++) {
            if (bytes[at + j] != sought[j]) {
                return false;
            }
        }
        return true;
    }
}
