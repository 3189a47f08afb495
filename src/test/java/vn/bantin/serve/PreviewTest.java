package vn.bantin.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bantin serve} in-process on a free port, driven over HTTP as a browser would: edits are
 * served within a second, a broken edit shows its errors over the last good site, a deleted
 * article leaves every list and its page answers 404, drafts are shown marked, nothing is written.
 */
class PreviewTest {
    private static final String ARTICLE = "content/tin-tuc/hoi-nghi-trien-khai.md";
    private static final String ARTICLE_PAGE = "tin-tuc/hoi-nghi-trien-khai/";
    private static final Pattern BUILD = Pattern.compile("<script src=\"/__bantin/reload.js\" data-build=\"([^\"]+)\" defer>");

    @TempDir
    Path folder;
    FixtureSite site;
    Preview preview;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
    }

    @AfterEach
    void tearDown() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void servesTheSiteWithDraftsMarkedAndTheReloadScriptOnLoopbackOnly() throws Exception {
        start();
        assertTrue(preview.url().matches("http://127\\.0\\.0\\.1:\\d+/"), preview.url());
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Bài đang soạn") && home.body().contains("Bài hẹn giờ đăng"),
                "the preview lists the draft and the scheduled article");
        String draft = get("tin-tuc/ban-nhap/").body();
        assertTrue(draft.contains("BẢN NHÁP – chưa đăng"), "with the draft banner");
        assertFalse(get(ARTICLE_PAGE).body().contains("BẢN NHÁP"), "a published article has no banner");

        String buildId = buildIdOf(home.body());
        assertEquals(buildId, get("/__bantin/build").body(), "the page knows the current bake");
        HttpResponse<String> script = get("/__bantin/reload.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("location.reload()"));
        assertEquals(200, get("/__bantin/preview.css").statusCode());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> folderWithoutSlash = get("tin-tuc");
        assertEquals(302, folderWithoutSlash.statusCode());
        assertEquals("/tin-tuc/", folderWithoutSlash.headers().firstValue("Location").orElse(""));
        HttpResponse<String> missing = get("khong-co-trang-nay/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("/__bantin/reload.js"), "the site's own 404 page, reloading too");
        assertEquals(200, get("tin-tuc/anh/hoi-nghi.svg").statusCode(), "content files are served as they are");
        assertEquals(200, get("css/bantin.css").statusCode(), "assets too");

        assertFalse(Files.exists(site.output()), "the preview writes nothing");
        try (var files = Files.walk(site.root())) {
            assertFalse(files.anyMatch(f -> f.toString().contains("reload.js")), "the reload script is never a site file");
        }
        Optional<InetAddress> outside = nonLoopbackAddress();
        if (outside.isPresent()) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class, () -> socket.connect(
                        new InetSocketAddress(outside.get(), URI.create(preview.url()).getPort()), 2000),
                        "not reachable from " + outside.get());
            }
        }
    }

    @Test
    void anEditIsServedWithinASecond() throws Exception {
        start();
        edit(ARTICLE, "Sáng 21/3, xã tổ chức hội nghị triển khai kế hoạch.", "Sáng 21/3, xã tổ chức hội nghị (lần 1).");
        awaitContent(ARTICLE_PAGE, "hội nghị (lần 1)", Duration.ofSeconds(10)); // the first rebake also warms the JVM up

        long start = System.nanoTime();
        edit(ARTICLE, "hội nghị (lần 1)", "hội nghị với 120 đại biểu");
        long millis = awaitContent(ARTICLE_PAGE, "hội nghị với 120 đại biểu", Duration.ofSeconds(10));
        long total = (System.nanoTime() - start) / 1_000_000;
        assertTrue(total < 1000, "the edit was served after " + total + " ms (first seen after " + millis + " ms)");
        assertTrue(get("tin-tuc/").body().contains("Hội nghị triển khai"), "the rest of the site is still there");
        Matcher rebake = Pattern.compile("baked (\\d+) pages \\((\\d+) rendered again\\)").matcher(out.toString());
        assertTrue(rebake.find(), "a rebake says what it rendered: " + out);
        assertTrue(Integer.parseInt(rebake.group(2)) < Integer.parseInt(rebake.group(1)),
                "only the pages showing the article are rendered again: " + rebake.group());
    }

    @Test
    void aBrokenEditShowsTheErrorsAndTheLastGoodSiteKeepsBeingServed() throws Exception {
        start();
        String before = buildIdOf(get(ARTICLE_PAGE).body());
        edit(ARTICLE, "date: 2024-03-21 15:46", "date: 2024-03-32 <b>15:46</b>");
        awaitNewBuild(before);

        HttpResponse<String> page = get(ARTICLE_PAGE);
        assertEquals(200, page.statusCode(), "the last good page is still served");
        assertTrue(page.body().contains("Sáng 21/3, xã tổ chức hội nghị triển khai kế hoạch."), "with its last good content");
        assertTrue(page.body().contains("<div id=\"bantin-preview-errors\""), "under the error banner");
        assertTrue(page.body().contains("<code>content/tin-tuc/hoi-nghi-trien-khai.md:3: cannot read the date "
                + "&#39;2024-03-32 &lt;b&gt;15:46&lt;/b&gt;&#39; (write it as"), "each problem as path:line: message (hint), escaped");
        assertTrue(get("").body().contains("bantin-preview-errors"), "every page shows the banner");
        assertTrue(new String(err.toByteArray(), StandardCharsets.UTF_8)
                .contains("still serving the last good site"), "and the terminal says so");

        String broken = buildIdOf(page.body());
        edit(ARTICLE, "date: 2024-03-32 <b>15:46</b>", "date: 2024-03-21 15:46");
        awaitNewBuild(broken);
        assertFalse(get(ARTICLE_PAGE).body().contains("bantin-preview-errors"), "fixed: the banner is gone");
    }

    @Test
    void deletingAnArticleRemovesItFromListsAndItsPage404s() throws Exception {
        start();
        assertEquals(200, get("tin-tuc/so-hoa-ho-so/").statusCode());
        assertTrue(get("feed.xml").body().contains("Số hóa hồ sơ tại bộ phận một cửa"));
        assertTrue(get("tag/so-hoa/").body().contains("Số hóa hồ sơ tại bộ phận một cửa"));
        String before = buildIdOf(get("").body());

        site.delete("content/tin-tuc/so-hoa-ho-so.md");
        awaitNewBuild(before);
        assertEquals(404, get("tin-tuc/so-hoa-ho-so/").statusCode());
        for (String list : new String[] {"", "tin-tuc/", "tin-tuc/trang/2/", "tag/so-hoa/", "luu-tru/", "feed.xml",
                "tin-tuc/feed.xml", "sitemap.xml", ARTICLE_PAGE}) {
            HttpResponse<String> response = get(list);
            assertFalse(response.statusCode() == 200 && (response.body().contains("Số hóa hồ sơ tại bộ phận một cửa")
                    || response.body().contains("so-hoa-ho-so")), list + " still names the deleted article");
        }
    }

    @Test
    void whenTheFirstBakeFailsItsErrorsAreServedUntilFixed() throws Exception {
        site.write("content/tin-tuc/loi.md", "---\ntitle: Lỗi\ndate: 2024-01-01\nstatus: xong\n---\n");
        start();
        HttpResponse<String> page = get("tin-tuc/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("content/tin-tuc/loi.md:4: unknown status &#39;xong&#39;"), page.body());
        String broken = buildIdOf(page.body());

        site.write("content/tin-tuc/loi.md", "---\ntitle: Hết lỗi\ndate: 2024-01-01\nstatus: published\n---\n");
        awaitNewBuild(broken);
        page = get("tin-tuc/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Hết lỗi"));
    }

    private void start() throws IOException {
        preview = Preview.start(site.root(), 0, FixtureSite.CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String url = path.startsWith("/") ? preview.url() + path.substring(1) : preview.url() + path;
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void edit(String path, String from, String to) {
        try {
            Path file = site.root().resolve(path);
            String text = Files.readString(file);
            assertTrue(text.contains(from), path + " holds " + from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the page until it contains {@code text}; returns how long that took. */
    private long awaitContent(String path, String text, Duration limit) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (get(path).body().contains(text)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(path + " never showed '" + text + "'; serve said:\n" + out + err);
    }

    private void awaitNewBuild(String previous) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            if (!get("/__bantin/build").body().equals(previous)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no rebake; serve said:\n" + out + err);
    }

    private static String buildIdOf(String html) {
        Matcher matcher = BUILD.matcher(html);
        assertTrue(matcher.find(), "the reload script is in the page");
        return matcher.group(1);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
