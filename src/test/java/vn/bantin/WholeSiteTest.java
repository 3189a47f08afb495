package vn.bantin;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.OutputLinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the "basic" fixture with the sample's real templates and checks the whole output. */
class WholeSiteTest {
    @TempDir
    static Path folder;
    static FixtureSite site;

    @BeforeAll
    static void bake() {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        site.bake();
    }

    @Test
    void everyExpectedPageExists() {
        List<String> expected = List.of("index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml",
                "tin-tuc/index.html", "tin-tuc/trang/2/index.html", "tin-tuc/feed.xml",
                "hoi-dap/index.html", "hoi-dap/feed.xml",
                "tin-tuc/hoi-nghi-trien-khai/index.html",
                "tin-tuc/day-manh-tuyen-truyen-ve-cai-cach-hanh-chinh/index.html",
                "tin-tuc/so-hoa-ho-so/index.html", "hoi-dap/nop-ho-so-truc-tuyen/index.html",
                "gioi-thieu/index.html",
                "tag/index.html", "tag/cai-cach-hanh-chinh/index.html", "tag/cai-cach-hanh-chinh/trang/2/index.html",
                "tag/cai-cach-hanh-chinh/feed.xml", "tag/mot-cua/index.html",
                "luu-tru/index.html", "luu-tru/2024/index.html", "luu-tru/2024/03/index.html",
                "tin-tuc/anh/hoi-nghi.svg", "css/bantin.css");
        List<String> missing = expected.stream().filter(path -> !site.exists(path)).toList();
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertEquals(List.of(), OutputLinks.broken(site.output(), "/"));
    }

    @Test
    void draftsAndScheduledArticlesAreNotPublished() {
        for (String path : site.outputFiles()) {
            if (path.endsWith(".html") || path.endsWith(".xml")) {
                String text = site.read(path);
                assertFalse(text.contains("Bài đang soạn"), path + " shows the draft");
                assertFalse(text.contains("Bài hẹn giờ đăng"), path + " shows the scheduled article");
            }
        }
        assertFalse(site.exists("tin-tuc/ban-nhap/index.html"));
        assertFalse(site.exists("tin-tuc/bai-hen-gio/index.html"));
        assertFalse(site.exists("tag/ban-nhap-rieng/index.html"), "a tag used only by a draft has no page");
    }

    @Test
    void tagsDifferingInCaseOrNormalisationAreOneTag() {
        List<String> tagPages = site.outputFiles().stream()
                .filter(path -> path.matches("tag/[^/]+/index.html")).toList();
        assertEquals(List.of("tag/cai-cach-hanh-chinh/index.html", "tag/chuyen-doi-so/index.html",
                "tag/dich-vu-cong-truc-tuyen/index.html", "tag/mot-cua/index.html", "tag/so-hoa/index.html"), tagPages);
        Document index = page("tag/index.html");
        Element link = index.selectFirst("main a[href='cai-cach-hanh-chinh/']");
        assertNotNull(link, "the tags index links the merged tag");
        assertEquals("cải cách hành chính", link.text());
        assertTrue(link.parent().text().contains("3"), "count of the merged tag: " + link.parent().text());
    }

