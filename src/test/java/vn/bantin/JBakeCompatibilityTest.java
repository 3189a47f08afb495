package vn.bantin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site written for JBake's Freemarker engine ({@code sites/jbake-style}: JBake headers, {@code .ftl}
 * templates, a {@code jbake.properties} with JBake keys only) bakes with bantin, and its templates see
 * JBake's variables: {@code content}, {@code config}, {@code published_posts}, {@code published_pages},
 * {@code published_content}, {@code tags}, {@code alltags}, {@code tag}, {@code tag_posts},
 * {@code published_date} and {@code data}.
 *
 * <p>The tests at the end ("JBake idioms") each change one template or file of the fixture to an idiom
 * of JBake's own example templates or documentation, and assert what JBake would produce.
 */
class JBakeCompatibilityTest {
    private static final String HOST = "http://jbake.example.org";

    /** The published posts, newest first, with their output page and the date as the templates print it. */
    private static final String[][] POSTS = {
        {"Số hóa hồ sơ lưu trữ", "blog/so-hoa-ho-so/index.html", "05/03/2024"},
        {"Nộp hồ sơ qua dịch vụ công trực tuyến", "blog/dich-vu-cong-truc-tuyen/index.html", "10/02/2024"},
        {"Bộ phận một cửa liên thông đi vào hoạt động", "blog/mot-cua-lien-thong/index.html", "15/01/2024"},
    };
    private static final String DRAFT_TITLE = "Kế hoạch chưa được duyệt";
    private static final String DRAFT_TEXT = "KHONG-DUOC-XUAT-BAN";
    private static final String DRAFT_SLUG = "ke-hoach-chua-duyet";
    private static final String DRAFT_ONLY_TAG = "bản nháp riêng";

    @TempDir
    Path folder;

    private FixtureSite site;

    @BeforeEach
    void copyFixture() {
        site = FixtureSite.copy("jbake-style", folder);
    }

    @Test
    void bakesEveryPageKindToBantinsAddresses() {
        site.bake();
        List<String> files = site.outputFiles();
        for (String page : List.of("index.html", "about/index.html", "tags/index.html", "luu-tru/index.html",
                "blog/so-hoa-ho-so/index.html", "blog/dich-vu-cong-truc-tuyen/index.html",
                "blog/mot-cua-lien-thong/index.html", "tags/cai-cach-hanh-chinh/index.html",
                "tags/chuyen-doi-so/index.html", "tags/dich-vu-cong/index.html", "tags/mot-cua/index.html",
                "css/style.css", "sitemap.xml", "feed.xml")) {
            assertTrue(files.contains(page), page + " is missing from " + files);
        }
        assertTrue(files.stream().noneMatch(f -> f.endsWith(".ftl")), "templates leak into the output: " + files);
        // no 'section' template in a JBake site, and JBake's render.error404 defaults to false
        assertFalse(files.contains("blog/index.html"), files::toString);
        assertFalse(files.contains("404.html"), files::toString);
    }

    @Test
    void indexListsEveryPublishedPostWithAWorkingLinkAndTheTemplatesDate() {
        site.bake();
        Document index = page("index.html");
        List<Element> items = index.select("ul.posts li.post");
        assertEquals(POSTS.length, items.size(), items::toString);
        for (int i = 0; i < POSTS.length; i++) {
            Element link = items.get(i).selectFirst("a");
            assertEquals(POSTS[i][0], link.text(), "newest first, as published_posts is in JBake");
            assertEquals(POSTS[i][1], target("index.html", link.attr("href")));
            assertTrue(site.exists(target("index.html", link.attr("href"))), link.attr("href"));
            assertEquals(POSTS[i][2], items.get(i).selectFirst("span.date").text());
        }
        // published_content: three posts and one page; alltags: published posts' tags only
        assertEquals("Tổng số nội dung: 4", index.selectFirst("p.content-count").text());
        assertEquals("Chủ đề: cải cách hành chính, chuyển đổi số, dịch vụ công, một cửa",
                index.selectFirst("p.alltags").text(), "config.render_tags == \"true\" shows the tag line");
        // content.title of the home page comes from bantin's site title, JBake has none
        assertEquals("Bản tin", index.selectFirst("h1").text());
    }

