package vn.bantin.finish;

import org.junit.jupiter.api.Test;
import vn.bantin.render.PageStamp;
import vn.bantin.render.RenderedPage;
import vn.bantin.render.SharedPart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PageFinisherTest {
    private final PageFinisher finisher = new PageFinisher("/ban-tin/", "https://cchc.example.gov.vn/ban-tin/", "/404.html");

    private FinishedPage finish(String url, String html) {
        return finisher.finish(new RenderedPage("article", url, url.substring(1) + "index.html", "content/x.md",
                "templates/post.ftlh", html.getBytes(StandardCharsets.UTF_8), List.of(), new PageStamp("0", List.of(), List.of(), List.of())));
    }

    @Test
    void linksAreMadeRelativeToThePageAndNotedSiteRootRelative() {
        FinishedPage page = finish("/tin-tuc/hop-giao-ban/",
                "<a href=\"/tag/mot-cua/#dau\">một cửa</a><a href=\"../khac/?trang=2\">khác</a>"
                        + "<a href=\"#noi-dung\">bỏ qua</a><img src=\"/anh/logo.svg\" alt=\"\">");

        assertEquals("<a href=\"../../tag/mot-cua/#dau\">một cửa</a><a href=\"../khac/?trang=2\">khác</a>"
                        + "<a href=\"#noi-dung\">bỏ qua</a><img src=\"../../anh/logo.svg\" alt=\"\">",
                new String(page.bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of(
                new FinishedPage.InternalLink("/tag/mot-cua/", "dau", "/tag/mot-cua/#dau"),
                new FinishedPage.InternalLink("/tin-tuc/khac/", "", "../khac/?trang=2"),
                new FinishedPage.InternalLink("/tin-tuc/hop-giao-ban/", "noi-dung", "#noi-dung"),
                new FinishedPage.InternalLink("/anh/logo.svg", "", "/anh/logo.svg")), page.links());
    }

    @Test
    void aLinkOnManyPagesIsKeptOnce() {
        FinishedPage first = finish("/tin-tuc/a/", "<a href=\"/tim-kiem/\">Tìm kiếm</a>");
        FinishedPage second = finish("/thu-tuc/b/", "<a href=\"/tim-kiem/\">Tìm kiếm</a>");

        assertSame(first.links().get(0), second.links().get(0));
        assertEquals("../../tim-kiem/", new String(second.bytes(), StandardCharsets.UTF_8).split("\"")[1]);
    }

    @Test
    void theErrorPageGetsLinksFromTheBasePath() {
        FinishedPage page = finish("/404.html", "<a href=\"/tin-tuc/\">Tin tức</a>");

        assertEquals("<a href=\"/ban-tin/tin-tuc/\">Tin tức</a>", new String(page.bytes(), StandardCharsets.UTF_8));
        assertEquals("/tin-tuc/", page.links().get(0).path());
    }

    /** A page with shared parts, each given as {@code [[…]]} in its text (the brackets are not part of the page). */
    private static RenderedPage withParts(String url, String marked, Object... parts) {
        StringBuilder html = new StringBuilder();
        List<SharedPart> shared = new ArrayList<>();
        int at = 0;
        int next = 0;
        while (true) {
            int open = marked.indexOf("[[", at);
            if (open < 0) {
                break;
            }
            int close = marked.indexOf("]]", open);
            html.append(marked, at, open);
            int start = html.toString().getBytes(StandardCharsets.UTF_8).length;
            html.append(marked, open + 2, close);
            shared.add(new SharedPart(start, html.toString().getBytes(StandardCharsets.UTF_8).length, parts[next++]));
            at = close + 2;
        }
        html.append(marked.substring(at));
        return new RenderedPage("article", url, url.substring(1) + "index.html", "content/x.md", "templates/post.ftlh",
                html.toString().getBytes(StandardCharsets.UTF_8), shared, new PageStamp("0", List.of(), List.of(), List.of()));
    }

    /** Finishes the page as it is, then again whole, ignoring its shared parts: both must be the same. */
    private FinishedPage assertFinishedAsWhole(RenderedPage page) {
        FinishedPage withParts = finisher.finish(page);
        FinishedPage whole = new PageFinisher("/ban-tin/", "https://cchc.example.gov.vn/ban-tin/", "/404.html")
                .finish(new RenderedPage(page.kind(), page.url(), page.outputPath(), page.sourcePath(), page.template(),
                        page.html(), List.of(), page.stamp()));
        assertEquals(new String(whole.bytes(), StandardCharsets.UTF_8), new String(withParts.bytes(), StandardCharsets.UTF_8),
                page.url());
        assertEquals(whole.links(), withParts.links(), page.url());
        assertEquals(whole.ids(), withParts.ids(), page.url());
        assertEquals(whole.repeatedIds(), withParts.repeatedIds(), page.url());
        assertEquals(whole.externalLinks(), withParts.externalLinks(), page.url());
        return withParts;
    }

    @Test
    void aSharedPartFinishedForOnePageServesThePagesOfTheSameFolderAsIfEachWereScannedWhole() {
        Object sidebar = new Object();
        String part = "[[<aside id=\"le\"><a href=\"/tin-tuc/\">Tin</a> <a href=\"/tag/mot-cua/\">Một cửa</a>"
                + " <a href=\"#noi-dung\">Lên</a> <a href=\"https://dichvucong.gov.vn/\">DVC</a></aside>]]";
        for (String url : List.of("/tin-tuc/bai-mot/", "/tin-tuc/bai-hai/", "/hoi-dap/cau-mot/", "/tag/mot-cua/trang/2/",
                "/tag/mot-cua/trang/3/", "/tag/mot-cua/", "/", "/404.html")) {
            FinishedPage page = assertFinishedAsWhole(withParts(url,
                    "<h1 id=\"noi-dung\">Bài</h1><a href=\"/tin-tuc/\">Mục</a>" + part + "<p id=\"le\">Trùng</p>", sidebar));
            assertEquals(List.of("le"), page.repeatedIds(), "an id of the part counts as the page's own: " + url);
        }
    }

    @Test
    void aPartLinkingIntoThePagesOwnFolderOrResolvedAgainstItIsFinishedForThatPage() {
        Object latest = new Object();
        Object relative = new Object();
        for (String url : List.of("/tin-tuc/bai-mot/", "/tin-tuc/bai-hai/", "/tin-tuc/bai-ba/")) {
            assertFinishedAsWhole(withParts(url, "<p>Đầu</p>[[<ul><li><a href=\"/tin-tuc/bai-hai/\">Hai</a></li>"
                    + "<li><a href=\"/tin-tuc/bai-hai/anh/a.png\">Ảnh</a></li></ul>]][[<a href=\"anh/b.png\">Ảnh</a>]]",
                    latest, relative));
        }
    }

    @Test
    void aPartThatDoesNotLieBetweenTwoTagsLeavesThePageToBeFinishedWhole() {
        Object cut = new Object();
        for (String url : List.of("/tin-tuc/bai-mot/", "/tin-tuc/bai-hai/")) {
            assertFinishedAsWhole(withParts(url, "<a class=\"x\" [[href=\"/tin-tuc/\"]]>Tin</a>", cut));
            assertFinishedAsWhole(withParts(url, "<p>Đầu</p>[[<a href=\"/tag/a/\">A</a><a href=\"/tag/b/\"]]>B</a>", cut));
            assertFinishedAsWhole(withParts(url, "<script>[[var a = '<a href=\"/x/\">';]]</script><a href=\"/tag/a/\">A</a>",
                    cut));
        }
    }
}
