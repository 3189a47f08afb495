package vn.bantin.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the preview adds to a served page, and only there. */
class PreviewPagesTest {
    private static final String SCRIPT = "<link rel=\"stylesheet\" href=\"/__bantin/preview.css\">\n"
            + "<script src=\"/__bantin/reload.js\" data-build=\"b-1\" defer></script>\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<html><head><title>t</title></head><body>x</body></html>|<html><head><title>t</title>" + "§</head><body>x</body></html>",
        "<HTML><HEAD></HEAD><BODY>x</BODY></HTML>|<HTML><HEAD>§</HEAD><BODY>x</BODY></HTML>",
        "<p>a fragment without head</p>|§<p>a fragment without head</p>",
    })
    void theReloadScriptGoesAtTheEndOfTheHead(String page, String expected) {
        assertEquals(expected.replace("§", SCRIPT), served(page, List.of()));
    }

    @Test
    void problemsAreListedEscapedRightAfterTheBodyTag() {
        Problem error = Problem.error("content/tin-tuc/a <b>.md", 3, "cannot read the date '<script>'", "write it as \"2024-03-21\" & co");
        Problem warning = Problem.warning("content/tin-tuc/b.md", 0, "external link https://x.vn answers HTTP 404", "");
        String page = served("<html><head></head><body class=\"kind-post\"><main>bài</main></body></html>", List.of(error, warning));
        int banner = page.indexOf("<div id=\"bantin-preview-errors\"");
        assertEquals(page.indexOf("<body class=\"kind-post\">") + "<body class=\"kind-post\">".length(), banner,
                "first thing in the body");
        assertTrue(page.contains("Lỗi khi dựng trang: 1 lỗi."), page);
        assertTrue(page.contains("<li><code>content/tin-tuc/a &lt;b&gt;.md:3: cannot read the date &#39;&lt;script&gt;&#39; "
                + "(write it as &quot;2024-03-21&quot; &amp; co)</code></li>"), page);
        assertTrue(page.contains("<li><code>content/tin-tuc/b.md: warning: external link https://x.vn answers HTTP 404</code></li>"),
                page);
        assertTrue(page.indexOf("<main>bài</main>") > banner, "the last good page follows");
    }

    @Test
    void theErrorPageHasTheBannerAndTheReloadScript() {
        String page = new String(PreviewPages.errorPage("b-1", List.of(Problem.error("jbake.properties", 0, "bad", ""))),
                StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains(SCRIPT) && page.contains("<code>jbake.properties: bad</code>"),
                page);
    }

    private static String served(String page, List<Problem> problems) {
        return new String(PreviewPages.inject(page.getBytes(StandardCharsets.UTF_8), "b-1", problems), StandardCharsets.UTF_8);
    }
}
