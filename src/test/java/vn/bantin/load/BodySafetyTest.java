package vn.bantin.load;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of the body's Jsoup pass that keep it safe and quick: frames, bare links, limits. */
class BodySafetyTest {
    private static final List<String> HOSTS = List.of("www.youtube-nocookie.com", "player.vimeo.com");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://www.youtube-nocookie.com/embed/abc          | www.youtube-nocookie.com",
        "https://player.vimeo.com/video/1?h=2                | player.vimeo.com",
        "HTTPS://WWW.YOUTUBE-NOCOOKIE.COM/embed/abc          | www.youtube-nocookie.com",
        "https://www.youtube-nocookie.com:443/embed/abc      | www.youtube-nocookie.com",
        "http://www.youtube-nocookie.com/embed/abc           | -",
        "//www.youtube-nocookie.com/embed/abc                | -",
        "https://www.youtube-nocookie.com:8443/embed/abc     | -",
        "https://user@www.youtube-nocookie.com/embed/abc     | -",
        "https://www.youtube-nocookie.com.evil.example/embed | -",
        "https://evil.example/?www.youtube-nocookie.com      | -",
        "https://evil.example\\@www.youtube-nocookie.com/    | -",
        "javascript:alert(1)                                 | -",
        "/embed/abc                                          | -",
        "''                                                  | -",
    })
    void aFrameIsAllowedOnlyOnHttpsToAnAllowedHost(String src, String host) {
        assertEquals(host, EmbeddedFrames.allowedHost(src, HOSTS));
    }

    @Test
    void noFrameIsAllowedWithoutHosts() {
        assertNull(EmbeddedFrames.allowedHost("https://www.youtube-nocookie.com/embed/abc", List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xem www.a.vn.                         | Xem <a href=\"http://www.a.vn\">www.a.vn</a>.",
        "Thư motcua@ankhanh.gov.vn hoặc gọi    | Thư <a href=\"mailto:motcua@ankhanh.gov.vn\">motcua@ankhanh.gov.vn</a> hoặc gọi",
        "(https://a.vn/x_y) và https://b.vn/?a=1&amp;b=2 | (<a href=\"https://a.vn/x_y\">https://a.vn/x_y</a>) và "
                + "<a href=\"https://b.vn/?a=1&amp;b=2\">https://b.vn/?a=1&amp;b=2</a>",
        "javascript://%0aalert(1) ftp://f.vn   | javascript://%0aalert(1) <a href=\"ftp://f.vn\">ftp://f.vn</a>",
        "<code>https://a.vn</code>             | <code>https://a.vn</code>",
        "<a href=\"/b\">https://a.vn</a>       | <a href=\"/b\">https://a.vn</a>",
        "<b>https://a.vn</b> x                 | <b><a href=\"https://a.vn\">https://a.vn</a></b> x",
    })
    void addressesInPlainTextBecomeLinks(String html, String linked) {
        Document document = Jsoup.parseBodyFragment(html);
        BareLinks.link(document.body());
        assertEquals(linked, document.body().html());
    }

    @Test
    void aParagraphOfManyAddressesIsLinkedInLinearTime() {
        Document document = Jsoup.parseBodyFragment("<p>" + "Thư a@b.vn, trang www.c.vn; ".repeat(40_000) + "</p>");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> BareLinks.link(document.body()));
        assertEquals(80_000, document.select("a").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. | lists or quotes",
        "> | lists or quotes",
        "- | lists or quotes",
        "{.a} | attribute blocks",
    })
    void textThatWouldStallFlexmarkIsRefusedWhereItIs(String unit, String cause) {
        String unix = "Mở đầu.\n\nĐoạn\n" + (unit + (unit.startsWith("{") ? "" : " ")).repeat(60) + "a\n";
        for (String markdown : List.of(unix, unix.replace("\n", "\r\n"))) {
            RenderLimits.Exceeded exceeded = assertThrows(RenderLimits.Exceeded.class, () -> RenderLimits.checkText(markdown));
            assertEquals(4, SourceText.lineOf(markdown, exceeded.offset()));
            assertTrue(exceeded.getMessage().contains(cause), exceeded.getMessage());
        }
    }

    @Test
    void indentationDeeperThanAnyListIsRefused() {
        String markdown = "a\n\n" + " ".repeat(RenderLimits.MAX_INDENT + 1) + "- b\n";
        RenderLimits.Exceeded exceeded = assertThrows(RenderLimits.Exceeded.class, () -> RenderLimits.checkText(markdown));
        assertEquals(3, SourceText.lineOf(markdown, exceeded.offset()));
    }

    @Test
    void ordinaryNestingPasses() {
        RenderLimits.checkText("> - 1. a\n>   - b\n>     > c\n\n" + "    ".repeat(10) + "mã\n{.a}{.b}\n");
    }

    @Test
    void elementsNestedTooDeeplyAreRefusedBeforeCleaning() {
        BodyProcessor bodies = new BodyProcessor();
        String deep = "<div>".repeat(RenderLimits.MAX_HTML_DEPTH + 5) + "x";
        assertThrows(RenderLimits.Exceeded.class, () -> bodies.process(deep, "/tin-tuc/", List.of(), "Bài"));
        String fine = "<div>".repeat(RenderLimits.MAX_HTML_DEPTH - 5) + "x";
        Document kept = Jsoup.parseBodyFragment(bodies.process(fine, "/tin-tuc/", List.of(), "Bài").html());
        assertEquals(RenderLimits.MAX_HTML_DEPTH - 5, kept.select("div").size());
    }
}
