package vn.bantin;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.OutputLinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes the "documents" fixture with the sample's templates: a chain of documents (a Government
 * resolution, a district five-year plan, the district's 2025 plan, a commune's plan), a number the
 * district used in two years, a replaced decision and articles that cite them.
 */
class DocumentsTest {
    private static final String PLAN_2025 = "van-ban/54-kh-ubnd-2025/index.html";
    private static final String FIVE_YEAR_PLAN = "van-ban/10-kh-ubnd-2021/index.html";

    @TempDir
    static Path folder;
    static FixtureSite site;
    static Bake.Result result;

    @BeforeAll
    static void bake() {
        site = FixtureSite.withSampleTemplates("documents", folder.resolve("site"));
        result = site.bake();
    }

    @Test
    void everyDocumentPageFilterAndFeedIsWritten() {
        List<String> expected = List.of("van-ban/index.html", "van-ban/trang/2/index.html", "van-ban/trang/3/index.html",
                "van-ban/feed.xml", "van-ban/76-nq-cp-2021/index.html", FIVE_YEAR_PLAN, PLAN_2025,
                "van-ban/15-kh-ubnd-2025/index.html", "van-ban/08-kh-ubnd-2024/index.html",
                "van-ban/08-kh-ubnd-2025/index.html", "van-ban/200-qd-ubnd-2021/index.html",
                "van-ban/300-qd-ubnd-2024/index.html", "van-ban/nam/2025/index.html", "van-ban/nam/2021/index.html",
                "van-ban/loai/ke-hoach/index.html", "van-ban/loai/ke-hoach/trang/2/index.html",
                "van-ban/loai/nghi-quyet/index.html", "van-ban/co-quan/chinh-phu/index.html",
                "van-ban/co-quan/ubnd-huyen-thu-nghiem/index.html", "van-ban/co-quan/ubnd-xa-thu-nghiem/index.html",
                "van-ban/tep/54-kh-ubnd-2025.pdf");
        List<String> missing = expected.stream().filter(path -> !site.exists(path)).toList();
        assertTrue(missing.isEmpty(), "missing: " + missing + " in " + site.outputFiles());
    }

    @Test
    void everyInternalLinkResolves() {
        assertEquals(List.of(), OutputLinks.broken(site.output(), "/"));
    }

    @Test
    void theChainLinksBothWays() {
        Document plan = page(PLAN_2025);
        assertEquals(List.of("../10-kh-ubnd-2021/"), hrefs(plan, "section:has(#vb-thuc-hien) a"),
                "the 2025 plan implements the five-year plan");
        assertEquals(List.of("../76-nq-cp-2021/", "../10-kh-ubnd-2021/"), hrefs(plan, "section:has(#vb-can-cu) a"),
                "based on, in the order written");
        assertEquals(List.of("../15-kh-ubnd-2025/"), hrefs(plan, "section:has(#vb-van-ban-thuc-hien) a"),
                "the commune's plan implements it: computed backwards");

        Document fiveYears = page(FIVE_YEAR_PLAN);
        assertEquals(List.of("../54-kh-ubnd-2025/"), hrefs(fiveYears, "section:has(#vb-van-ban-thuc-hien) a"));
        assertEquals(List.of("../76-nq-cp-2021/"), hrefs(fiveYears, "section:has(#vb-thuc-hien) a"));
        Element basedOn = fiveYears.selectFirst("section:has(#vb-can-cu) ul");
        assertEquals(List.of("Nghị quyết số 76/NQ-CP", "23/CT-TTg"), basedOn.select("li").stream()
                .map(li -> li.selectFirst("a") != null ? li.selectFirst("a").text() : li.text()).toList(),
                "a number the site does not host is plain text");
        assertEquals(List.of("../../tin-tuc/ke-hoach-cai-cach-hanh-chinh-giai-doan-moi/"),
                hrefs(fiveYears, "section:has(#vb-bai-viet) a"), "the article listing it in its front matter");

        Document resolution = page("van-ban/76-nq-cp-2021/index.html");
        assertEquals(List.of("../10-kh-ubnd-2021/"), hrefs(resolution, "section:has(#vb-van-ban-thuc-hien) a"));
    }

