package vn.bantin;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.bantin.problem.BakeFailure;
import vn.bantin.testing.Browser;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.Folders;
import vn.bantin.testing.StaticServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The accessibility gate, in real headless Chromium: axe-core finds no WCAG 2.1 A/AA violation on
 * any kind of page, on a desktop and at 400% zoom (a 320-CSS-px viewport, where nothing may
 * scroll sideways either); a keyboard reaches every link and control, starting with the skip link,
 * and always sees where the focus is; without CSS the content still reads in order, and a
 * script only enhances a page that works without it, but on the search page, which says so.
 *
 * <p>The repository's own sample bulletin is baked twice and served over HTTP: as it is at the
 * root, and under the sub-path {@code /ban-tin/} with short pages (so that sections have a second
 * page too). The last tests plant a violation in a small fixture site and expect the gate to fail.
 */
class AccessibilityTest {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The site's one script file, an enhancement (see {@link #noPageNeedsJavaScript}). */
    private static final String PRINT_SCRIPT = "js/print.js";

    /** The two bakes of the sample, each served over HTTP. */
    enum Serving {
        /** The sample as it is, at the root of the host. */
        ROOT("/", 0),
        /** Under a sub-path, 4 articles per page: the sample's sections (up to 9 articles) get a page 2. */
        SUB_PATH("/ban-tin/", 4);

        final String basePath;
        final int pageSize;

        Serving(String basePath, int pageSize) {
            this.basePath = basePath;
            this.pageSize = pageSize;
        }
    }

    /**
     * One of each kind of page, by URL path below the site's base. A page kind that appears
     * (documents, procedures, search...) gets a line here; {@code mustHave} keeps the line honest:
     * CSS selectors the page must match to be the example it claims to be.
     */
    private static final List<CheckedPage> PAGES = List.of(
            page("home", "", ".block-latest .cards"),
            page("section", "tin-tuc/", ".cards"),
            page("section, page 2", "tin-tuc/trang/2/", ".pager").onlyIn(Serving.SUB_PATH),
            page("article with cover, table and tags", "tin-tuc/hoi-thi-tim-hieu-cai-cach-hanh-chinh-nam-2024/",
                    "figure.cover img", ".prose table", ".article-foot .tags a", ".page-tools button", ".footer-agencies a"),
            page("static page, with its English counterpart", "gioi-thieu/", ".prose", ".lang-switch a[hreflang=en]"),
            page("English page, the English entry", "en/", "html[lang=en] .prose", ".lang-switch a[hreflang=vi]"),
            page("English page: contact", "en/contact/", "html[lang=en] .prose", ".footer-contact dd"),
            page("English page: the procedure catalog explained", "en/procedures/", "html[lang=en] .prose"),
            page("tag", "tag/cai-cach-hanh-chinh/", ".cards"),
            page("tag, page 2", "tag/cai-cach-hanh-chinh/trang/2/", ".pager"),
            page("tags index", "tag/", ".tag-index a"),
            page("archive", "luu-tru/", ".archive-year"),
            page("archive year", "luu-tru/2024/", ".cards"),
            page("archive month", "luu-tru/2024/09/", ".cards"),
            page("document registry", "van-ban/", ".doc-filters a", ".doc-table-scroll .doc-table th a", ".validity"),
            page("document registry, filtered by year", "van-ban/nam/2025/", ".doc-filters a[aria-current]", ".doc-table a"),
            page("document with attachments, relations and articles", "van-ban/54-kh-ubnd-2025/", "dl.doc-data dt",
                    ".file-list a", "#vb-can-cu", "#vb-van-ban-thuc-hien", "#vb-bai-viet"),
            page("procedure catalog", "thu-tuc/", "#tt-loc input[type=search]", ".procedure-field .procedure-list a",
                    ".procedure-retired a"),
            page("procedure", "thu-tuc/1-004821/", "table.checklist", ".apply a", "#tt-can-cu"),
            page("replaced procedure", "thu-tuc/1-001288/", ".notice a"),
            page("search, with results", "tim-kiem/?q=c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh",
                    "#search-results > li h2 a", "#search-results mark", "#search-more:not([hidden])"),
            page("404, at a missing address two folders deep", "khong-co/trang-nay/").asNotFound());

