package vn.bantin;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bantin.SharingTest.htmlPages;
import static vn.bantin.SharingTest.page;

/**
 * English pages of a Vietnamese bulletin (Decree 42/2022/NĐ-CP asks for basic information in
 * English): each page says its language, English pages get English interface strings, and a page
 * links to its counterpart in the other language, both ways, only where one exists.
 */
class EnglishPagesTest {
    @TempDir
    static Path folder;
    static FixtureSite site;

    @BeforeAll
    static void bake() {
        site = FixtureSite.withSampleTemplates("readers", folder.resolve("site"));
        site.bake();
    }

    @Test
    void everyPageSaysWhichLanguageItIsWrittenIn() {
        for (String path : htmlPages(site)) {
            assertEquals(path.startsWith("en/") ? "en" : "vi", page(site, path).selectFirst("html").attr("lang"), path);
        }
        assertTrue(site.exists("en/index.html"), "content/en/index.md is the page of its folder, /en/");
        assertTrue(site.exists("en/about/index.html") && site.exists("en/procedures/index.html"));
    }

    @Test
    void englishPagesUseEnglishInterfaceStrings() {
        Document about = page(site, "en/about/index.html");
        assertEquals("Skip to main content", about.selectFirst("a.skip").text());
        assertEquals("Main menu", about.selectFirst("nav.site-nav").attr("aria-label"));
        assertEquals("Breadcrumb", about.selectFirst("nav.breadcrumbs").attr("aria-label"));
        assertEquals(List.of("Home", "About us"), about.select("nav.breadcrumbs a").eachText());
        assertEquals("../", about.selectFirst("nav.breadcrumbs a").attr("href"), "home is the English entry, /en/");
        assertEquals(List.of("Address:", "Phone:", "Email:", "Responsible for content:"),
                about.select(".footer-contact dt").eachText());
        assertEquals("Related agencies", about.selectFirst(".footer-agencies h2").text());
        String text = about.body().text();
        for (String vietnamese : List.of("Bỏ qua", "Trang chủ", "Điện thoại", "Liên kết chân trang")) {
            assertFalse(text.contains(vietnamese) || about.html().contains(vietnamese), vietnamese + " on an English page");
        }
    }

    @Test
    void englishPagesListTheEnglishPagesAndMarkTheSitesOwnTextsAsVietnamese() {
        Document about = page(site, "en/about/index.html");
        assertEquals(List.of("Home", "About us", "Procedures"), about.select("nav.site-nav a").eachText(),
                "the English pages, not the Vietnamese sections");
        assertNull(about.selectFirst("aside.sidebar"), "no sidebar of Vietnamese news");
        assertEquals("vi", about.selectFirst(".brand-text").attr("lang"));
        assertEquals("vi", about.selectFirst(".footer-contact dd").attr("lang"));
        assertEquals("vi", about.selectFirst(".footer-agencies a").attr("lang"));
        assertEquals(List.of("In English", "About us", "Procedures", "Tiếng Việt"),
                about.select(".footer-nav a:not([type])").eachText(), "footer: English pages, then the Vietnamese home");
    }

