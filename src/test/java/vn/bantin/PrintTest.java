package vn.bantin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.bantin.testing.Browser;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.StaticServer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bantin.SharingTest.htmlPages;
import static vn.bantin.SharingTest.page;

/**
 * Print and save (Decree 42/2022/NĐ-CP asks portals for both), in real headless Chromium laid
 * out for paper: the print stylesheet keeps the content and drops the navigation, prints links'
 * addresses and a document's official data; the print button opens the print dialog (where "Save
 * as PDF" is), and without script no dead button is shown while the download link still works.
 */
class PrintTest {
    private static final String ARTICLE = "tin-tuc/hoi-nghi-trien-khai/";
    private static final String DOCUMENT = "van-ban/54-kh-ubnd-2025/";

    @TempDir
    static Path folder;
    static FixtureSite site;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void bakeAndServe() {
        site = FixtureSite.withSampleTemplates("readers", folder.resolve("site"));
        site.bake();
        server = StaticServer.serve(site.output(), "/");
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    @AfterEach
    void backToScreen() {
        if (browser != null) {
            browser.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.devTools("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void everyPageLinksThePrintStylesheetForPaperOnlyAndTheScriptDeferred() {
        assertTrue(site.exists("css/print.css") && site.exists("js/print.js"));
        for (String path : htmlPages(site)) {
            Document page = page(site, path);
            assertNotNull(page.selectFirst("head link[rel=stylesheet][media=print][href$=css/print.css]"), path);
            assertNotNull(page.selectFirst("head script[src$=js/print.js][defer]"), path);
        }
        String css = site.read("css/print.css");
        for (String hidden : List.of(".site-nav", ".sidebar", ".breadcrumbs", ".page-tools", ".footer-nav", "[role=\"search\"]")) {
            assertTrue(css.contains(hidden + ",") || css.contains(hidden + " {"), "print.css hides " + hidden);
        }
    }

    @Test
    void onPaperTheContentAndContactsRemainAndTheNavigationGoes() {
        openForPaper(ARTICLE);
        for (String gone : List.of(".skip", ".site-nav", ".breadcrumbs", ".sidebar", ".page-tools", ".footer-nav",
                ".footer-agencies", ".article-links")) {
            assertEquals("none", display(gone), gone + " on paper");
        }
        for (String kept : List.of("main h1", "main .prose", ".brand-title", ".footer-contact")) {
            assertTrue(browser.driver().findElement(By.cssSelector(kept)).isDisplayed(), kept + " on paper");
        }
        WebElement address = browser.driver().findElement(By.cssSelector("main .print-only"));
        assertTrue(address.isDisplayed(), "the page's address is printed");
        assertEquals("Bản điện tử: https://bantin.example.vn/" + ARTICLE, address.getText());
    }

    @Test
    void onPaperALinkShowsItsFullAddress() {
        openForPaper(ARTICLE);
        assertEquals("\" (" + server.url("gioi-thieu/") + ")\"", after("main .prose a[href='../../gioi-thieu/']"),
                "a link inside the site, made absolute by the browser");
        assertEquals("\" (https://dichvucong.gov.vn/)\"", after("main .prose a[href^='https://dichvucong']"));
        assertEquals("none", after("main .tags a"), "tags link to the site's lists: no address");
    }

    @Test
    void onPaperADocumentKeepsItsOfficialData() {
        openForPaper(DOCUMENT);
        assertEquals("none", display(".site-nav"));
        List<WebElement> data = browser.driver().findElements(By.cssSelector("main dl.doc-data dd"));
        assertFalse(data.isEmpty());
        assertTrue(data.stream().allMatch(WebElement::isDisplayed), "every line of the document's data is printed");
        assertTrue(browser.driver().findElement(By.cssSelector("main dl.doc-data")).getText().contains("54/KH-UBND"));
    }

    @Test
    void thePrintButtonOpensThePrintDialog() {
        for (String path : List.of(ARTICLE, DOCUMENT)) {
            browser().desktop().open(server.url(path));
            WebElement button = browser.driver().findElement(By.cssSelector(".page-tools button[data-print]"));
            assertTrue(button.isDisplayed(), "the script shows the button on " + path);
            browser.script("window.bantinPrinted = 0; window.print = () => { window.bantinPrinted++; };");
            button.click();
            assertEquals(1L, browser.script("return window.bantinPrinted"), "window.print was called on " + path);
        }
    }

    @Test
    void withoutScriptNoDeadButtonShowsAndThePageCanStillBeSaved() {
        browser().devTools("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open(server.url(ARTICLE));
        assertFalse(browser.driver().findElement(By.cssSelector(".page-tools button")).isDisplayed(),
                "without script the print button stays hidden");
        WebElement download = browser.driver().findElement(By.cssSelector(".page-tools a[download]"));
        assertTrue(download.isDisplayed());
        assertEquals("hoi-nghi-trien-khai.html", download.getDomAttribute("download"));
        assertEquals(server.url(ARTICLE), download.getDomProperty("href"), "it downloads the page itself");

        browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("\" (https://dichvucong.gov.vn)\"", after("main .prose a[href^='https://dichvucong']"),
                "links to other sites still show their address, as written");
        assertEquals("none", after("main .prose a[href='../../gioi-thieu/']"),
                "a relative address would mean nothing on paper");
    }

    private static void openForPaper(String path) {
        browser().desktop().open(server.url(path));
        browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    private static String display(String selector) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).display", selector);
    }

    /** The {@code content} of the element's {@code ::after}: {@code none}, or a quoted text. */
    private static String after(String selector) {
        Object content = browser.script("const el = document.querySelector(arguments[0]);"
                + " return el && getComputedStyle(el, '::after').content", selector);
        assertNotNull(content, "nothing matches " + selector);
        return (String) content;
    }

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }
}