    /** The pages walked with the keyboard and read without CSS. */
    private static final List<String> KEYBOARD_PAGES = List.of("home", "article with cover, table and tags",
            "document registry", "procedure catalog", "search, with results");

    @TempDir
    static Path folder;
    static final Map<Serving, ServedSite> SITES = new EnumMap<>(Serving.class);
    private static Browser browser;

    @BeforeAll
    static void bakeAndServe() throws IOException {
        Path sample = Path.of("").toAbsolutePath();
        Path root = bake(sample, folder.resolve("root"));
        SITES.put(Serving.ROOT, new ServedSite(root, StaticServer.serve(root, Serving.ROOT.basePath)));

        Path copy = folder.resolve("sub-path-site");
        for (String part : List.of("jbake.properties", "content", "templates", "assets", "data")) {
            if (Files.exists(sample.resolve(part))) {
                Folders.copyTree(sample.resolve(part), copy.resolve(part));
            }
        }
        String base = "bantin.base_path=" + Serving.SUB_PATH.basePath;
        String pageSize = "bantin.page_size=" + Serving.SUB_PATH.pageSize;
        String properties = Files.readString(copy.resolve("jbake.properties"))
                .replaceAll("(?m)^bantin\\.base_path=.*$", base).replaceAll("(?m)^bantin\\.page_size=.*$", pageSize);
        assertTrue(properties.contains(base) && properties.contains(pageSize), "the sample sets bantin.base_path and bantin.page_size");
        Files.writeString(copy.resolve("jbake.properties"), properties);
        Path subPath = bake(copy, folder.resolve("sub-path"));
        SITES.put(Serving.SUB_PATH, new ServedSite(subPath, StaticServer.serve(subPath, Serving.SUB_PATH.basePath)));
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

    static Stream<Arguments> everyPage() {
        return Stream.of(Serving.values()).flatMap(serving -> PAGES.stream()
                .filter(p -> p.onlyIn() == null || p.onlyIn() == serving)
                .map(p -> Arguments.of(serving, p)));
    }

    static Stream<Arguments> keyboardPages() {
        return PAGES.stream().filter(p -> KEYBOARD_PAGES.contains(p.kind())).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyPage")
    void axeFindsNoWcag21AaViolation(Serving serving, CheckedPage checked) {
        ServedSite site = SITES.get(serving);
        browser().desktop();
        load(site, checked);
        List<String> violations = axeViolations(site.server().url(checked.path()), true);
        assertNone(violations, checked + ", axe violations");
    }

    /**
     * A 1280-px window at 400% zoom is a 320-CSS-px viewport (WCAG 1.4.10 Reflow): the page must
     * not scroll sideways, the menu and the title must show, and axe must still pass (a table
     * that only overflows there must be reachable by keyboard to be scrolled).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyPage")
    void at400PercentZoomThePageReflows(Serving serving, CheckedPage checked) {
        ServedSite site = SITES.get(serving);
        browser().viewportWidth(320, 400);
        load(site, checked);
        List<String> problems = new ArrayList<>(reflowProblems());
        problems.addAll(axeViolations(site.server().url(checked.path()) + " at 320 CSS px", false));
        assertNone(problems, checked + " at 320 CSS px");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyboardPages")
    void keyboardReachesEveryLinkWithAVisibleFocus(CheckedPage checked) {
        browser().desktop();
        load(SITES.get(Serving.ROOT), checked);
        List<String> problems = keyboardProblems();
        assertNone(problems, checked + ", pressing Tab");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyboardPages")
    void theSkipLinkComesFirstShowsAndMovesToTheContent(CheckedPage checked) {
        browser().desktop();
        load(SITES.get(Serving.ROOT), checked);
        assertTrue(bool("return document.querySelector('a.skip').getBoundingClientRect().bottom <= 0"),
                "the skip link is out of sight until focused");
        browser.pressTab();
        assertTrue(bool("return document.activeElement.matches('a.skip[href=\"#noi-dung\"]')"),
                "the first Tab reaches the skip link, not " + browser.script("return document.activeElement.outerHTML"));
        assertTrue(bool("""
                const r = document.activeElement.getBoundingClientRect();
                return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth"""),
                "the focused skip link is shown inside the viewport");
        browser.press(Keys.ENTER);
        assertEquals("#noi-dung", browser.script("return location.hash"));
        assertTrue(bool("""
                const top = document.getElementById('noi-dung').getBoundingClientRect().top;
                return Math.abs(top) < 2 || Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight"""),
                "the page scrolls to the main content");
        browser.pressTab();
        assertTrue(bool("return document.getElementById('noi-dung').contains(document.activeElement)"),
                "after the skip link, Tab continues inside <main>, at " + browser.script("return document.activeElement.outerHTML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyboardPages")
    void withoutCssTheContentReadsInOrder(CheckedPage checked) {
        browser().desktop();
        load(SITES.get(Serving.ROOT), checked);
        browser.script("document.querySelectorAll('link[rel~=stylesheet], style').forEach(s => s.remove())");
        assertEquals(0L, browser.script("return document.styleSheets.length"), "every stylesheet removed");
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.script("""
                const parts = [['skip link', 'body > a.skip'], ['header', 'body > header'], ['main menu', 'header nav'],
                               ['main', 'main#noi-dung'], ['footer', 'body > footer']];
                const found = [];
                let lastTop = -Infinity;
                for (const [name, selector] of parts) {
                  const el = document.querySelector(selector);
                  if (!el) { found.push(name + ' is missing'); continue; }
                  const top = el.getBoundingClientRect().top;
                  found.push(name + (top < lastTop ? ' is shown above the previous part' : ''));
                  lastTop = top;
                }
                const h1 = document.querySelectorAll('h1');
                const footer = document.querySelector('body > footer');
                if (h1.length !== 1) found.push(h1.length + ' <h1>');
                else if (!(h1[0].closest('main') || h1[0].closest('header')) || h1[0].getBoundingClientRect().top > footer.getBoundingClientRect().top)
                  found.push('the <h1> is not before the footer, in the header or <main>');
                return found;""");
        assertEquals(List.of("skip link", "header", "main menu", "main", "footer"), order);
        WebElement main = browser.driver().findElement(By.tagName("main"));
        assertTrue(main.isDisplayed() && !main.getText().isBlank(), "the content is there without CSS");
    }

    /**
     * A script only enhances a page that works without it: the print buttons ({@value #PRINT_SCRIPT})
     * and the procedure catalog's filter. It is a same-origin file of {@code js/}, deferred (or a
     * module, which is), and the controls it drives are hidden in the HTML, so that a reader
     * without script never meets a dead one. The search page is the one that needs its script,
     * and says so to a reader without it. JSON-LD blocks are data. No inline script, handler
     * attribute or {@code javascript:} URL anywhere, which the pages' Content-Security-Policy would
     * block anyway.
     */
    @Test
    void scriptsOnlyEnhancePagesThatWorkWithoutThem() throws IOException {
        List<String> found = new ArrayList<>();
        for (ServedSite site : SITES.values()) {
            try (Stream<Path> walk = Files.walk(site.output())) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = site.output().relativize(file).toString().replace('\\', '/');
                    if ((name.endsWith(".js") || name.endsWith(".mjs")) && !name.startsWith("js/")) {
                        found.add(name + " is a script file outside js/");
                    }
                    if (name.endsWith(".html")) {
                        Document page = Jsoup.parse(file.toFile(), "UTF-8", site.server().url(name));
                        found.addAll(scriptsIn(name, page));
                        if (name.equals("tim-kiem/index.html") && page.select("#search-nojs").isEmpty()) {
                            found.add(name + " does not say that search needs JavaScript");
                        }
                    }
                }
            }
        }
        assertNone(found, "JavaScript in the output");
    }

