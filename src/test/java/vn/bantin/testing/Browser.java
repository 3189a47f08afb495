package vn.bantin.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver, for tests that need a real
 * browser. Both programs are given by path, so Selenium Manager never looks for (or downloads)
 * anything, and Chromium runs with a fresh profile and no background network traffic.
 *
 * <p>Open one per test class with {@link #start()} and {@link #close()} it after. When
 * {@code /usr/bin/chromium} is absent the calling test is skipped, unless the environment
 * variable {@code CI} is set: on CI a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The desktop window every page is first loaded in. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 900;

    /*
     * ChromeDriver warns once that this Selenium has no CDP bindings for the browser's version;
     * nothing here needs them (executeCdpCommand does not). Held strongly so the level sticks.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips the calling test when there is none and this is not CI. */
    public static Browser start() {
        String ci = System.getenv("CI");
        boolean onCi = ci != null && !ci.isBlank();
        if (!Files.isExecutable(CHROMIUM) && !onCi) {
            Assumptions.abort(CHROMIUM + " is not installed: browser tests skipped "
                    + "(apt-get install chromium chromium-driver; with CI set they fail instead)");
        }
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                Assertions.fail(program + " is missing: install the Debian packages chromium and chromium-driver"
                        + " (.ci/run does)" + (onCi ? "; CI is set, so browser tests may not be skipped" : ""));
            }
        }
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("bantin-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a URL and waits for the page to finish loading. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Whether {@code condition} holds now or comes to hold within {@code time}, asked every 50 ms:
     * what a script writes, a stylesheet applied, a page reloaded take a moment.
     */
    public static boolean eventually(Duration time, BooleanSupplier condition) {
        long deadline = System.nanoTime() + time.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Runs a script in the page ({@code return ...} for a value) with {@code arguments[i]}. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Sizes the window so that the page's viewport ({@code window.innerWidth}) is exactly {@code cssWidth}. */
    public Browser viewportWidth(int cssWidth, int windowHeight) {
        driver.manage().window().setSize(new Dimension(cssWidth, windowHeight));
        for (int attempt = 0; attempt < 3; attempt++) {
            long inner = ((Number) script("return window.innerWidth")).longValue();
            if (inner == cssWidth) {
                return this;
            }
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.getWidth() + (int) (cssWidth - inner), windowHeight));
        }
        Assertions.assertEquals(cssWidth, ((Number) script("return window.innerWidth")).longValue(),
                "the window could not be sized to a viewport of " + cssWidth + " CSS px");
        return this;
    }

    /** Back to the desktop window. */
    public Browser desktop() {
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        return this;
    }

    /**
     * Sends a Chrome DevTools Protocol command, e.g. {@code Emulation.setEmulatedMedia} with
     * {@code {media: "print"}} to lay the page out as on paper, or
     * {@code Emulation.setScriptExecutionDisabled} to see a page as a reader without script does.
     */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Presses a key as a keyboard user would, on whatever has the focus. */
    public Browser press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    public Browser pressTab() {
        return press(Keys.TAB);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
