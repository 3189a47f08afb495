package vn.bantin.finish;

import org.junit.jupiter.api.Test;
import vn.bantin.render.PageStamp;
import vn.bantin.render.RenderedPage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PageFinisherTest {
    private final PageFinisher finisher = new PageFinisher("/ban-tin/", "https://cchc.example.gov.vn/ban-tin/", "/404.html");

    private FinishedPage finish(String url, String html) {
        return finisher.finish(new RenderedPage("article", url, url.substring(1) + "index.html", "content/x.md",
                "templates/post.ftlh", html.getBytes(StandardCharsets.UTF_8), new PageStamp("0", List.of(), List.of())));
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
}
