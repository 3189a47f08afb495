package vn.bantin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.bantin.testing.Browser;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.StaticServer;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The procedure catalog's filter in real headless Chromium, on the repository's own sample served
 * over HTTP: typing narrows the list as a reader types, with or without diacritics, and clearing
 * it shows every procedure again.
 */
class ProcedureFilterTest {
    /** The sample's in-force procedures whose name holds "Đăng ký khai sinh", in the catalog's order. */
    private static final List<String> BIRTH_REGISTRATIONS = List.of("Đăng ký khai sinh có yếu tố nước ngoài",
            "Đăng ký khai sinh", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con");

    @TempDir
    static Path folder;
    static StaticServer server;
    static Browser browser;
    static int inForce;

    @BeforeAll
    static void bakeAndServe() throws IOException {
        Path output = folder.resolve("site");
        new Bake(Path.of("").toAbsolutePath(), output, FixtureSite.CLOCK).run();
        server = StaticServer.serve(output, "/");
        browser = Browser.start();
        browser.desktop().open(server.url("thu-tuc/"));
        // Once seen (one full run of the tests, the machine loaded) with 2 procedures shown: the
        // script's first filtering, which shows them all, is waited for as a reader would wait.
        boolean settled = Browser.eventually(Duration.ofSeconds(5), () -> status().startsWith("Đang hiện tất cả")
                && status().contains(" " + visibleProcedures().size() + " "));
        inForce = visibleProcedures().size();
        assertTrue(settled && inForce >= 20, "the sample lists its in-force procedures: " + inForce + " shown, "
                + browser.script("return document.querySelectorAll('.procedure-list li[data-text]').length")
                + " in the page, the filter says '" + status() + "'");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "typing \"{0}\"")
    @ValueSource(strings = {"đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH", "Đăng Ký Khai Sinh"})
    void typingNarrowsTheListToTheMatchingProcedures(String typed) {
        browser.open(server.url("thu-tuc/"));
        WebElement box = browser.driver().findElement(By.id("tt-tu-khoa"));
        assertTrue(box.isDisplayed(), "the script shows the filter form");
        box.sendKeys(typed);
        assertEquals(BIRTH_REGISTRATIONS, visibleProcedures());
        assertEquals("Tìm thấy 3 trên " + inForce + " thủ tục.", status());
        assertEquals(List.of("Hộ tịch"), visibleFields(), "fields with no match are hidden, in the index too");

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertEquals(inForce, visibleProcedures().size(), "clearing the box shows every procedure again");
        assertEquals("Đang hiện tất cả " + inForce + " thủ tục.", status());
    }

    @Test
    void decomposedUnicodeAndAPartlyTypedWordMatchToo() {
        browser.open(server.url("thu-tuc/"));
        WebElement box = browser.driver().findElement(By.id("tt-tu-khoa"));
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
                box, Normalizer.normalize("đăng ký khai sinh", Normalizer.Form.NFD));
        assertEquals(BIRTH_REGISTRATIONS, visibleProcedures());
        box.clear();
        box.sendKeys("dang ky khai s");
        assertEquals(BIRTH_REGISTRATIONS, visibleProcedures(), "a word being typed matches the start of a word");
        box.clear();
        box.sendKeys("1.004821");
        assertEquals(List.of("Đăng ký khai sinh"), visibleProcedures(), "a procedure code finds its procedure");
    }

    @Test
    void levelAndOnlineFiltersCombineWithTheWordsAndTheResetButtonClearsAll() {
        browser.open(server.url("thu-tuc/"));
        browser.driver().findElement(By.id("tt-tu-khoa")).sendKeys("khai sinh");
        new Select(browser.driver().findElement(By.id("tt-cap"))).selectByValue("xa");
        assertEquals(List.of("Đăng ký khai sinh", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con"), visibleProcedures());
        new Select(browser.driver().findElement(By.id("tt-truc-tuyen"))).selectByValue("toan-trinh");
        assertEquals(List.of("Đăng ký khai sinh"), visibleProcedures());
        assertFalse(browser.driver().findElement(By.id("tt-khong-co")).isDisplayed());

        new Select(browser.driver().findElement(By.id("tt-cap"))).selectByValue("tinh");
        assertEquals(List.of(), visibleProcedures());
        assertTrue(browser.driver().findElement(By.id("tt-khong-co")).isDisplayed(), "says when nothing matches");

        browser.driver().findElement(By.cssSelector("#tt-loc button[type=reset]")).click();
        // The form's fields are reset after its reset event, so the script filters on the next turn.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> visibleProcedures().size() == inForce);
        assertEquals(inForce, visibleProcedures().size(), "the reset button shows every procedure again");
    }

    @Test
    void aQueryInTheAddressIsAppliedOnArrival() {
        browser.open(server.url("thu-tuc/?q=dang%20ky%20khai%20sinh"));
        // Once seen (one full run of the tests on a loaded machine) with every procedure still
        // shown: the script's result is waited for, as a reader would, before it is checked.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> status().startsWith("Tìm thấy"));
        assertEquals(BIRTH_REGISTRATIONS, visibleProcedures());
        assertEquals("dang ky khai sinh", browser.driver().findElement(By.id("tt-tu-khoa")).getAttribute("value"),
                "the box shows the query");
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleProcedures() {
        return (List<String>) browser.script("return [...document.querySelectorAll('.procedure-field li[data-text]')]"
                + ".filter(li => li.offsetParent !== null).map(li => li.querySelector('a').textContent.trim())");
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleFields() {
        return (List<String>) browser.script("return [...document.querySelectorAll('.procedure-fields li')]"
                + ".filter(li => li.offsetParent !== null).map(li => li.querySelector('a').textContent.trim())");
    }

    private static String status() {
        return (String) browser.script("return document.getElementById('tt-ket-qua').textContent");
    }
}
