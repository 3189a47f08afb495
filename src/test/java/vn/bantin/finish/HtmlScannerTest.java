package vn.bantin.finish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlScannerTest {

    private static String scan(String html, HtmlScanner.AttributeVisitor visitor) {
        return new String(HtmlScanner.scan(html.getBytes(StandardCharsets.UTF_8), visitor), StandardCharsets.UTF_8);
    }

    private static List<String> attributes(String html) {
        List<String> seen = new ArrayList<>();
        scan(html, (tag, attribute, value) -> {
            seen.add(tag + "." + attribute + "=" + value);
            return null;
        });
        return seen;
    }

    @Test
    void visitsQuotedUnquotedAndValuelessAttributes() {
        assertEquals(List.of("a.href=/x/", "a.class=c", "img.src=a b.svg", "input.type=text"),
                attributes("<A HREF=\"/x/\" class='c'>x</A><img src=\"a b.svg\" hidden><input type=text disabled>"));
    }

    @Test
    void neverTakesTextCommentsOrRawTextForTags() {
        String html = "<p>&lt;a href=\"/trong-code/\"&gt; và href=\"/van-ban/\"</p>"
                + "<!-- <a href=\"/trong-chu-thich/\"> --><script>if (a<b) { x='<a href=\"/js/\">'; }</script>"
                + "<style>a[href=\"/css/\"]{}</style><textarea><a href=\"/o-nhap/\"></textarea><a href=\"/that/\">ok</a>";
        assertEquals(List.of("a.href=/that/"), attributes(html));
    }

    @Test
    void rawTextEndsAtItsEndTagInAnyCaseAndRunsToTheEndWithoutOne() {
        assertEquals(List.of("script.type=application/ld+json", "a.href=/sau/"), attributes(
                "<script type=\"application/ld+json\">{\"a\": \"</scrip\"}</SCRIPT ><a href=\"/sau/\">x</a>"));
        assertEquals(List.of("style.media=print"), attributes("<style media=print>p{} <a href=\"/khong/\">"));
    }

    @Test
    void replacesOnlyTheVisitedValuesAndKeepsEverythingElseByteForByte() {
        String html = "<!doctype html><p title=\"a &amp; b\">Tin &lt;mới&gt;</p><a href=\"/tin-tuc/\">Tin</a><br/>";
        String out = scan(html, (tag, attribute, value) ->
                attribute.equals("href") ? "../tin-tuc/?a=1&b=\"2\"" : null);
        assertEquals("<!doctype html><p title=\"a &amp; b\">Tin &lt;mới&gt;</p>"
                + "<a href=\"../tin-tuc/?a=1&amp;b=&quot;2&quot;\">Tin</a><br/>", out);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertSame(bytes, HtmlScanner.scan(bytes, (tag, attribute, value) -> null), "a page without a change is not copied");
    }

    @Test
    void readsTheVietnameseAroundTheMarkupAsItIs() {
        String html = "<p title=\"Điều chỉnh\">Ủy ban <b>nhân dân</b> xã</p><a href=\"/tin-tức/\">Tin tức</a>";
        assertEquals(List.of("p.title=Điều chỉnh", "a.href=/tin-tức/"), attributes(html));
        assertEquals(html.replace("/tin-tức/", "../tin-tức/?đ=1&amp;x"),
                scan(html, (tag, attribute, value) -> attribute.equals("href") ? "../" + value.substring(1) + "?đ=1&x" : null));
    }

    @Test
    void visitsOnlyTheAttributesTheVisitorWants() {
        List<String> seen = new ArrayList<>();
        String html = "<a class=\"the\" href=\"/tin-tuc/\" title=\"Tin\">Tin</a><img src=\"a.svg\" alt=\"Ảnh\">";
        String out = scan(html, new HtmlScanner.AttributeVisitor() {
            @Override
            public boolean wants(String tag, String attribute) {
                return attribute.equals("href");
            }

            @Override
            public String visit(String tag, String attribute, String value) {
                seen.add(tag + "." + attribute + "=" + value);
                return "../" + value.substring(1);
            }
        });
        assertEquals(List.of("a.href=/tin-tuc/"), seen);
        assertEquals(html.replace("\"/tin-tuc/\"", "\"../tin-tuc/\""), out, "only the wanted value is replaced");
    }

    @Test
    void decodesEntitiesInValues() {
        assertEquals(List.of("a.href=/tim?q=một&trang=2"), attributes("<a href=\"/tim?q=một&amp;trang=2\">x</a>"));
    }

    @Test
    void aPartIsScannedAloneAndToldWhetherItEndsBetweenTwoTags() {
        byte[] page = "<p>Đầu</p><a href=\"/a/\">A</a><!-- x --><a href=\"/b/\">B</a>".getBytes(StandardCharsets.UTF_8);
        HtmlScanner.AttributeVisitor up = (tag, attribute, value) -> "../" + value.substring(1);
        int second = "<p>Đầu</p>".getBytes(StandardCharsets.UTF_8).length;
        PageBytes out = new PageBytes(8);
        out.write("kept ".getBytes(StandardCharsets.UTF_8));
        out.reset();
        assertTrue(HtmlScanner.scan(page, second, page.length, up, out));
        assertEquals("<a href=\"../a/\">A</a><!-- x --><a href=\"../b/\">B</a>",
                new String(out.toByteArray(), StandardCharsets.UTF_8), "grown past its first size, nothing of before the reset");
        for (int cut : new int[]{second + 3, second + 12, page.length - 20, page.length - 2}) {
            assertFalse(HtmlScanner.scan(page, second, cut, up, new PageBytes(64)),
                    "a tag, a value or a comment cut at " + cut);
        }
        assertTrue(HtmlScanner.scan(page, 0, second, up, new PageBytes(64)), "up to a tag");
    }
}