    @Test
    void articlePageShowsEverythingAnArticleHas() {
        Document article = page("tin-tuc/hoi-nghi-trien-khai/index.html");
        assertEquals("Hội nghị triển khai kế hoạch cải cách hành chính", article.selectFirst("h1").text());
        String text = article.text();
        assertTrue(text.contains("21/03/2024 15:46"), "date and time in Vietnamese order");
        assertEquals("2024-03-21T15:46+07:00", article.selectFirst("time").attr("datetime"));
        assertTrue(text.contains("Phòng Văn hóa và Thông tin"), "author");
        assertTrue(text.contains("Đài truyền thanh xã"), "source");
        assertTrue(text.contains("Quang cảnh hội nghị"), "cover caption");
        assertNotNull(article.selectFirst("a[href='../../tag/mot-cua/']"), "tag link, made relative");
        assertNotNull(article.selectFirst("nav a[href='../../']"), "breadcrumb to home");
        assertNotNull(article.selectFirst("h2#noi-dung-chinh"), "heading id from its Vietnamese text");
        assertNotNull(article.selectFirst("img[src='../anh/hoi-nghi.svg']"), "image next to the article");
        assertTrue(text.contains("Các bài mới đăng"), "newer articles of the section");
        assertTrue(text.contains("Các bài đã đăng"), "older articles of the section");
        assertNotNull(article.selectFirst("a[href='../day-manh-tuyen-truyen-ve-cai-cach-hanh-chinh/']"), "newer article");
        assertNotNull(article.selectFirst("a[href='../so-hoa-ho-so/']"), "older article");
        assertNotNull(article.selectFirst("a[href='../../hoi-dap/nop-ho-so-truc-tuyen/']"),
                "related article in another section, sharing the tag một cửa");
    }

    @Test
    void everyPageAnnouncesTheSiteFeed() {
        for (String path : site.outputFiles()) {
            if (path.endsWith(".html") && !path.equals("404.html")) {
                Document document = page(path);
                assertFalse(document.select("head link[rel=alternate][type=application/rss+xml]").isEmpty(), path);
            }
        }
        Document section = page("tin-tuc/index.html");
        assertNotNull(section.selectFirst("head link[rel=alternate][href='feed.xml']"), "the section's own feed");
    }

    @Test
    void sectionsAndTagsArePaginated() {
        Document first = page("tin-tuc/index.html");
        Document second = page("tin-tuc/trang/2/index.html");
        assertEquals(2, countArticles(first));
        assertEquals(1, countArticles(second));
        assertNotNull(second.selectFirst("a[rel=prev]"));
        assertTrue(second.text().contains("Số hóa hồ sơ tại bộ phận một cửa"), "oldest article on the last page");
    }

    @Test
    void siteFeedParsesAndMatchesTheContent() throws Exception {
        SyndFeed feed = feed("feed.xml");
        assertEquals("Bản tin thử nghiệm", feed.getTitle());
        List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertEquals(List.of("Đẩy mạnh tuyên truyền về cải cách hành chính",
                "Hội nghị triển khai kế hoạch cải cách hành chính", "Số hóa hồ sơ tại bộ phận một cửa",
                "Hỏi đáp về nộp hồ sơ trực tuyến"), titles);
        SyndEntry entry = feed.getEntries().get(1);
        assertEquals("https://bantin.example.vn/tin-tuc/hoi-nghi-trien-khai/", entry.getLink());
        assertEquals("https://bantin.example.vn/tin-tuc/hoi-nghi-trien-khai/", entry.getUri(), "stable guid");
        assertEquals(Instant.parse("2024-03-21T08:46:00Z"), entry.getPublishedDate().toInstant());
        Set<String> categories = entry.getCategories().stream().map(SyndCategory::getName).collect(Collectors.toSet());
        assertTrue(categories.containsAll(Set.of("Tin tức – Sự kiện", "cải cách hành chính", "một cửa")),
                "section and tags, 'Một cửa' merged into the other article's 'một cửa': " + categories);
        String content = entry.getContents().get(0).getValue();
        assertTrue(content.contains("src=\"https://bantin.example.vn/tin-tuc/anh/hoi-nghi.svg\""),
                "absolute image URL in content:encoded");
        String xml = site.read("feed.xml");
        assertTrue(xml.contains("<pubDate>Thu, 21 Mar 2024 15:46:00 +0700</pubDate>"), "RFC 822 with +07:00");
        assertTrue(xml.contains("rel=\"self\""), "atom:link self");
    }