    @Test
    void replacedDocumentsPointAtEachOther() {
        Document old = page("van-ban/200-qd-ubnd-2021/index.html");
        assertEquals("Bị thay thế", old.selectFirst("dl.doc-data .validity").text());
        assertNotNull(old.selectFirst("dl.doc-data a[href='../300-qd-ubnd-2024/']"), "the replacing decision");
        Document replacing = page("van-ban/300-qd-ubnd-2024/index.html");
        assertEquals(List.of("../200-qd-ubnd-2021/"), hrefs(replacing, "section:has(#vb-thay-the) a"));
        assertEquals("Hết hiệu lực", page(FIVE_YEAR_PLAN).selectFirst("dl.doc-data .validity").text(),
                "past its expires date on the day of the bake");
        assertEquals("Còn hiệu lực", page(PLAN_2025).selectFirst("dl.doc-data .validity").text());
    }

    @Test
    void documentPageShowsTheOfficialData() {
        Document plan = page(FIVE_YEAR_PLAN);
        assertEquals("Kế hoạch số 10/KH-UBND", plan.selectFirst("h1").text());
        String data = plan.selectFirst("dl.doc-data").text();
        for (String expected : List.of("10/KH-UBND", "UBND huyện Thử Nghiệm", "20/09/2021", "31/12/2025",
                "Nguyễn Văn A, Chủ tịch UBND huyện", "Cải cách hành chính giai đoạn 2021–2025", "2021–2025",
                "cải cách hành chính")) {
            assertTrue(data.contains(expected), expected + " in " + data);
        }
        Element file = plan.selectFirst(".file-list a");
        assertEquals("Toàn văn kế hoạch", file.text());
        assertEquals("../tep/10-kh-ubnd-2021.pdf", file.attr("href"));
        assertEquals("application/pdf", file.attr("type"));
        assertEquals("(PDF, 611 B)", file.parent().selectFirst(".file-meta").text());
        assertNotNull(plan.selectFirst("dl.doc-data a[href='../loai/ke-hoach/']"), "kind links to its filter page");
        assertNotNull(plan.selectFirst("dl.doc-data a[href='../co-quan/ubnd-huyen-thu-nghiem/']"));
        assertNotNull(plan.selectFirst("nav.site-nav a[href='../'][aria-current]"), "the menu's Văn bản entry is current");
    }

    @Test
    void aMentionBecomesExactlyOneLinkAndNoneInCodeLinksOrHeadings() {
        Document article = page("tin-tuc/trien-khai-ke-hoach-nam-2025/index.html");
        Element body = article.selectFirst(".prose");
        Elements links = body.select("a.doc-ref");
        assertEquals(1, links.size(), body.html());
        assertEquals("../../van-ban/54-kh-ubnd-2025/", links.get(0).attr("href"));
        assertEquals("54/KH-UBND", links.get(0).text());
        assertTrue(body.text().contains("Số 154/KH-UBND là"), "a longer number stays as it is");
        assertEquals("54/KH-UBND", body.selectFirst("code").html(), "nothing inside code");
        Element existing = body.selectFirst("a[href='../ke-hoach-cai-cach-hanh-chinh-giai-doan-moi/']");
        assertEquals("Kế hoạch 54/KH-UBND tại bài trước", existing.html(), "an author's link is left alone");
        assertTrue(body.select("h2 a, a a").isEmpty(), "no link in a heading, no link in a link");
        assertTrue(page(PLAN_2025).select("section:has(#vb-bai-viet) a").eachAttr("href")
                .contains("../../tin-tuc/trien-khai-ke-hoach-nam-2025/"), "the document lists the article mentioning it");
    }

    @Test
    void aNumberUsedInTwoYearsIsLinkedByItsDateOrLeftAsText() {
        Element body = page("tin-tuc/kiem-tra-dau-nam/index.html").selectFirst(".prose");
        assertEquals(List.of("../../van-ban/08-kh-ubnd-2025/"), body.select("a.doc-ref").eachAttr("href"),
                "'08/KH-UBND ngày 06/01/2025' is the 2025 plan; the second mention, without a date, is not linked");
        assertTrue(result.warnings().stream().anyMatch(w -> w.path().equals("content/tin-tuc/kiem-tra-dau-nam.md")
                && w.line() == 7 && w.message().equals("the mention of 08/KH-UBND could be 2 documents of this site, so it is not linked")),
                result.warnings().toString());
        assertEquals(List.of("../08-kh-ubnd-2024/"), hrefs(page("van-ban/08-kh-ubnd-2025/index.html"),
                "section:has(#vb-can-cu) a"), "'08/KH-UBND năm 2024' names last year's plan");
    }

    @Test
    void anArticleListsItsRelatedDocuments() {
        Document article = page("tin-tuc/ke-hoach-cai-cach-hanh-chinh-giai-doan-moi/index.html");
        Element block = article.selectFirst("section:has(#vb-lien-quan)");
        assertEquals("Văn bản liên quan", block.selectFirst("h2").text());
        assertEquals(List.of("../../van-ban/10-kh-ubnd-2021/"), block.select("a").eachAttr("href"));
        assertTrue(block.text().contains("23/CT-TTg"), "the unhosted one as text");
    }

