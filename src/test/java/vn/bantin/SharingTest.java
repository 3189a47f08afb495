package vn.bantin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a shared link shows (Zalo, Facebook, X) and what search engines read: Open Graph and
 * Twitter card tags, canonical URLs, and an article's schema.org NewsArticle data, all absolute.
 * Bakes the "readers" fixture with the sample templates.
 */
class SharingTest {
    private static final String HOST = "https://bantin.example.vn/";
    private static final String SHARE_IMAGE = HOST + "anh/chia-se.png";

    @TempDir
    static Path folder;
    static FixtureSite site;

    @BeforeAll
    static void bake() {
        site = FixtureSite.withSampleTemplates("readers", folder.resolve("site"));
        site.bake();
    }

    @Test
    void everyPageHasOneAbsoluteAddressForCanonicalAndOpenGraph() {
        int pages = 0;
        for (String path : htmlPages(site)) {
            if (path.equals("404.html")) {
                continue;
            }
            Document page = page(site, path);
            String expected = HOST + path.replaceFirst("index\\.html$", "");
            assertEquals(expected, page.selectFirst("head link[rel=canonical]").attr("href"), path);
            assertEquals(expected, meta(page, "og:url"), path);
            assertEquals("Bản tin thử nghiệm", meta(page, "og:site_name"), path);
            assertFalse(meta(page, "og:title").isEmpty(), path);
            assertFalse(meta(page, "og:description").isEmpty(), path);
            assertEquals(path.startsWith("en/") ? "en_US" : "vi_VN", meta(page, "og:locale"), path);
            assertEquals(meta(page, "og:title"), named(page, "twitter:title"), path);
            pages++;
        }
        assertTrue(pages > 15, "every page was checked: " + pages);
    }

    @Test
    void anArticleSharesItsPngCoverWithItsDescription() {
        Document article = page(site, "tin-tuc/hoi-nghi-trien-khai/index.html");
        assertEquals("article", meta(article, "og:type"));
        assertEquals("Hội nghị triển khai kế hoạch cải cách hành chính", meta(article, "og:title"));
        assertEquals("Xã tổ chức hội nghị triển khai Kế hoạch số 54/KH-UBND.", meta(article, "og:description"));
        assertEquals(HOST + "tin-tuc/anh/hoi-nghi.png", meta(article, "og:image"));
        assertEquals("Đại biểu dự hội nghị tại hội trường xã", meta(article, "og:image:alt"));
        assertEquals("2024-03-21T15:46+07:00", meta(article, "article:published_time"));
        assertEquals("summary_large_image", named(article, "twitter:card"));
        assertEquals(HOST + "tin-tuc/anh/hoi-nghi.png", named(article, "twitter:image"));
    }

    @Test
    void anSvgCoverIsReplacedByTheConfiguredImageWhichPreviewsCanShow() {
        Document article = page(site, "tin-tuc/so-hoa-ho-so/index.html");
        assertEquals(SHARE_IMAGE, meta(article, "og:image"));
        assertEquals("Bản tin thử nghiệm", meta(article, "og:image:alt"));
        assertEquals(SHARE_IMAGE, meta(page(site, "index.html"), "og:image"), "pages without a picture share it too");
        assertEquals("website", meta(page(site, "index.html"), "og:type"));
    }

    @Test
    void anArticleCarriesNewsArticleDataThatParsesAsJson() throws IOException {
        Document article = page(site, "tin-tuc/hoi-nghi-trien-khai/index.html");
        JsonNode data = jsonLd(article);
        assertEquals("https://schema.org", data.get("@context").asText());
        assertEquals("NewsArticle", data.get("@type").asText());
        assertEquals(article.selectFirst("main h1").text(), data.get("headline").asText());
        assertEquals("2024-03-21T15:46+07:00", data.get("datePublished").asText());
        assertTrue(data.get("datePublished").asText().endsWith("+07:00"), "Vietnam's offset");
        assertEquals(HOST + "tin-tuc/hoi-nghi-trien-khai/", data.get("mainEntityOfPage").get("@id").asText());
        assertEquals(HOST + "tin-tuc/hoi-nghi-trien-khai/", data.get("url").asText());
        assertEquals(HOST + "tin-tuc/anh/hoi-nghi.png", data.get("image").get(0).asText());
        assertEquals("Tin tức – Sự kiện", data.get("articleSection").asText());
        assertEquals("vi", data.get("inLanguage").asText());
        assertEquals("Person", data.get("author").get(0).get("@type").asText());
        assertEquals("Nguyễn Thị Lan", data.get("author").get(0).get("name").asText());
        JsonNode publisher = data.get("publisher");
        assertEquals("GovernmentOrganization", publisher.get("@type").asText());
        assertEquals("UBND xã Thử Nghiệm", publisher.get("name").asText());
        assertEquals(HOST, publisher.get("url").asText());
    }