    @Test
    void sectionAndTagFeedsHoldTheirArticles() throws Exception {
        assertEquals(List.of("Hỏi đáp về nộp hồ sơ trực tuyến"),
                feed("hoi-dap/feed.xml").getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(3, feed("tag/cai-cach-hanh-chinh/feed.xml").getEntries().size());
    }

    @Test
    void sitemapListsPagesWithAbsoluteUrls() {
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://bantin.example.vn/tin-tuc/hoi-nghi-trien-khai/</loc><lastmod>2024-03-21</lastmod>"));
        assertFalse(sitemap.contains("404.html"));
        assertTrue(site.read("robots.txt").contains("Sitemap: https://bantin.example.vn/sitemap.xml"));
    }

    @Test
    void worksUnderASubPath(@TempDir Path other) throws Exception {
        FixtureSite subPath = FixtureSite.withSampleTemplates("basic", other.resolve("site"));
        String properties = Files.readString(subPath.root().resolve("jbake.properties"))
                .replace("bantin.base_path=/", "bantin.base_path=/ban-tin/");
        subPath.write("jbake.properties", properties).bake();
        assertEquals(List.of(), OutputLinks.broken(subPath.output(), "/ban-tin/"));
        assertEquals("https://bantin.example.vn/ban-tin/tin-tuc/hoi-nghi-trien-khai/",
                feed(subPath, "feed.xml").getEntries().get(1).getLink());
        Document notFound = Jsoup.parse(subPath.read("404.html"));
        assertNotNull(notFound.selectFirst("link[href='/ban-tin/css/bantin.css']"),
                "the 404 page, served at any depth, links from the base path");
    }

    @Test
    void sectionShowsTheTextOfItsIndexFileOnItsFirstPage(@TempDir Path other) {
        FixtureSite withIntro = FixtureSite.withSampleTemplates("basic", other.resolve("site"));
        withIntro.write("content/hoi-dap/_index.md", "---\ntitle: Hỏi đáp\norder: 2\n---\nGửi câu hỏi qua **hộp thư**.\n")
                .bake();
        assertNotNull(Jsoup.parse(withIntro.read("hoi-dap/index.html")).selectFirst("main strong:containsOwn(hộp thư)"));
    }

    @Test
    void withoutTagPagesTagsAreShownAsTextAndNoLinkBreaks(@TempDir Path other) throws Exception {
        FixtureSite noTags = FixtureSite.withSampleTemplates("basic", other.resolve("site"));
        String properties = Files.readString(noTags.root().resolve("jbake.properties"))
                .replace("render.tagsindex=true", "render.tagsindex=false") + "render.tags=false\n";
        noTags.write("jbake.properties", properties).bake();
        assertFalse(noTags.outputFiles().stream().anyMatch(path -> path.startsWith("tag/")), "no tag pages or feeds");
        assertEquals(List.of(), OutputLinks.broken(noTags.output(), "/"));
        Document article = Jsoup.parse(noTags.read("tin-tuc/hoi-nghi-trien-khai/index.html"));
        assertTrue(article.select("ul.tags li").eachText().contains("một cửa"), "tags still shown, as text");
    }

    @Test
    void twoBakesOfTheSameInputAreByteIdentical(@TempDir Path other) throws IOException {
        FixtureSite again = FixtureSite.withSampleTemplates("basic", other.resolve("site"));
        again.bake();
        assertEquals(site.outputFiles(), again.outputFiles());
        for (String path : site.outputFiles()) {
            assertArrayEquals(Files.readAllBytes(site.output().resolve(path)),
                    Files.readAllBytes(again.output().resolve(path)), path);
        }
    }

    private static int countArticles(Document page) {
        return page.select("main h2 a[href], main h3 a[href]").stream()
                .filter(a -> !a.attr("href").contains("trang")).map(a -> a.attr("href")).collect(Collectors.toSet()).size();
    }

    private static Document page(String path) {
        return Jsoup.parse(site.read(path));
    }

    private static SyndFeed feed(String path) throws Exception {
        return feed(site, path);
    }

    private static SyndFeed feed(FixtureSite from, String path) throws Exception {
        try (XmlReader reader = new XmlReader(from.output().resolve(path).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }
}
