package vn.bantin.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import vn.bantin.testing.Browser;
import vn.bantin.testing.FixtureSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open page reloads itself in real headless Chromium, under the pages' own
 * Content-Security-Policy: after a good edit it shows the new text, after a broken one the error
 * banner over the last good page.
 */
class PreviewBrowserTest {
    private static final String ARTICLE = "content/tin-tuc/hoi-nghi-trien-khai.md";

    @TempDir
    static Path folder;
    static FixtureSite site;
    static Preview preview;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        preview = Preview.start(site.root(), 0, FixtureSite.CLOCK, quiet, quiet);
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theOpenPageReloadsAfterAnEditAndShowsTheErrorsOfABrokenOne() throws IOException {
        browser.open(preview.url() + "tin-tuc/hoi-nghi-trien-khai/");
        assertEquals("Hội nghị triển khai kế hoạch cải cách hành chính", browser.script("return document.querySelector('h1').textContent"));
        browser.script("window.bantinBeforeReload = true");

        edit("title: Hội nghị triển khai kế hoạch cải cách hành chính", "title: Hội nghị triển khai kế hoạch năm 2026");
        await("the new title after a reload", () -> browser.script("return window.bantinBeforeReload === undefined"
                + " && document.querySelector('h1').textContent === 'Hội nghị triển khai kế hoạch năm 2026'"));

        browser.script("window.bantinBeforeReload = true");
        edit("date: 2024-03-21 15:46", "date: hôm qua");
        await("the error banner after a reload", () -> browser.script("return window.bantinBeforeReload === undefined"
                + " && document.getElementById('bantin-preview-errors') !== null"));
        String banner = (String) browser.script("return document.getElementById('bantin-preview-errors').innerText");
        assertTrue(banner.contains("content/tin-tuc/hoi-nghi-trien-khai.md:3: cannot read the date 'hôm qua'"), banner);
        assertEquals("Hội nghị triển khai kế hoạch năm 2026", browser.script("return document.querySelector('h1').textContent"),
                "over the last good page");
        assertEquals("sticky", browser.script("return getComputedStyle(document.getElementById('bantin-preview-errors')).position"),
                "the preview's stylesheet is allowed by the page's policy");

        List<LogEntry> violations = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getMessage().contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations, "nothing the preview adds is refused by the page's policy");
    }

    private static void edit(String from, String to) throws IOException {
        Path file = site.root().resolve(ARTICLE);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void await(String what, Supplier<Object> condition) {
        boolean shown = Browser.eventually(Duration.ofSeconds(15), () -> {
            try {
                return Boolean.TRUE.equals(condition.get());
            } catch (WebDriverException e) {
                return false; // the page is reloading right now
            }
        });
        if (!shown) {
            throw new AssertionError("the page never showed " + what);
        }
    }
}