    @Test
    void aBylineNamingAUnitIsAnOrganisationAndNoBylineIsThePublisher() throws IOException {
        JsonNode unit = jsonLd(page(site, "tin-tuc/so-hoa-ho-so/index.html")).get("author").get(0);
        assertEquals("Organization", unit.get("@type").asText());
        assertEquals("Phòng Văn hóa và Thông tin", unit.get("name").asText());
        JsonNode none = jsonLd(page(site, "tin-tuc/lich-tiep-cong-dan/index.html")).get("author").get(0);
        assertEquals("GovernmentOrganization", none.get("@type").asText());
        assertEquals("UBND xã Thử Nghiệm", none.get("name").asText());
    }

    @Test
    void onlyArticlesCarryNewsArticleData() {
        for (String path : htmlPages(site)) {
            boolean isArticle = path.startsWith("tin-tuc/") && !path.equals("tin-tuc/index.html");
            assertEquals(isArticle, page(site, path).selectFirst("script[type=application/ld+json]") != null, path);
        }
    }

    @Test
    void underASubPathEverySharedAddressHoldsIt(@TempDir Path other) throws IOException {
        FixtureSite subPath = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        String properties = Files.readString(subPath.root().resolve("jbake.properties"))
                .replace("bantin.base_path=/", "bantin.base_path=/ban-tin/");
        subPath.write("jbake.properties", properties).bake();
        Document article = page(subPath, "tin-tuc/hoi-nghi-trien-khai/index.html");
        String expected = HOST + "ban-tin/tin-tuc/hoi-nghi-trien-khai/";
        assertEquals(expected, meta(article, "og:url"));
        assertEquals(expected, article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(HOST + "ban-tin/tin-tuc/anh/hoi-nghi.png", meta(article, "og:image"));
        assertEquals(expected, jsonLd(article).get("url").asText());
        assertEquals(HOST + "ban-tin/anh/chia-se.png", meta(page(subPath, "index.html"), "og:image"));
    }

    @Test
    void withoutAConfiguredImageAPageWithoutAPngCoverClaimsNone(@TempDir Path other) throws IOException {
        FixtureSite plain = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        String properties = Files.readString(plain.root().resolve("jbake.properties"))
                .replace("bantin.share.image=/anh/chia-se.png", "");
        plain.write("jbake.properties", properties).bake();
        Document article = page(plain, "tin-tuc/so-hoa-ho-so/index.html");
        assertNull(article.selectFirst("meta[property=og:image]"));
        assertEquals("summary", named(article, "twitter:card"));
        assertEquals(HOST + "tin-tuc/anh/hoi-nghi.png",
                meta(page(plain, "tin-tuc/hoi-nghi-trien-khai/index.html"), "og:image"));
    }

    @Test
    void aShareImagePreviewsCannotShowOrThatIsMissingIsAConfigurationError(@TempDir Path other) throws IOException {
        FixtureSite broken = FixtureSite.withSampleTemplates("readers", other.resolve("site"));
        Path properties = broken.root().resolve("jbake.properties");
        String original = Files.readString(properties);

        Files.writeString(properties, original.replace("/anh/chia-se.png", "/favicon.svg"));
        Problem svg = broken.bakeFailing().errors().get(0);
        assertEquals("jbake.properties", svg.path());
        assertTrue(svg.message().contains("bantin.share.image: '/favicon.svg' is not a PNG, JPEG, GIF or WebP image"),
                svg.message());
        assertTrue(svg.hint().contains("SVG"), svg.hint());

        Files.writeString(properties, original.replace("/anh/chia-se.png", "/anh/khong-co.png"));
        Problem missing = broken.bakeFailing().errors().get(0);
        assertTrue(missing.message().contains("no file anh/khong-co.png in assets/ or content/"), missing.message());
    }

    /** The article's JSON-LD, parsed by a real JSON parser. */
    static JsonNode jsonLd(Document page) throws IOException {
        Element script = page.selectFirst("head script[type=application/ld+json]");
        assertNotNull(script, "JSON-LD data in the head");
        return new ObjectMapper().readTree(script.data());
    }

    private static String meta(Document page, String property) {
        List<Element> found = page.select("head meta[property=" + property + "]");
        assertEquals(1, found.size(), property + " once");
        return found.get(0).attr("content");
    }

    private static String named(Document page, String name) {
        List<Element> found = page.select("head meta[name=" + name + "]");
        assertEquals(1, found.size(), name + " once");
        return found.get(0).attr("content");
    }

    static List<String> htmlPages(FixtureSite from) {
        return from.outputFiles().stream().filter(path -> path.endsWith(".html")).toList();
    }

    static Document page(FixtureSite from, String path) {
        return Jsoup.parse(from.read(path));
    }
}
