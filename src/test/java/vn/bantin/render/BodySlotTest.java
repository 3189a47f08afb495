package vn.bantin.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.config.ConfigLoader;
import vn.bantin.load.Body;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body is a slot of a page ({@link PageStamp#slotOf}), one run of its bytes a quick rebuild may
 * replace, only when {@code <@body>} wrote it once and nothing else of the page read it; and the
 * run is what {@link BodyDirective#written} makes of the body. Pages are rendered by the bake's own
 * renderer from template files.
 */
class BodySlotTest {
    private static final String ARTICLE = "content/tin-tuc/tong-ket-mot-cua.md";
    private static final String RELATED = "content/tin-tuc/hoi-nghi.md";
    /** A label with characters the region's attribute must escape. */
    private static final String LABEL = "Bảng \"số liệu\" & <cuộn> ngang";
    private static final String HTML = "<p>Năm 2024, bộ phận một cửa tiếp nhận hồ sơ.</p>\n"
            + "<table>\n<tr><th>Lĩnh vực</th><th>Hồ sơ</th></tr>\n<tr><td>Hộ tịch</td><td>1.204</td></tr>\n</table>\n"
            + "<p>Tiếp theo <table class=\"nho\"><tr><td>2</td></tr></table> hết.</p>";

    @TempDir
    Path site;

    private int pages;

    /** One rendering of {@code template} by a renderer of its own, as one bake renders a page. */
    private Rendering render(String template) {
        return render(renderer(), template);
    }

    /** Renders {@code template} from a template file of its own. */
    private Rendering render(TemplateRenderer renderer, String template) {
        String name = "trang-" + (++pages) + ".ftlh";
        write("templates/" + name, template);
        return renderFile(renderer, name);
    }

    private Rendering renderFile(TemplateRenderer renderer, String name) {
        Map<String, Object> variables = Map.of(
                "article", Map.of("body", Body.of(ARTICLE, HTML)),
                "related", Map.of("body", Body.of(RELATED, "<p>Hội nghị triển khai.</p>")),
                "label", LABEL);
        RenderJob job = new RenderJob("post", "/tin-tuc/tong-ket-mot-cua/", name, ARTICLE, () -> variables);
        PageReads reads = new PageReads();
        Problems problems = new Problems();
        TemplateRenderer.Written written = renderer.render(job, variables, reads, problems);
        assertNotNull(written, () -> "rendered: " + problems);
        return new Rendering(new String(written.html(), StandardCharsets.UTF_8),
                new PageStamp("0", reads.variables(), reads.bodies(), reads.slots()));
    }

    private record Rendering(String html, PageStamp stamp) {
    }

    private TemplateRenderer renderer() {
        write("jbake.properties", "site.host=https://cchc.example.gov.vn\n");
        write("templates/trang-0.ftlh", "");
        return new TemplateRenderer(ConfigLoader.load(site, null).site(), Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # how the template shows the body                                                       | its tables' label
            <div class="prose"><@body of=article.body/></div>                                         |
            <div class="prose"><@body of=article.body tableLabel=label/></div>                        | Bảng "số liệu" & <cuộn> ngang
            <@body of=article.body tableLabel=label/><@body of=related.body/>${related.body?no_esc}   | Bảng "số liệu" & <cuộn> ngang
            <#macro prose><div><#nested></div></#macro><@prose><@body of=article.body/></@prose>      |
            """)
    void aBodyWrittenOnceByTheDirectiveIsASlotWithItsTablesLabel(String template, String tableLabel) {
        PageStamp stamp = render(template).stamp();

        String slot = stamp.slotOf(ARTICLE);
        assertNotNull(slot, () -> "slots: " + stamp.slots());
        assertEquals(tableLabel, PageStamp.tableLabel(slot, ARTICLE));
        assertTrue(stamp.bodies().contains(ARTICLE), "it is a body the page shows, for its fingerprint");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # how the template shows the body
            <div class="prose">${article.body?no_esc}</div>
            <@body of=article.body tableLabel=label/><meta name="description" content="${article.body?length}">
            <@body of=article.body tableLabel=label/><aside><@body of=article.body tableLabel=label/></aside>
            <#list 1..2 as i><@body of=article.body/></#list>
            <#if article.body?has_content><@body of=article.body/></#if>
            <header><@cached key="dau"><@body of=article.body/></@cached></header>
            <#assign c><@body of=article.body/></#assign>${c}<p>${c?markup_string?length}</p>
            """)
    void aBodyReadOtherwiseWrittenTwiceOrInASharedPartIsNoSlot(String template) {
        PageStamp stamp = render(template).stamp();

        assertNull(stamp.slotOf(ARTICLE), () -> "slots: " + stamp.slots());
        assertTrue(stamp.bodies().contains(ARTICLE), "the page shows it all the same: its fingerprint covers it");
    }

    @Test
    void aBodyInASharedPartIsNoSlotOfThePagesThatTakeThePartAsRendered() {
        TemplateRenderer renderer = renderer();
        write("templates/bai.ftlh", "<@cached key=\"chung\"><@body of=related.body/></@cached><@body of=article.body/>");
        PageStamp first = renderFile(renderer, "bai.ftlh").stamp();
        PageStamp second = renderFile(renderer, "bai.ftlh").stamp(); // the same place, the same key: the part as rendered

        assertNull(first.slotOf(RELATED), "the page that rendered the part");
        assertNull(second.slotOf(RELATED), "a page that took it as the first page rendered it");
        assertTrue(second.bodies().contains(RELATED), "which shows the body all the same");
        assertNotNull(first.slotOf(ARTICLE), "the page's own body beside the part is still a slot");
        assertNotNull(second.slotOf(ARTICLE));
    }

    @Test
    void aSlotIsNamedByItsBodysFileWholeNotByAFileWhosePathStartsTheSame() {
        PageStamp stamp = new PageStamp("0", List.of(), List.of("content/a.md.bak", "content/ab.md"),
                List.of("content/a.md.bak", "content/ab.md\nBảng"));

        assertNull(stamp.slotOf("content/a.md"));
        assertNull(stamp.slotOf("content/a"));
        assertEquals("content/ab.md\nBảng", stamp.slotOf("content/ab.md"));
        assertEquals("content/a.md.bak", stamp.slotOf("content/a.md.bak"));
    }

    @ParameterizedTest(name = "tableLabel={0}")
    @CsvSource(value = {"''", "Bảng \"số liệu\" & <cuộn> ngang"}, emptyValue = "")
    void whatTheDirectiveWritesIntoAPageIsWhatWrittenMakesOfTheBody(String label) {
        boolean labelled = !label.isEmpty();
        String directive = labelled ? "<@body of=article.body tableLabel=label/>" : "<@body of=article.body/>";
        Rendering page = render("<main>" + directive + "</main>");

        byte[] written = BodyDirective.written(HTML.getBytes(StandardCharsets.UTF_8), labelled ? LABEL : null);
        assertEquals("<main>" + new String(written, StandardCharsets.UTF_8) + "</main>", page.html());
        // Not vacuous: with a label, the tables are wrapped, and the label escaped in the region's attribute.
        assertEquals(labelled, page.html().contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
                + "aria-label=\"Bảng &quot;số liệu&quot; &amp; &lt;cuộn&gt; ngang\"><table>"));
    }

    private void write(String path, String text) {
        try {
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
