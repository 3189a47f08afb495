package vn.bantin.finish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.SiteConfig;
import vn.bantin.load.Body;
import vn.bantin.model.Cover;
import vn.bantin.text.ContentDates.ContentDate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feed with one item's body swapped ({@link FeedSwap}) is the feed {@link FeedWriter} writes with
 * the item's new body, in every feed that carries the item; or null when the feed does not hold
 * the old body as that item showed it.
 */
class FeedSwapTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String URL = "/tin-tuc/tong-ket-mot-cua/";
    private static final String SOURCE = "content/tin-tuc/tong-ket-mot-cua.md";
    private static final Cover COVER = new Cover("/tin-tuc/tong-ket-mot-cua/anh-bia.jpg", "Quầy một cửa", "Quầy tiếp nhận");
    /** A body with what the feed changes: links made absolute, characters escaped for XML, an entity kept. */
    private static final String BODY = "<p>Năm 2024, bộ phận một cửa tiếp nhận hồ sơ &amp; trả kết quả đúng hạn.</p>\n"
            + "<h2 id=\"ket-qua\">Kết quả</h2>\n"
            + "<p>Xem <a href=\"/hoi-dap/nop-ho-so/\">hỏi đáp</a>, <a href=\"#ket-qua\">kết quả</a> và "
            + "<img src=\"/anh/bang.png\" alt=\"Bảng &quot;số liệu&quot;\">; tỷ lệ &gt; 98%.</p>";
    private static final FeedItem OTHER = new FeedItem("/tin-tuc/hoi-nghi/", "Hội nghị triển khai", date(2024, 12, 1),
            "", List.of("Tin tức"), "Hội nghị.", Body.of("content/tin-tuc/hoi-nghi.md", "<p>Hội nghị triển khai.</p>"), null);

    @TempDir
    Path site;

    private SiteConfig config;

    @BeforeEach
    void aSiteUnderABasePath() throws IOException {
        Files.writeString(site.resolve("jbake.properties"),
                "site.host=https://cchc.example.gov.vn\nbantin.base_path=/ban-tin/\n");
        config = ConfigLoader.load(site, null).site();
    }

    private static ContentDate date(int year, int month, int day) {
        return new ContentDate(ZonedDateTime.of(year, month, day, 9, 30, 0, 0, ZONE), true);
    }

    private static FeedItem article(String body, Cover cover) {
        return new FeedItem(URL, "Tổng kết một cửa năm 2024", date(2024, 12, 20), "Văn phòng UBND xã",
                List.of("Tin tức", "Một cửa"), "Bộ phận một cửa tiếp nhận hơn hai nghìn hồ sơ.",
                Body.of(SOURCE, body), cover);
    }

    /** The site's feed, or the section's, with the article showing {@code body}, as a bake writes it. */
    private byte[] feed(String feedUrl, FeedItem... items) {
        Feed feed = new Feed("Tin tức", "Tin của xã", feedUrl, feedUrl.replace("feed.xml", ""), List.of(items));
        return new FeedWriter(config).write(feed); // a writer per bake: it keeps the items it wrote
    }

    private FeedSwap swap(String before, String after, Cover cover) {
        return new FeedSwap(config, URL, Body.of(SOURCE, before), Body.of(SOURCE, after), cover);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sentence added         | trả kết quả đúng hạn.  | trả kết quả đúng hạn, đạt 98%.
            a table added            | </p>\\n<h2             | </p><table><tr><td>1 &lt; 2</td></tr></table>\\n<h2
            a link added             | hỏi đáp</a>            | hỏi đáp</a>, <a href="/tai-lieu/bieu-mau.pdf">biểu mẫu</a>
            an image removed         | và <img src="/anh/bang.png" alt="Bảng &quot;số liệu&quot;"> |
            """)
    void eachFeedCarryingTheItemGetsTheBytesTheWriterWritesForTheNewBody(String why, String from, String to) {
        String after = edited(from, to);
        FeedSwap items = swap(BODY, after, COVER);
        for (String feedUrl : List.of("/feed.xml", "/tin-tuc/feed.xml")) {
            byte[] swapped = items.swap(feed(feedUrl, article(BODY, COVER), OTHER));

            assertEquals(text(feed(feedUrl, article(after, COVER), OTHER)), text(swapped), why + ", " + feedUrl);
        }
    }

    @Test
    void anItemWithoutACoverIsSwappedToo() {
        String after = edited("đúng hạn.", "trước hạn.");
        byte[] swapped = swap(BODY, after, null).swap(feed("/feed.xml", OTHER, article(BODY, null)));

        assertEquals(text(feed("/feed.xml", OTHER, article(after, null))), text(swapped));
    }

    @Test
    void theNewBodyIsWrittenAsTheFeedWritesABody() {
        String after = edited("hỏi đáp</a>", "hỏi đáp</a>, <a href=\"/tai-lieu/bieu-mau.pdf\">biểu mẫu</a>");
        String swapped = text(swap(BODY, after, COVER).swap(feed("/feed.xml", article(BODY, COVER))));

        assertNotNull(swapped, "swapped");
        assertTrue(swapped.contains("&lt;a href=\"https://cchc.example.gov.vn/ban-tin/tai-lieu/bieu-mau.pdf\"&gt;biểu mẫu"),
                swapped);
        assertTrue(swapped.contains("&lt;img src=\"https://cchc.example.gov.vn/ban-tin/tin-tuc/tong-ket-mot-cua/anh-bia.jpg\""),
                "its cover first, absolute: " + swapped);
    }

    @Test
    void aFeedThatDoesNotHoldTheOldBodyAsTheItemShowedItIsNotSwapped() {
        String after = edited("đúng hạn.", "trước hạn.");
        String other = edited("đúng hạn.", "sớm hạn.");

        assertNull(text(swap(BODY, after, COVER).swap(feed("/feed.xml", OTHER))), "a feed without the item");
        assertNull(text(swap(BODY, after, COVER).swap(feed("/feed.xml", article(other, COVER), OTHER))),
                "a feed written from another body");
        assertNull(text(swap(BODY, after, COVER).swap(feed("/feed.xml", article(BODY, null), OTHER))),
                "the item shown without a cover, the swap made with one");
    }

    /** {@link #BODY} with {@code from} replaced by {@code to} (null for nothing), which it must hold. */
    private static String edited(String from, String to) {
        String decoded = from.replace("\\n", "\n");
        assertTrue(BODY.contains(decoded), () -> "the body holds " + from);
        return BODY.replace(decoded, to == null ? "" : to.replace("\\n", "\n"));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