    @Test
    void postPageShowsTitleDateBodyAndTags() {
        site.bake();
        Document post = page("blog/dich-vu-cong-truc-tuyen/index.html");
        assertEquals("Nộp hồ sơ qua dịch vụ công trực tuyến", post.selectFirst("h1.post-title").text());
        assertEquals("Nộp hồ sơ qua dịch vụ công trực tuyến", post.title());
        assertEquals("10/02/2024", post.selectFirst("p.post-date").text(), "content.date?string(\"dd/MM/yyyy\")");
        Element body = post.selectFirst("div.post-body");
        assertEquals("Cổng dịch vụ công trực tuyến", body.selectFirst("em").text(), "Markdown is rendered");
        assertTrue(body.text().contains("Kết quả được trả qua bưu điện."), body::html);
        assertEquals(List.of("dịch vụ công", "chuyển đổi số"), post.select("p.post-tags span.tag").eachText(),
                "content.tags is the list of tag names, in header order");
        // ${content.rootpath} makes the links of the header and menu relative to the page
        assertEquals("../../css/style.css", post.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(HOST + "/blog/dich-vu-cong-truc-tuyen/", post.selectFirst("link[rel=canonical]").attr("href"),
                "${config.site_host}/${content.uri}");
    }

    @Test
    void pageRendersWithPageTemplateAndPublishedPages() {
        site.bake();
        Document about = page("about/index.html");
        assertEquals("Giới thiệu", about.selectFirst("h1.page-title").text());
        assertEquals("cải cách hành chính", about.selectFirst("div.page-body strong").text());
        Element listed = about.selectFirst("ul.published-pages a");
        assertEquals("Giới thiệu", listed.text());
        assertEquals(HOST + "/about/", listed.attr("href"), "${config.site_host}/${page.uri} of published_pages");
        assertEquals(1, about.select("ul.published-pages li").size());
        // the menu lists published_pages on every page, relative to the page
        for (String path : List.of("index.html", "blog/so-hoa-ho-so/index.html", "tags/mot-cua/index.html")) {
            Element menuLink = page(path).selectFirst("nav.menu a.page-link");
            assertEquals("Giới thiệu", menuLink.text(), path);
            assertEquals("about/index.html", target(path, menuLink.attr("href")), path);
        }
    }

    @Test
    void eachTagPageNamesItsTagAndListsItsPublishedPosts() {
        site.bake();
        assertTagPage("tags/cai-cach-hanh-chinh/index.html", "cải cách hành chính",
                "Số hóa hồ sơ lưu trữ", "Bộ phận một cửa liên thông đi vào hoạt động");
        assertTagPage("tags/chuyen-doi-so/index.html", "chuyển đổi số",
                "Số hóa hồ sơ lưu trữ", "Nộp hồ sơ qua dịch vụ công trực tuyến");
        assertTagPage("tags/dich-vu-cong/index.html", "dịch vụ công", "Nộp hồ sơ qua dịch vụ công trực tuyến");
        assertTagPage("tags/mot-cua/index.html", "một cửa", "Bộ phận một cửa liên thông đi vào hoạt động");
    }

    private void assertTagPage(String path, String tagName, String... titles) {
        Document tag = page(path);
        assertEquals("Chủ đề: " + tagName, tag.selectFirst("h1.tag-name").text(), "${tag} prints the tag's name");
        List<Element> links = tag.select("ul.tag-posts a");
        assertEquals(List.of(titles), links.stream().map(Element::text).toList(), path + ": tag_posts");
        for (Element link : links) {
            assertTrue(site.exists(target(path, link.attr("href"))), path + " links " + link.attr("href"));
        }
    }

    @Test
    void tagsIndexShowsEveryTagWithItsCountAndLink() {
        site.bake();
        Document index = page("tags/index.html");
        List<Element> items = index.select("ul.tags li");
        assertEquals(List.of("cải cách hành chính [2]", "chuyển đổi số [2]", "dịch vụ công [1]", "một cửa [1]"),
                items.stream().map(Element::text).toList(), "tag.name [tag.tagged_posts?size]; the draft is not counted");
        for (Element item : items) {
            String href = item.selectFirst("a").attr("href");
            assertTrue(site.exists(target("tags/index.html", href)), "tag.uri " + href);
        }
        assertEquals("tags/mot-cua/index.html", target("tags/index.html", items.get(3).selectFirst("a").attr("href")));
        assertEquals("4 chủ đề", index.selectFirst("p.alltags-count").text(), "alltags?size");
    }

    @Test
    void archiveListsPublishedPostsByMonth() {
        site.bake();
        Document archive = page("luu-tru/index.html");
        assertEquals(List.of("Tháng 03/2024", "Tháng 02/2024", "Tháng 01/2024"), archive.select("main h4").eachText());
        List<Element> links = archive.select("main li a");
        assertEquals(POSTS.length, links.size(), links::toString);
        for (int i = 0; i < POSTS.length; i++) {
            assertEquals(POSTS[i][0], links.get(i).text());
            assertEquals(POSTS[i][1], target("luu-tru/index.html", links.get(i).attr("href")));
        }
    }

    @Test
    void configSiteHostDataAndPublishedDateReachEveryPage() {
        site.bake();
        for (String path : List.of("index.html", "about/index.html", "blog/mot-cua-lien-thong/index.html",
                "tags/index.html", "tags/dich-vu-cong/index.html", "luu-tru/index.html")) {
            Document page = page(path);
            assertAll(path,
                () -> assertEquals("Đường dây nóng: 1900 1234", page.selectFirst("p.hotline").text(),
                        "data['links.yaml'].hotline"),
                () -> assertEquals("Trang gốc: " + HOST, page.selectFirst("p.host").text(), "config.site_host"),
                () -> assertEquals(HOST + "/feed.xml", page.select("nav.menu a").last().attr("href"),
                        "${config.site_host}/${config.feed_file}"),
                () -> assertTrue(page.selectFirst("p.last-published").text().matches("Cập nhật: \\d{2}/\\d{2}/\\d{4}"),
                        "published_date is a date: " + page.selectFirst("p.last-published").text()),
                () -> assertTrue(site.exists(target(path, page.selectFirst("link[rel=stylesheet]").attr("href"))),
                        "the stylesheet link resolves"),
                () -> assertEquals("tags/index.html", target(path,
                        page.select("nav.menu a").get(page.select("nav.menu a").size() - 2).attr("href")),
                        "config.render_tagsindex and config.tag_path"));
        }
        // bantin's own sitemap uses JBake's site.host too
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains(HOST + "/blog/so-hoa-ho-so/"), sitemap);
        assertTrue(sitemap.contains(HOST + "/about/"), sitemap);
    }

