package vn.bantin;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.bantin.finish.search.SearchQuery;
import vn.bantin.finish.search.SearchText;
import vn.bantin.testing.Browser;
import vn.bantin.testing.SampleSite;
import vn.bantin.testing.StaticServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site search in real headless Chromium, on the repository's sample bulletin baked and served
 * over HTTP at the root and under {@code /ban-tin/}: the expected first results for typical
 * queries, typed with or without diacritics, in NFD, or as a document number; the same results and
 * the same downloads as the Java statement of the rules ({@link SearchQuery}); the header's box,
 * the keyboard, a phone's width, and the page without JavaScript. The bytes each query downloads
 * are printed.
 */
class SearchTest {
    /** The budget for a query, at 10,000 articles; the sample must be far below it. */
    private static final long BUDGET_BYTES = 300 * 1024;
    private static final String INDEX = "tim-kiem/chi-muc/";

    enum Serving {
        ROOT("/"), SUB_PATH("/ban-tin/");

        final String basePath;

        Serving(String basePath) {
            this.basePath = basePath;
        }
    }

    /** A baked output and its server. */
    record Served(Path output, StaticServer server) {
    }

    /** What one query downloaded: the index's files and everything else of the page. */
    record Downloads(List<String> indexFiles, long indexBytes, long pageBytes) {
    }

    @TempDir
    static Path folder;
    static final Map<Serving, Served> SITES = new EnumMap<>(Serving.class);
    static Browser browser;

    @BeforeAll
    static void bakeAndServe() {
        for (Serving serving : Serving.values()) {
            Path output = SampleSite.bake(folder.resolve(serving.name()), serving.basePath);
            SITES.put(serving, new Served(output, StaticServer.serve(output, serving.basePath)));
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            SITES.values().forEach(site -> site.server().close());
        }
    }

    @ParameterizedTest
    @EnumSource(Serving.class)
    void typicalQueriesFindTheExpectedFirstResults(Serving serving) {
        Served site = SITES.get(serving);
        List<String> report = new ArrayList<>();

        List<String> reform = search(site, "cai cach hanh chinh", report);
        for (String title : titles().subList(0, 3)) {
            assertTrue(folded(title).contains("cai cach hanh chinh"), "the phrase in the first titles: " + titles());
        }
        assertTrue(reform.size() == SearchQuery.PAGE, "ten results shown, more to come: " + reform);

        search(site, "một cửa", report);
        assertTrue(folded(titles().get(0)).contains("mot cua"), "'Một cửa' in the first title: " + titles());
        assertFalse(marks().isEmpty());
        assertTrue(marks().stream().allMatch(m -> m.equalsIgnoreCase("một") || m.equalsIgnoreCase("cửa")),
                "typed with diacritics, 'của' is found but not highlighted: " + marks());

        List<String> birth = search(site, "dang ky khai sinh truc tuyen", report);
        assertEquals("hoi-dap/hoi-dap-dang-ky-khai-sinh-truc-tuyen/", birth.get(0), "a title typed without diacritics");

        List<String> marriage = search(site, "dang ky ket hon", report);
        assertEquals("thu-tuc/1-004907/", marriage.get(0), "a procedure's name typed without diacritics: " + marriage);
        List<String> code = search(site, "1.004821", report);
        assertEquals("thu-tuc/1-004821/", code.get(0), "a procedure's code, as typed: " + code);

        List<String> plan = search(site, "54/KH-UBND", report);
        assertEquals("van-ban/54-kh-ubnd-2025/", plan.get(0), "the document of that number first: " + plan);
        assertEquals("Kế hoạch số 54/KH-UBND", titles().get(0));
        assertEquals(List.of("54/KH-UBND"), marksOfFirstTitle(), "the number highlighted as one");

        List<String> nfd = search(site, Normalizer.normalize("Một cửa", Normalizer.Form.NFD), report);
        assertEquals(search(site, "mot cua", report), nfd, "NFD, NFC and no diacritics find the same");

        System.out.println("search on the sample site served at " + serving.basePath + ":\n  " + String.join("\n  ", report));
    }

