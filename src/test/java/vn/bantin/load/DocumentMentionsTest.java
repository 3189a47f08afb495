package vn.bantin.load;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentMentionsTest {

    /** Marks are shown as [ and ] in the expected HTML. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<p>Kế hoạch số 54/KH-UBND ngày 24/02/2025.</p>          | <p>Kế hoạch số [54/KH-UBND] ngày 24/02/2025.</p>",
        "<p>76/NQ-CP và 45/2020/NĐ-CP</p>                         | <p>[76/NQ-CP] và [45/2020/NĐ-CP]</p>",
        "<p><strong>Chỉ thị 23/CT-TTg</strong></p>                | <p><strong>Chỉ thị [23/CT-TTg]</strong></p>",
        "<p><a href=\"/x/\">Kế hoạch 54/KH-UBND</a></p>           | <p><a href=\"/x/\">Kế hoạch 54/KH-UBND</a></p>",
        "<p><code>54/KH-UBND</code></p>                           | <p><code>54/KH-UBND</code></p>",
        "<pre><code>54/KH-UBND</code></pre>                       | <pre><code>54/KH-UBND</code></pre>",
        "<h2>Về 54/KH-UBND</h2>                                   | <h2>Về 54/KH-UBND</h2>",
        "<p>Ngày 15/3/2024, đạt 46/48 nhiệm vụ, quý III/2026</p>  | <p>Ngày 15/3/2024, đạt 46/48 nhiệm vụ, quý III/2026</p>",
        "<p>Số 154/KH-UBND</p>                                    | <p>Số [154/KH-UBND]</p>",
    })
    void marksNumbersOutsideLinksCodeAndHeadings(String html, String expected) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        DocumentMentions.mark(document.body());
        assertEquals(expected, document.body().html()
                .replace(DocumentMentions.START, '[').replace(DocumentMentions.END, ']'));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<p>a\uE000b\uE001c</p>                     | <p>a\uFFFDb\uFFFDc</p>",
        "<p title=\"\uE00054/KH-UBND\uE001\">x</p>  | <p title=\"\uFFFD54/KH-UBND\uFFFD\">x</p>",
        "<code>\uE000</code>                         | <code>\uFFFD</code>",
    })
    void marksTypedByAnAuthorAreNeutralised(String html, String expected) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        DocumentMentions.mark(document.body());
        assertEquals(expected, document.body().html());
    }
}