    @Test
    void referencesToNumbersNotHostedAreAWarningList() {
        List<String> warnings = result.warnings().stream().map(Problem::toString).toList();
        assertTrue(warnings.contains("content/van-ban/10-kh-ubnd-2021.md:13: warning: '23/CT-TTg' in 'based_on' is not a"
                + " document of this site, so it is shown as plain text (add it as a document (type: document) to link it;"
                + " leave it as it is for a document the site does not publish)"), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(
                "content/tin-tuc/ke-hoach-cai-cach-hanh-chinh-giai-doan-moi.md:4: warning: '23/CT-TTg' in 'documents'")),
                String.join("\n", warnings));
    }

    @Test
    void theRegistryIsNewestFirstAndPaged() {
        List<String> numbers = List.of("van-ban/index.html", "van-ban/trang/2/index.html", "van-ban/trang/3/index.html")
                .stream().flatMap(path -> page(path).select(".doc-table tbody th").eachText().stream()).toList();
        assertEquals(List.of("15/KH-UBND", "54/KH-UBND", "08/KH-UBND", "300/QĐ-UBND", "08/KH-UBND", "200/QĐ-UBND",
                "10/KH-UBND", "76/NQ-CP"), numbers.subList(0, 8));
        assertEquals(8, numbers.size());
        Document first = page("van-ban/index.html");
        assertEquals("Văn bản – Kế hoạch", first.selectFirst("h1").text());
        assertNotNull(first.selectFirst(".pager a[rel=next][href='trang/2/']"));
    }

    @Test
    void filterPagesListTheRightDocumentsWithoutScript() {
        assertEquals(List.of("15/KH-UBND", "54/KH-UBND", "08/KH-UBND"), numbersOn("van-ban/nam/2025/index.html"));
        assertEquals(List.of("200/QĐ-UBND", "10/KH-UBND", "76/NQ-CP"), numbersOn("van-ban/nam/2021/index.html"));
        assertEquals(List.of("76/NQ-CP"), numbersOn("van-ban/loai/nghi-quyet/index.html"));
        assertEquals(List.of("300/QĐ-UBND", "200/QĐ-UBND"), numbersOn("van-ban/loai/quyet-dinh/index.html"));
        assertEquals(List.of("15/KH-UBND"), numbersOn("van-ban/co-quan/ubnd-xa-thu-nghiem/index.html"));
        List<String> district = new ArrayList<>(numbersOn("van-ban/co-quan/ubnd-huyen-thu-nghiem/index.html"));
        district.addAll(numbersOn("van-ban/co-quan/ubnd-huyen-thu-nghiem/trang/2/index.html"));
        assertEquals(List.of("54/KH-UBND", "08/KH-UBND", "300/QĐ-UBND", "08/KH-UBND", "200/QĐ-UBND", "10/KH-UBND"),
                district, "'UBND HUYỆN THỬ NGHIỆM' is the same issuer, shown with its most used spelling");
        Document year = page("van-ban/nam/2025/index.html");
        assertEquals("Văn bản ban hành năm 2025", year.selectFirst("h1").text());
        assertEquals("page", year.selectFirst(".doc-filters a[href='./']").attr("aria-current"));
        assertEquals(List.of("UBND huyện Thử Nghiệm", "UBND xã Thử Nghiệm"),
                year.select(".doc-filters ul[aria-labelledby=vb-loc-co-quan] a").eachText().subList(1, 3));
        assertTrue(year.select("script:not([src$=js/print.js])").isEmpty(), "the filters are links: no script but"
                + " the print enhancement every page has");
    }

    @Test
    void documentFeedAndSiteFeedParseAndListTheDocuments() throws Exception {
        SyndFeed documents = feed("van-ban/feed.xml");
        List<String> titles = documents.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertEquals(8, titles.size());
        assertEquals("Kế hoạch số 15/KH-UBND: Thông tin, tuyên truyền cải cách hành chính năm 2025 trên địa bàn xã",
                titles.get(0));
        SyndEntry plan = documents.getEntries().get(1);
        assertEquals("https://bantin.example.vn/van-ban/54-kh-ubnd-2025/", plan.getLink());
        assertEquals(Instant.parse("2025-02-23T17:00:00Z"), plan.getPublishedDate().toInstant(), "issued, Vietnam time");
        Set<String> categories = plan.getCategories().stream().map(SyndCategory::getName).collect(Collectors.toSet());
        assertEquals(Set.of("Kế hoạch", "UBND huyện Thử Nghiệm", "tuyên truyền"), categories);
        String content = plan.getContents().get(0).getValue();
        assertTrue(content.contains("href=\"https://bantin.example.vn/van-ban/10-kh-ubnd-2021/\""), "mention linked, absolute");
        assertTrue(content.contains("https://bantin.example.vn/van-ban/tep/54-kh-ubnd-2025.pdf"), "attachment, absolute");

        List<String> site = feed("feed.xml").getEntries().stream().map(SyndEntry::getLink).toList();
        assertEquals(List.of("https://bantin.example.vn/van-ban/15-kh-ubnd-2025/",
                "https://bantin.example.vn/tin-tuc/trien-khai-ke-hoach-nam-2025/",
                "https://bantin.example.vn/van-ban/54-kh-ubnd-2025/",
                "https://bantin.example.vn/tin-tuc/ke-hoach-cai-cach-hanh-chinh-giai-doan-moi/",
                "https://bantin.example.vn/tin-tuc/kiem-tra-dau-nam/",
                "https://bantin.example.vn/van-ban/08-kh-ubnd-2025/"), site.subList(0, 6),
                "articles and documents in one feed, newest first");
        assertEquals(11, site.size());
    }

    @Test
    void theSitemapListsDocumentPages() {
        assertTrue(site.read("sitemap.xml").contains(
                "<loc>https://bantin.example.vn/van-ban/54-kh-ubnd-2025/</loc><lastmod>2025-02-24</lastmod>"));
    }

    @Test
    void aSiteWithoutDocumentTemplatesLinksNothingAndBreaksNothing(@TempDir Path other) throws IOException {
        FixtureSite bare = FixtureSite.withSampleTemplates("documents", other.resolve("site"));
        String properties = Files.readString(bare.root().resolve("jbake.properties"))
                .replace("template.document.file=document.ftlh\n", "").replace("template.documents.file=documents.ftlh\n", "");
        bare.write("jbake.properties", properties).bake();
        assertFalse(bare.exists(PLAN_2025));
        assertFalse(bare.exists("van-ban/index.html"));
        Document article = Jsoup.parse(bare.read("tin-tuc/trien-khai-ke-hoach-nam-2025/index.html"));
        assertTrue(article.select("a.doc-ref").isEmpty());
        assertTrue(article.selectFirst(".prose").text().contains("Kế hoạch số 54/KH-UBND về"), "mentions stay as text");
        assertNull(article.selectFirst("nav.site-nav a[href$='van-ban/']"), "no Văn bản menu entry");
        assertFalse(bare.read("tin-tuc/trien-khai-ke-hoach-nam-2025/index.html").contains("\uE000"), "no mark left");
        assertEquals(List.of(), OutputLinks.broken(bare.output(), "/"));
    }

    @Test
    void jbakeTemplatesSeePublishedDocuments(@TempDir Path other) {
        FixtureSite jbake = FixtureSite.copy("jbake-style", other.resolve("site"));
        jbake.write("content/van-ban/54-kh-ubnd-2025.md", "title=Kế hoạch\ntype=document\nnumber=54/KH-UBND\n"
                + "kind=Kế hoạch\nissuer=UBND huyện Thử Nghiệm\nissued=2025-02-24\nsummary=Tuyên truyền năm 2025\nstatus=published\n~~~~~~\n\nNội dung.\n");
        jbake.write("templates/page.ftl", "<#include \"header.ftl\">\n<ul class=\"docs\"><#list published_documents as d>"
                + "<li>${d.title} ${d.number} ${d.date?string(\"dd/MM/yyyy\")}</li></#list></ul>\n<#include \"footer.ftl\">\n");
        jbake.bake();
        assertEquals(List.of("Kế hoạch số 54/KH-UBND 54/KH-UBND 24/02/2025"),
                Jsoup.parse(jbake.read("about/index.html")).select("ul.docs li").eachText());
    }

    // ---- helpers ----

    private static Document page(String outputPath) {
        assertTrue(site.exists(outputPath), outputPath + " was not written");
        return Jsoup.parse(site.read(outputPath));
    }

    private static List<String> hrefs(Document page, String selector) {
        return page.select(selector).eachAttr("href").stream().distinct().toList();
    }

    private static List<String> numbersOn(String outputPath) {
        return page(outputPath).select(".doc-table tbody th").eachText();
    }

    private static SyndFeed feed(String outputPath) throws Exception {
        try (XmlReader reader = new XmlReader(site.output().resolve(outputPath).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }
}
