package vn.bantin.finish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlNamesTest {
    private static String name(String page, int start, int end) {
        return HtmlNames.of(page.getBytes(StandardCharsets.UTF_8), start, end);
    }

    @Test
    void aKnownNameInAnyCaseIsTheOneConstant() {
        String page = "<A HREF=x><img Src=y><h2 ID=z>";
        assertSame(name(page, 1, 2), name("<a", 1, 2));
        assertEquals("a", name(page, 1, 2));
        assertEquals("href", name(page, 3, 7));
        assertSame(name(page, 3, 7), name("href", 0, 4));
        assertEquals("src", name(page, 15, 18));
        assertEquals("h2", name(page, 22, 24));
        assertEquals("id", name(page, 25, 27));
    }

    @Test
    void anotherNameIsReadOutInLowerCase() {
        assertEquals("data-tinh", name("<p Data-Tinh=x>", 3, 12));
        assertEquals("my-widget", name("<MY-WIDGET>", 1, 10));
        assertEquals("hreff", name("hreff", 0, 5), "a known name's length must match too");
        assertEquals("hre", name("hre", 0, 3));
        assertEquals("ảnh", name("ẢNH", 0, "ẢNH".getBytes(StandardCharsets.UTF_8).length));
        assertEquals("a-very-long-attribute-name", name("a-very-long-attribute-name", 0, 26));
    }
}
