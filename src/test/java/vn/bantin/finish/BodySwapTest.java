package vn.bantin.finish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.SiteConfig;
import vn.bantin.render.BodyDirective;
import vn.bantin.render.PageStamp;
import vn.bantin.render.RenderedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page with its body swapped ({@link BodySwap}) is the page the finish stage makes of the
 * rendered page holding the new body, or null when the swap could not be sure of that or of the
 * link check: the bake then goes the whole way.
 */
class BodySwapTest {
    private static final String URL = "/tin-tuc/tong-ket-mot-cua/";
    private static final String LABEL = "Bảng số liệu, cuộn ngang";
    private static final String HEAD = "<!DOCTYPE html><html lang=\"vi\"><head><link rel=\"stylesheet\" href=\"/assets/site.css\">"
            + "</head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/\">Tin tức</a></nav>"
            + "<main id=\"noi-dung\"><h1>Tổng kết một cửa</h1><div class=\"prose\">";
    private static final String FOOT = "</div></main><footer><a href=\"/lien-he/\">Liên hệ</a> "
            + "<a href=\"#noi-dung\">Lên đầu</a></footer></body></html>";
    private static final String BODY = "<p>Năm 2024, bộ phận một cửa tiếp nhận hồ sơ đúng hạn.</p>\n"
            + "<h2 id=\"ket-qua\">Kết quả</h2>\n"
            + "<p>Xem <a href=\"/hoi-dap/nop-ho-so/\">hỏi đáp</a>, <a href=\"/tin-tuc/hoi-nghi/#ket-luan\">kết luận</a> "
            + "và <img src=\"/anh/bang.png\" alt=\"Bảng\"></p>\n"
            + "<table><tr><td>Hộ tịch</td><td>1.204</td></tr></table>";
    /** The files of the output: the pages the body and the template link to, and a few more. */
    private static final Set<String> OUTPUT = Set.of("index.html", "assets/site.css", "tin-tuc/index.html",
            "tin-tuc/tong-ket-mot-cua/index.html", "tin-tuc/hoi-nghi/index.html", "hoi-dap/nop-ho-so/index.html",
            "lien-he/index.html", "anh/bang.png", "tai-lieu/bieu-mau.pdf");

    @TempDir
    Path site;

    private SiteConfig config;

    @BeforeEach
    void aSiteUnderABasePath() throws IOException {
        Files.writeString(site.resolve("jbake.properties"),
                "site.host=https://cchc.example.gov.vn\nbantin.base_path=/ban-tin/\n");
        config = ConfigLoader.load(site, null).site();
    }

    /** The page as {@code <@body>} wrote {@code body} into it, as the finish stage finishes it. */
    private byte[] finished(String... bodies) {
        StringBuilder html = new StringBuilder(HEAD);
        for (String body : bodies) {
            html.append(written(body));
        }
        RenderedPage page = new RenderedPage("post", URL, "tin-tuc/tong-ket-mot-cua/index.html",
                "content/tin-tuc/tong-ket-mot-cua.md", "templates/article.ftlh",
                html.append(FOOT).toString().getBytes(StandardCharsets.UTF_8), List.of(),
                new PageStamp("0", List.of(), List.of(), List.of()));
        return new PageFinisher(config.basePath(), config.siteUrl(), "/404.html").finish(page).bytes();
    }

    private static String written(String body) {
        return new String(BodyDirective.written(body.getBytes(StandardCharsets.UTF_8), LABEL), StandardCharsets.UTF_8);
    }