    @Test
    void aPageAndItsCounterpartLinkToEachOther() {
        Document about = page(site, "en/about/index.html");
        Element toVietnamese = about.selectFirst(".lang-switch a");
        assertEquals("../../gioi-thieu/", toVietnamese.attr("href"));
        assertEquals("vi", toVietnamese.attr("hreflang"));
        assertEquals("vi", toVietnamese.attr("lang"));
        assertEquals("Tiếng Việt", toVietnamese.text());

        Document gioiThieu = page(site, "gioi-thieu/index.html");
        Element toEnglish = gioiThieu.selectFirst(".lang-switch a");
        assertEquals("../en/about/", toEnglish.attr("href"));
        assertEquals("en", toEnglish.attr("hreflang"));
        assertEquals("English", toEnglish.text());

        assertEquals(List.of("https://bantin.example.vn/gioi-thieu/", "https://bantin.example.vn/en/about/"),
                gioiThieu.select("head link[rel=alternate][hreflang]").eachAttr("href"));
        assertEquals(List.of("vi", "en"), gioiThieu.select("head link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals("en_US", gioiThieu.selectFirst("meta[property=og:locale:alternate]").attr("content"));
        assertEquals("vi_VN", about.selectFirst("meta[property=og:locale:alternate]").attr("content"));
    }

    @Test
    void aCounterpartMayBeAnyPageOfTheSite() {
        assertEquals("en/", page(site, "index.html").selectFirst(".lang-switch a").attr("href"),
                "the home page leads to the English entry that names it");
        assertEquals("../", page(site, "en/index.html").selectFirst(".lang-switch a").attr("href"));
    }

    @Test
    void theSwitchShowsOnlyWhereACounterpartExistsButEveryPageLeadsToTheOtherLanguage() {
        for (String path : List.of("tin-tuc/index.html", "tin-tuc/hoi-nghi-trien-khai/index.html", "lien-he/index.html",
                "en/procedures/index.html", "404.html")) {
            Document page = page(site, path);
            assertNull(page.selectFirst(".lang-switch"), path);
            assertNull(page.selectFirst("head link[hreflang]"), path);
        }
        for (String path : htmlPages(site)) {
            Document page = page(site, path);
            String other = path.startsWith("en/") ? "vi" : "en";
            assertNotNull(page.selectFirst(".footer-nav a[hreflang=" + other + "]"), path + " leads to the " + other + " pages");
        }
    }

    @Test
    void vietnamesePagesKeepVietnameseStringsAndListOnlyVietnamesePages() {
        Document home = page(site, "index.html");
        assertEquals("Bỏ qua để đến nội dung chính", home.selectFirst("a.skip").text());
        assertEquals(List.of("Giới thiệu", "Liên hệ", "English"), home.select(".footer-nav a:not([type])").eachText());
        assertNull(home.selectFirst(".brand-text[lang]"), "the site's own language needs no mark");
    }

    @Test
    void aTranslationLeadingNowhereIsReportedWithItsLine(@TempDir Path other) {
        FixtureSite broken = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        broken.write("content/en/contact.md", "---\ntype: page\nlang: en\ntitle: Contact\ntranslation: /lien-lac/\n---\nCall us.\n");
        Problem problem = onlyError(broken);
        assertEquals("content/en/contact.md", problem.path());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("no page has the address /lien-lac/"), problem.message());
        assertTrue(problem.hint().contains("translation: /gioi-thieu/"), problem.hint());
    }

    @Test
    void aTranslationInTheSameLanguageIsReported(@TempDir Path other) {
        FixtureSite broken = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        broken.write("content/en/contact.md", "---\ntype: page\nlang: en\ntitle: Contact\ntranslation: /en/procedures/\n---\nx\n");
        Problem problem = onlyError(broken);
        assertTrue(problem.message().contains("/en/procedures/ is in the same language (en)"), problem.message());
    }

    @Test
    void twoPagesClaimingOneCounterpartAreReported(@TempDir Path other) {
        FixtureSite broken = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        broken.write("content/en/contact.md", "---\ntype: page\nlang: en\ntitle: Contact\ntranslation: /gioi-thieu/\n---\nx\n");
        Problem problem = onlyError(broken);
        assertTrue(problem.message().contains("/gioi-thieu/ already has its en counterpart"), problem.message());
    }

    @Test
    void aLanguageWithoutInterfaceStringsIsReported(@TempDir Path other) {
        FixtureSite broken = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        broken.write("content/fr/index.md", "---\ntype: page\nlang: fr\ntitle: En français\n---\nBonjour.\n");
        Problem problem = onlyError(broken);
        assertEquals("content/fr/index.md", problem.path());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("no interface strings for lang: fr"), problem.message());
        assertTrue(problem.hint().contains("templates/i18n/messages_fr.properties"), problem.hint());

        broken.write("content/fr/index.md", "---\ntype: page\nlang: English\ntitle: En français\n---\nBonjour.\n");
        assertTrue(onlyError(broken).message().contains("'English' is not a language code"));
    }

    private static Problem onlyError(FixtureSite broken) {
        List<Problem> errors = broken.bakeFailing().errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }
}