    // ---- The gate can fail: plant a violation in a small fixture site ----------------------------

    static Stream<Arguments> plantedAxeViolations() {
        return Stream.of(
                Arguments.of("color-contrast", "assets/css/bantin.css",
                        (UnaryOperator<String>) css -> css + "\n.card-meta { color: #b0b0b0; }\n"),
                Arguments.of("link-name", "templates/layout.ftlh",
                        (UnaryOperator<String>) ftl -> replaceOnce(ftl, "</main>", "<a href=\"/\"><img src=\"/favicon.svg\" alt=\"\"></a>\n</main>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedAxeViolations")
    void axeReportsAPlantedViolation(String rule, String file, UnaryOperator<String> plant, @TempDir Path other) {
        try (StaticServer server = plantedSite(other, file, plant)) {
            browser().desktop().open(server.url(""));
            List<String> violations = axeViolations("planted home page", true);
            assertTrue(violations.stream().anyMatch(v -> v.startsWith(rule + " ")),
                    "axe should report " + rule + ", it reported: " + violations);
        }
    }

    @Test
    void aMissingFocusIndicatorIsReported(@TempDir Path other) {
        try (StaticServer server = plantedSite(other, "assets/css/bantin.css",
                css -> css + "\n:focus { outline: none !important; }\n")) {
            browser().desktop().open(server.url(""));
            List<String> problems = keyboardProblems();
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("no visible focus indicator")), problems.toString());
        }
    }

    @Test
    void aPageTooWideAt400PercentZoomIsReported(@TempDir Path other) {
        try (StaticServer server = plantedSite(other, "assets/css/bantin.css",
                css -> css + "\n.site-footer { min-width: 40rem; }\n")) {
            browser().viewportWidth(320, 400).open(server.url(""));
            List<String> problems = reflowProblems();
            assertFalse(problems.isEmpty(), "a 40rem-wide footer must make the page scroll sideways");
            assertTrue(problems.toString().contains("footer"), "the footer is named: " + problems);
        }
    }

    // ---- Checks, each returning what is wrong -------------------------------------------------------

    /**
     * Every axe violation on the loaded page, as {@code rule (impact) at target: help [where]}.
     * With {@code contrastMustBeVerified}, text whose contrast axe could not measure (it needs
     * review) counts too, so that "contrast at least 4.5:1" is proven, not assumed.
     */
    private static List<String> axeViolations(String where, boolean contrastMustBeVerified) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(browser.driver());
        if (results.isErrored()) {
            fail("axe failed on " + where + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": " + rule.getHelp()
                        + " [" + where + "]");
            }
        }
        for (Rule rule : contrastMustBeVerified ? results.getIncomplete() : List.<Rule>of()) {
            if (rule.getId().equals("color-contrast")) {
                for (CheckedNode node : rule.getNodes()) {
                    lines.add("color-contrast (unverified) at " + node.getTarget() + ": "
                            + String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ").strip() + " [" + where + "]");
                }
            }
        }
        return lines;
    }

