package vn.bantin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.model.Article;
import vn.bantin.problem.BakeFailure;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drafts, scheduled and expiring articles, with the clock injected: what a bake publishes
 * depends only on the time it runs at, so a nightly bake publishes what came due.
 */
class SchedulingTest {
    /** {@code bai-hen-gio.md} of the basic fixture is dated 01/12/2026 08:00 in Việt Nam. */
    private static final String SCHEDULED = "tin-tuc/bai-hen-gio/index.html";
    private static final String EXPIRING = "tin-tuc/tuyen-dung-cong-chuc/index.html";

    @TempDir
    Path folder;
    FixtureSite site;

    @BeforeEach
    void setUp() {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
    }

    @Test
    void aScheduledArticleAppearsOnlyWhenTheClockPassesItsTime() {
        bakeAt("2026-12-01T07:59:59+07:00");
        assertFalse(site.exists(SCHEDULED), "a second early");
        assertFalse(everyPage().anyMatch(text -> text.contains("Bài hẹn giờ đăng")), "in no list, feed or sitemap");

        bakeAt("2026-12-01T08:00:00+07:00");
        assertTrue(site.exists(SCHEDULED), "published by the first bake at or after its time");
        assertTrue(site.read("feed.xml").contains("Bài hẹn giờ đăng"), "and in the feed");
        assertTrue(site.read("tin-tuc/index.html").contains("Bài hẹn giờ đăng"), "and in its section");
        assertTrue(site.read("tag/hen-gio/index.html").contains("Bài hẹn giờ đăng"), "and its tag has a page");
        assertFalse(site.read(SCHEDULED).contains("BẢN NHÁP"), "without the preview's draft banner");
    }

    @Test
    void anExpiredArticleDisappearsFromEveryPageListAndFeed() {
        site.write("content/tin-tuc/tuyen-dung-cong-chuc.md", """
                ---
                title: Thông báo tuyển dụng công chức xã
                date: 2026-11-01 08:00
                expires: 2026-11-30 17:00
                tags: [tuyển dụng]
                ---
                Hạn nộp hồ sơ đến hết ngày 30/11/2026.
                """);
        bakeAt("2026-11-30T16:59:00+07:00");
        assertTrue(site.exists(EXPIRING));
        assertTrue(site.read("feed.xml").contains("Thông báo tuyển dụng công chức xã"));

        bakeAt("2026-11-30T17:00:00+07:00");
        assertFalse(site.exists(EXPIRING), "its page is gone");
        assertFalse(site.exists("tag/tuyen-dung/index.html"), "a tag only it carried is gone");
        assertFalse(everyPage().anyMatch(text -> text.contains("Thông báo tuyển dụng công chức xã")
                || text.contains("tuyen-dung-cong-chuc")), "no list, feed or sitemap names it");
    }

    @Test
    void anExpiryBeforeTheDateOrUnreadableIsAnErrorOnItsLine() {
        site.write("content/tin-tuc/het-han-som.md", "---\ntitle: Hết hạn sớm\ndate: 2026-11-01 08:00\n"
                + "summary: Một dòng\nexpires: 2026-11-01 08:00\n---\n");
        site.write("content/tin-tuc/het-han-sai.md", "---\ntitle: Hết hạn sai\ndate: 2026-11-01\nexpires: sang mai\n---\n");
        BakeFailure failure = site.bakeFailing();
        List<String> messages = failure.errors().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "content/tin-tuc/het-han-sai.md:4: cannot read the date 'sang mai' (write it as 2024-03-21, "
                        + "2024-03-21 15:46 or 21/03/2024 15:46)",
                "content/tin-tuc/het-han-som.md:5: the article expires (01/11/2026 08:00) before it is published "
                        + "(01/11/2026 08:00) (give an expires date after the date, or remove the expires line)"),
                messages);
    }

    @Test
    void draftsAreNeverPublishedButThePreviewShowsThemMarked() throws IOException {
        bakeAt("2026-11-21T09:00:00+07:00");
        assertFalse(site.exists("tin-tuc/ban-nhap/index.html"));
        assertFalse(everyPage().anyMatch(text -> text.contains("BẢN NHÁP")), "no draft banner in the published site");

        Bake.Checked preview = new Bake(site.root(), site.output(), FixtureSite.CLOCK).preview().check();
        List<String> drafts = preview.site().articles().stream().filter(Article::draft).map(Article::title).toList();
        assertEquals(List.of("Bài hẹn giờ đăng", "Bài đang soạn"), drafts, "the draft and the scheduled article");
        String page = preview.finished().files().stream().filter(f -> f.path().equals("tin-tuc/ban-nhap/index.html"))
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(page.contains("BẢN NHÁP – chưa đăng"), "the banner");
        assertTrue(page.contains("<meta name=\"robots\" content=\"noindex\">"), "a preview page asks not to be indexed");
        assertThrows(IllegalStateException.class, () -> new Bake(site.root(), site.output(), FixtureSite.CLOCK).preview().run(),
                "a preview is never written as the site");
    }

    private void bakeAt(String moment) {
        Clock clock = Clock.fixed(Instant.from(OffsetDateTime.parse(moment)), ZoneId.of("Asia/Ho_Chi_Minh"));
        try {
            new Bake(site.root(), site.output(), clock).run();
        } catch (BakeFailure failure) {
            throw new AssertionError("bake failed: " + failure.problems(), failure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<String> everyPage() {
        return site.outputFiles().stream().filter(p -> p.endsWith(".html") || p.endsWith(".xml")).map(site::read);
    }
}