    private byte[] swap(byte[] page, String before, String after) {
        return new BodySwap(config).swap(URL, page, BodyDirective.written(before.getBytes(StandardCharsets.UTF_8), LABEL),
                BodyDirective.written(after.getBytes(StandardCharsets.UTF_8), LABEL), OUTPUT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sentence added              | tiếp nhận hồ sơ đúng hạn.  | tiếp nhận hồ sơ đúng hạn, đạt 98%.
            a table added                 | </p>\\n<h2                 | </p><table><tr><th>Lĩnh vực</th></tr></table>\\n<h2
            a link to a file added        | hỏi đáp</a>                | hỏi đáp</a>, <a href="/tai-lieu/bieu-mau.pdf">biểu mẫu</a>
            a link to a folder's page     | hỏi đáp</a>                | hỏi đáp</a>, <a href="/lien-he">liên hệ</a>
            a relative link to a page     | hỏi đáp</a>                | hỏi đáp</a>, <a href="../hoi-nghi/">hội nghị</a>
            a link to an outside site     | hỏi đáp</a>                | hỏi đáp</a>, <a href="https://dichvucong.gov.vn/">DVC</a>
            a link with a fragment kept   | <p>Xem                     | <p>Như trên, xem
            a link removed                | , <a href="/tin-tuc/hoi-nghi/#ket-luan">kết luận</a> |
            """)
    void theSwappedPageIsThePageFinishedWithTheNewBody(String why, String from, String to) {
        String after = edited(from, to);
        byte[] swapped = swap(finished(BODY), BODY, after);

        assertNotNull(swapped, why);
        assertEquals(new String(finished(after), StandardCharsets.UTF_8), new String(swapped, StandardCharsets.UTF_8), why);
    }

    @Test
    void theSwappedBodyIsFinishedForThePageNotCopiedAsRendered() {
        String after = edited("hỏi đáp</a>", "hỏi đáp</a>, <a href=\"/tai-lieu/bieu-mau.pdf\">biểu mẫu</a>");
        String swapped = new String(swap(finished(BODY), BODY, after), StandardCharsets.UTF_8);

        assertTrue(swapped.contains("<a href=\"../../tai-lieu/bieu-mau.pdf\">biểu mẫu</a>"), swapped);
        assertTrue(swapped.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + LABEL
                + "\"><table>"), "its tables in their scrolling regions, as <@body> wrote them");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a heading renamed: its id changes          | "ket-qua">Kết quả</h2> | "ket-qua-dat-duoc">Kết quả đạt được</h2>
            a heading added: a new id                  | <table>          | <h2 id="so-lieu">Số liệu</h2><table>
            a heading removed                          | <h2 id="ket-qua">Kết quả</h2> |
            an id repeated                             | <table>          | <h3 id="ket-qua">Kết quả (tiếp)</h3><table>
            a link to a page there is not              | hỏi đáp</a>      | hỏi đáp</a>, <a href="/khong-co-trang-nay/">x</a>
            a link to a file there is not              | hỏi đáp</a>      | hỏi đáp</a>, <img src="/anh/khong-co.png" alt="">
            a new link into another page               | hỏi đáp</a>      | hỏi đáp</a>, <a href="/hoi-dap/nop-ho-so/#cau-1">câu 1</a>
            an old link's fragment changed             | #ket-luan        | #ket-luan-moi
            """)
    void aNewBodyThatMayChangeIdsOrBreakALinkIsNotSwapped(String why, String from, String to) {
        assertNull(text(swap(finished(BODY), BODY, edited(from, to))), why);
    }

    @Test
    void aPageThatDoesNotHoldTheOldBodyOnceIsNotSwapped() {
        String other = edited("đúng hạn", "trước hạn");
        String after = edited("đúng hạn", "đúng hạn, đạt 98%");

        assertNull(text(swap(finished(other), BODY, after)), "another body in the page");
        assertNull(text(swap(finished(BODY, BODY), BODY, after)), "the body twice in the page");
        assertNotNull(swap(finished(BODY), BODY, after), "the same edit to the page that holds it once");
    }

    /** A page's text, to be read in a failure's message; null for none. */
    private static String text(byte[] page) {
        return page == null ? null : new String(page, StandardCharsets.UTF_8);
    }

    /** {@link #BODY} with {@code from} replaced by {@code to}, which it must hold. */
    private static String edited(String from, String to) {
        String decoded = from.replace("\\n", "\n");
        assertTrue(BODY.contains(decoded), () -> "the body holds " + from);
        return BODY.replace(decoded, to == null ? "" : to.replace("\\n", "\n"));
    }
}