    @Test
    void assetsAreCopiedAsTheyAre() throws IOException {
        site.bake();
        assertArrayEquals(Files.readAllBytes(site.root().resolve("assets/css/style.css")),
                Files.readAllBytes(site.output().resolve("css/style.css")));
        assertEquals("css/style.css", page("index.html").selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void draftAppearsNowhere() {
        site.bake();
        List<String> files = site.outputFiles();
        assertTrue(files.stream().noneMatch(f -> f.contains(DRAFT_SLUG) || f.contains("ban-nhap-rieng")),
                files::toString);
        for (String file : files) {
            if (file.endsWith(".css")) {
                continue;
            }
            String text = site.read(file);
            assertAll(file,
                () -> assertFalse(text.contains(DRAFT_TITLE), "draft title"),
                () -> assertFalse(text.contains(DRAFT_TEXT), "draft text"),
                () -> assertFalse(text.contains(DRAFT_SLUG), "draft address"),
                () -> assertFalse(text.contains(DRAFT_ONLY_TAG), "tag only the draft carries"));
        }
    }

    // ---- JBake idioms: each changes one file of the fixture to what JBake's templates or docs use ----

    /** JBake's documented accessor: {@code data} is a DataFileUtil with {@code get(String)}. */
    @Test
    void dataFilesAreReadWithJBakesDataGet() {
        site.write("templates/footer.ftl", read("templates/footer.ftl")
                .replace("data['links.yaml'].hotline", "data.get('links.yaml').hotline"));
        site.bake();
        assertEquals("Đường dây nóng: 1900 1234", page("index.html").selectFirst("p.hotline").text());
    }

    /** JBake's own page.ftl prints {@code content.date?string(…)}: a page's date is a date, as a post's is. */
    @Test
    void pageDateIsADateAsInJBake() {
        site.write("templates/page.ftl", read("templates/page.ftl").replace("<div class=\"page-body\">",
                "<p class=\"page-date\">${content.date?string(\"dd/MM/yyyy\")}</p>\n    <div class=\"page-body\">"));
        site.bake();
        assertEquals("01/01/2024", page("about/index.html").selectFirst("p.page-date").text());
    }

    /** JBake splits {@code tags=a,b} into a list for every document type, pages included. */
    @Test
    void pageTagsAreAListAsInJBake() {
        site.write("content/about.md", read("content/about.md").replace("type=page\n", "type=page\ntags=giới thiệu,phường\n"));
        site.write("templates/page.ftl", read("templates/page.ftl").replace("<div class=\"page-body\">",
                "<p class=\"page-tags\"><#list content.tags as t><span>${t}</span></#list></p>\n    <div class=\"page-body\">"));
        site.bake();
        assertEquals(List.of("giới thiệu", "phường"), page("about/index.html").select("p.page-tags span").eachText());
    }

    /** JBake's example index.ftl links the archive with {@code ${content.rootpath}${config.archive_file}}. */
    @Test
    void archiveLinkOfJBakesIndexTemplateResolves() {
        site.write("templates/index.ftl", read("templates/index.ftl").replace("<#include \"footer.ftl\">",
                "<p class=\"older\"><a href=\"${content.rootpath}${config.archive_file}\">Lưu trữ</a></p>\n"
                        + "<#include \"footer.ftl\">"));
        site.bake();
        String href = page("index.html").selectFirst("p.older a").attr("href");
        assertEquals("luu-tru/index.html", target("index.html", href));
    }

    /** JBake's example index.ftl lists {@code posts} (every post) and keeps those with status "published". */
    @Test
    void typedDocumentListsOfJBakeExist() {
        site.write("templates/index.ftl", read("templates/index.ftl")
                .replace("<#list published_posts as post>", "<#list posts as post>"));
        site.bake();
        assertEquals(List.of(POSTS[0][0], POSTS[1][0], POSTS[2][0]),
                page("index.html").select("ul.posts li.post a").eachText());
    }

    // ---- helpers ----

    private String read(String sitePath) {
        try {
            return Files.readString(site.root().resolve(sitePath));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Document page(String outputPath) {
        assertTrue(site.exists(outputPath), outputPath + " was not written: " + site.outputFiles());
        return Jsoup.parse(site.read(outputPath));
    }

    /** The output file a relative or root-relative link of the page at {@code fromPath} points to. */
    private static String target(String fromPath, String href) {
        assertFalse(href.isEmpty(), "empty link on " + fromPath);
        URI resolved = URI.create("http://site.invalid/" + fromPath).resolve(href);
        assertEquals("site.invalid", resolved.getHost(), href + " on " + fromPath + " leaves the site");
        String path = resolved.getPath().substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
