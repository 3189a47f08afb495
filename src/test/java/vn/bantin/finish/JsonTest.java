package vn.bantin.finish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void vietnameseTextIsWrittenAsItIs() {
        assertEquals("\"Đăng ký khai sinh – một cửa\"", Json.quote("Đăng ký khai sinh – một cửa"));
        assertEquals("\"\"", Json.quote(""));
    }

    @Test
    void onlyWhatJsonRequiresIsEscapedAndTheLineSeparatorsJavaScriptOnceRefused() {
        assertEquals("\"Kế hoạch \\\"106/KH-UBND\\\"\"", Json.quote("Kế hoạch \"106/KH-UBND\""));
        assertEquals("\"a\\\\b\\nc\\td\\re\\u0001f\\u2028g\\u2029\"", Json.quote("a\\b\nc\td\re\u0001f\u2028g\u2029"));
        assertEquals("\"\\n\\n\"", Json.quote("\n\n"));
    }

    @Test
    void appendsToWhatIsThere() {
        assertEquals("{\"t\":\"Xã A\"", Json.quote(new StringBuilder("{\"t\":"), "Xã A").toString());
    }
}