    @ParameterizedTest
    @EnumSource(Serving.class)
    void theScriptRanksAndDownloadsExactlyAsTheJavaRulesSay(Serving serving) {
        Served site = SITES.get(serving);
        for (String query : List.of("cai cach hanh chinh", "một cửa", "54/KH-UBND", "chuyển đổi số", "PAR INDEX 2025",
                "đề án 06", "thủ tục hành chính trực tuyến toàn trình")) {
            List<String> shown = search(site, query, new ArrayList<>());
            SearchQuery.Result expected = new SearchQuery(path -> read(site.output().resolve(INDEX + path)))
                    .run(query, SearchQuery.PAGE);
            assertEquals(expected.hits().stream().map(hit -> hit.url().substring(1)).toList(), shown, query);
            assertEquals(new TreeSet<>(expected.fetched()), new TreeSet<>(downloads().indexFiles()),
                    "the files '" + query + "' downloads");
        }
    }

    @ParameterizedTest
    @EnumSource(Serving.class)
    void resultsAreLinksToThePagesWithKindDateSectionAndHighlightedWords(Serving serving) {
        Served site = SITES.get(serving);
        search(site, "tuyên truyền cải cách hành chính", new ArrayList<>());
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results > li"));
        String meta = first.findElement(By.className("search-result-meta")).getText();
        assertTrue(meta.matches("(Bài viết|Văn bản|Trang) · \\d{2}/\\d{2}/\\d{4}.*"), meta);
        List<String> marks = marks();
        assertFalse(marks.isEmpty());
        List<String> words = SearchText.query("tuyên truyền cải cách hành chính").words();
        for (String mark : marks) {
            assertTrue(words.contains(folded(mark)), mark + " is a word of the query");
        }
        site.server().clearNotFound();
        first.findElement(By.tagName("a")).click();
        assertFalse(browser.driver().getCurrentUrl().contains("tim-kiem"), "the result's page opened");
        assertEquals(List.of(), site.server().notFound(), "the result's link and its page's files resolve");
    }

    @Test
    void theHeaderBoxTakesAKeyboardUserToTheResults() {
        Served site = SITES.get(Serving.SUB_PATH);
        browser.desktop().open(site.server().url("tin-tuc/"));
        WebElement box = browser.driver().findElement(By.id("site-search-q"));
        for (int tabs = 0; tabs < 10 && !box.equals(browser.driver().switchTo().activeElement()); tabs++) {
            browser.pressTab();
        }
        assertEquals(box, browser.driver().switchTo().activeElement(), "the header's search box is reached with Tab");
        browser.press("mot cua").press(Keys.ENTER);
        awaitResults();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/ban-tin/tim-kiem/?q=mot+cua"), browser.driver().getCurrentUrl());
        assertEquals("mot cua", browser.driver().findElement(By.id("search-q")).getAttribute("value"));
        String status = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.matches("Có \\d+ kết quả cho “mot cua”\\."), status);

        // A new query from the page's own form, then "more results" with the keyboard.
        WebElement input = browser.driver().findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("cải cách hành chính", Keys.ENTER);
        awaitResults();
        assertTrue(browser.driver().getCurrentUrl().contains("?q=c%E1%BA%A3i"), browser.driver().getCurrentUrl());
        assertEquals(input, browser.driver().switchTo().activeElement(), "the focus stays in the box");
        browser.pressTab().pressTab();
        assertEquals(resultLinks().get(0), browser.driver().switchTo().activeElement(), "Tab: the button, then the first result");
        WebElement more = browser.driver().findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        more.sendKeys(Keys.ENTER);
        await("the second page of results", () -> resultLinks().size() > SearchQuery.PAGE);
        assertEquals(resultLinks().get(SearchQuery.PAGE), browser.driver().switchTo().activeElement(),
                "the focus moves to the first new result");
        String shown = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(shown.startsWith("Đang hiện " + resultLinks().size() + " trên "), shown);