    /** Where the page is wider than the viewport, and whether the menu and the {@code <h1>} show. */
    private static List<String> reflowProblems() {
        List<String> problems = new ArrayList<>();
        long inner = ((Number) browser.script("return window.innerWidth")).longValue();
        long scroll = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        if (scroll > inner) {
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) browser.script(DESCRIBE + """
                    const out = [];
                    for (const el of document.body.querySelectorAll('*')) {
                      const r = el.getBoundingClientRect();
                      if (r.width === 0 || (r.right <= innerWidth + 0.5 && r.left >= -0.5)) continue;
                      let clipped = false;
                      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (getComputedStyle(p).overflowX !== 'visible') { clipped = true; break; }
                      }
                      if (!clipped) out.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
                    }
                    return out.slice(0, 8);""");
            problems.add("the page is " + scroll + " px wide in a " + inner + " px viewport; too wide: " + wide);
        }
        for (String selector : List.of("nav.site-nav", "h1")) {
            List<WebElement> found = browser.driver().findElements(By.cssSelector(selector));
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                problems.add(selector + " is not displayed");
            }
        }
        return problems;
    }

    /**
     * Presses Tab from the top of the loaded page until the focus leaves the page or comes back.
     * Reports every visible link or control never reached, and every focus stop without a visible
     * indicator (an outline, or a box shadow, that the element does not have unfocused).
     */
    private static List<String> keyboardProblems() {
        long targets = ((Number) browser.script(DESCRIBE + """
                const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
                                      && !el.disabled && !el.closest('[inert]');
                const targets = [...document.querySelectorAll('a[href], button, input, select, textarea')].filter(visible);
                const look = el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | '); };
                window.bantinKeyboard = { targets, unfocused: targets.map(look), look, describe };
                if (document.activeElement) document.activeElement.blur();
                return targets.length;""")).longValue();
        List<String> problems = new ArrayList<>();
        Set<Long> reached = new LinkedHashSet<>();
        for (int step = 0; step < targets + 20; step++) {
            browser.pressTab();
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) browser.script("""
                    const k = window.bantinKeyboard, el = document.activeElement;
                    if (!el || el === document.body || el === document.documentElement || el === k.first) return null;
                    if (!k.first) k.first = el;
                    const i = k.targets.indexOf(el), s = getComputedStyle(el), look = k.look(el);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                                    && s.outlineColor !== 'transparent' && !/,\\s*0\\)$/.test(s.outlineColor);
                    const shadow = s.boxShadow !== 'none';
                    const changed = i < 0 || look !== k.unfocused[i];
                    const r = el.getBoundingClientRect();
                    return { index: i, name: k.describe(el), indicator: (outline || shadow) && changed,
                             inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight, look };""");
            if (focus == null) {
                break;
            }
            String name = (String) focus.get("name");
            reached.add(((Number) focus.get("index")).longValue());
            if (!(Boolean) focus.get("indicator")) {
                problems.add("no visible focus indicator on " + name + " (" + focus.get("look") + ")");
            }
            if (!(Boolean) focus.get("inView")) {
                problems.add("focused but not in view: " + name);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> unreached = (List<String>) browser.script(
                "const k = window.bantinKeyboard; return k.targets.filter((el, i) => !arguments[0].includes(i)).map(k.describe);",
                List.copyOf(reached));
        unreached.forEach(name -> problems.add("never reached with Tab: " + name));
        return problems;
    }

    /** A short name for an element in messages: tag, id, classes, href and the start of its text. */
    private static final String DESCRIBE = """
            const describe = el => {
              let s = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
              if (el.getAttribute('href') !== null) s += '[href="' + el.getAttribute('href') + '"]';
              const text = (el.textContent || '').trim().replace(/\\s+/g, ' ');
              return text ? s + ' "' + text.slice(0, 50) + '"' : s;
            };
            """;

    private static List<String> scriptsIn(String name, Document document) {
        List<String> found = new ArrayList<>();
        for (Element script : document.select("script")) {
            String src = script.attr("src");
            boolean data = script.attr("type").equals("application/ld+json") && src.isEmpty();
            // page-relative, or from the base path on the 404 page, which a server shows at any depth
            boolean file = !src.contains(":") && !src.startsWith("//")
                    && src.matches("(?:(?:\\.\\./)*|/(?:[a-z0-9-]+/)*)js/[a-z-]+\\.js");
            if (!data && !file) {
                found.add(name + " has a script that is not data nor a file of js/: " + script.outerHtml());
            } else if (file && !script.hasAttr("defer") && !script.attr("type").equals("module")) {
                found.add(name + " has a script that blocks the page: " + script.outerHtml());
            }
        }
        document.select("[data-print]:not([hidden]), form#tt-loc:not([hidden])").forEach(control -> found.add(name
                + " shows a control that needs the script before it runs: " + control.outerHtml()));
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase().startsWith("on")) {
                    found.add(name + " has an event handler: " + attribute.getKey() + " on <" + element.tagName() + ">");
                } else if (attribute.getValue().trim().toLowerCase().startsWith("javascript:")) {
                    found.add(name + " has a javascript: URL on <" + element.tagName() + ">");
                }
            }
        }
        return found;
    }

    // ---- Sites, servers, the browser ------------------------------------------------------------------

    /** A baked output and the server serving it. */
    record ServedSite(Path output, StaticServer server) {
    }

    /**
     * A page to check: what it is an example of, its path below the base, selectors it must
     * match; whether it is the 404 page answering a missing address, and the one bake it is in
     * when it is not in both.
     */
    record CheckedPage(String kind, String path, List<String> mustHave, boolean notFound, Serving onlyIn) {
        CheckedPage asNotFound() {
            return new CheckedPage(kind, path, mustHave, true, onlyIn);
        }

        CheckedPage onlyIn(Serving serving) {
            return new CheckedPage(kind, path, mustHave, notFound, serving);
        }

        @Override
        public String toString() {
            return kind + " (/" + path + ")";
        }
    }

    private static CheckedPage page(String kind, String path, String... mustHave) {
        return new CheckedPage(kind, path, List.of(mustHave), false, null);
    }

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    /**
     * Loads a listed page and checks it is the page it claims to be: served (or, for the 404 entry,
     * answered with the 404 page), every stylesheet and image found, every {@code mustHave} present.
     */
    private static void load(ServedSite site, CheckedPage checked) {
        site.server().clearNotFound();
        browser.open(site.server().url(checked.path()));
        for (String selector : checked.mustHave()) { // what a script writes (search results) takes a moment
            assertTrue(appears(selector), checked + " is no longer an example of its kind: nothing matches " + selector);
        }
        // Looked at once the stylesheet is applied, when the page has asked for all it needs: read
        // at once, a page answered with a 404 status was sometimes found before its stylesheet.
        assertTrue(holds("const header = document.querySelector('.site-header');"
                        + " return header !== null && getComputedStyle(header).backgroundColor !== 'rgba(0, 0, 0, 0)'"),
                checked + " at " + site.server().url("") + ": the stylesheet is applied");
        List<String> expectedMissing = checked.notFound()
                ? List.of(site.server().url(checked.path()).replaceFirst("^http://[^/]+", ""))
                : List.of();
        assertEquals(expectedMissing, site.server().notFound(),
                checked + " at " + site.server().url("") + ": requests answered 404 (a missing page, stylesheet or image)");
    }

    /** Whether an element matching {@code selector} is on the page, or appears within 10 seconds. */
    private static boolean appears(String selector) {
        return Browser.eventually(Duration.ofSeconds(10),
                () -> !browser.driver().findElements(By.cssSelector(selector)).isEmpty());
    }

    /** Whether {@code script} returns true, now or within 10 seconds. */
    private static boolean holds(String script) {
        return Browser.eventually(Duration.ofSeconds(10), () -> bool(script));
    }

    /** Fails listing every problem, one per line. */
    private static void assertNone(List<String> problems, String what) {
        if (!problems.isEmpty()) {
            fail(what + ": " + problems.size() + "\n" + String.join("\n", problems));
        }
    }

    private static boolean bool(String script) {
        return Boolean.TRUE.equals(browser.script(script));
    }

    /** The basic fixture with the sample's templates and assets, one file changed, baked and served. */
    private static StaticServer plantedSite(Path folder, String file, UnaryOperator<String> plant) {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        try {
            String original = Files.readString(site.root().resolve(file));
            String planted = plant.apply(original);
            assertFalse(planted.equals(original), "the plant changed " + file);
            site.write(file, planted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        site.bake();
        return StaticServer.serve(site.output(), "/");
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new AssertionError("cannot plant: " + target + " not found");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static Path bake(Path site, Path output) throws IOException {
        try {
            new Bake(site, output, FixtureSite.CLOCK).run();
        } catch (BakeFailure failure) {
            fail("the sample does not bake:\n" + String.join("\n", failure.problems().stream().map(Object::toString).toList()));
        }
        return output;
    }

}