        browser.driver().navigate().back();
        awaitResults();
        assertEquals("mot cua", browser.driver().findElement(By.id("search-q")).getAttribute("value"), "back: the previous query");
    }

    @Test
    void onAPhoneTheBoxAndTheResultsFitTheScreen() {
        Served site = SITES.get(Serving.ROOT);
        browser.viewportWidth(320, 640);
        try {
            browser.open(site.server().url(""));
            assertTrue(browser.driver().findElement(By.id("site-search-q")).isDisplayed());
            assertFitsTheWidth("the home page with the search box");
            search(site, "cai cach hanh chinh", new ArrayList<>());
            assertFitsTheWidth("the search page with results");
            double height = ((Number) browser.script("return document.getElementById('search-q').getBoundingClientRect().height")).doubleValue();
            assertTrue(height >= 44, "a box a finger can hit: " + height + " px");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndStillOffersWaysToFind() throws IOException {
        Served site = SITES.get(Serving.ROOT);
        org.jsoup.nodes.Document page = Jsoup.parse(site.output().resolve("tim-kiem/index.html").toFile(), "UTF-8");
        assertTrue(page.selectFirst("#search-nojs").text().contains("cần JavaScript"));
        assertFalse(page.select("#search-nojs a[href]").isEmpty(), "links to the registry, the archive, the tags");
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");

        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.desktop().open(site.server().url("tim-kiem/?q=mot+cua"));
            assertTrue(browser.driver().findElement(By.id("search-nojs")).isDisplayed());
            assertTrue(browser.driver().findElements(By.cssSelector("#search-results li")).isEmpty());
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        search(site, "mot cua", new ArrayList<>());
        assertTrue(browser.driver().findElements(By.id("search-nojs")).isEmpty(), "with JavaScript the message is gone");
    }

    // ---- Helpers ---------------------------------------------------------------------------------------

    /**
     * Opens the search page for {@code query} in a fresh page load, waits for the results, adds a
     * line about what the query downloaded to {@code report}, and returns the results' paths below
     * the site's base.
     */
    private static List<String> search(Served site, String query, List<String> report) {
        String base = site.server().url("");
        browser.open(site.server().url("tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        awaitResults();
        Downloads downloads = downloads();
        assertTrue(downloads.indexBytes() < BUDGET_BYTES, query + ": " + downloads);
        String shown = Normalizer.isNormalized(query, Normalizer.Form.NFC) ? query
                : Normalizer.normalize(query, Normalizer.Form.NFC) + " (NFD)";
        report.add(String.format("%-32s %2d index files, %,7d bytes of index (%,d bytes with the page, style and script)",
                "'" + shown + "'", downloads.indexFiles().size(), downloads.indexBytes(),
                downloads.indexBytes() + downloads.pageBytes()));
        List<String> paths = new ArrayList<>();
        for (WebElement link : resultLinks()) {
            String href = link.getAttribute("href");
            assertTrue(href.startsWith(base), href + " is on the site, under " + base);
            paths.add(href.substring(base.length()));
        }
        return paths;
    }

    private static void awaitResults() {
        await("the results", () -> Boolean.TRUE.equals(browser.script(
                "const list = document.getElementById('search-results');"
                        + " return !!list && list.getAttribute('aria-busy') === 'false'"
                        + " && document.getElementById('search-status').textContent !== ''")));
    }

    /** The files of the loaded page, from the Resource Timing API: body bytes as served. */
    private static Downloads downloads() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.script("""
                const nav = performance.getEntriesByType('navigation')[0];
                return [nav, ...performance.getEntriesByType('resource')]
                    .map(e => ({name: e.name, bytes: e.encodedBodySize}));""");
        List<String> index = new ArrayList<>();
        long indexBytes = 0;
        long pageBytes = 0;
        for (Map<String, Object> entry : entries) {
            String name = ((String) entry.get("name")).replaceFirst("\\?.*$", "");
            long bytes = ((Number) entry.get("bytes")).longValue();
            int at = name.indexOf(INDEX);
            if (at >= 0) {
                if (!index.contains(name.substring(at + INDEX.length()))) {
                    index.add(name.substring(at + INDEX.length()));
                    indexBytes += bytes;
                }
            } else {
                pageBytes += bytes;
            }
        }
        return new Downloads(index, indexBytes, pageBytes);
    }

    private static List<WebElement> resultLinks() {
        return browser.driver().findElements(By.cssSelector("#search-results > li h2 a"));
    }

    private static List<String> titles() {
        return resultLinks().stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> marks() {
        return (List<String>) browser.script("return [...document.querySelectorAll('#search-results mark')].map(m => m.textContent)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> marksOfFirstTitle() {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('#search-results > li:first-child h2 mark')].map(m => m.textContent)");
    }

    private static String folded(String text) {
        return SearchText.fold(text);
    }

    private static void assertFitsTheWidth(String what) {
        long inner = ((Number) browser.script("return window.innerWidth")).longValue();
        long scroll = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scroll <= inner, what + " is " + scroll + " px wide in a " + inner + " px viewport");
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        assertTrue(Browser.eventually(Duration.ofSeconds(15), condition), "the page never showed " + what);
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
