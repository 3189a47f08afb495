package vn.bantin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bakes the "procedures" fixture with the sample's templates: civil-status procedures at commune
 * level (one written with a lower-case field, one replaced, one abolished), a construction permit
 * at district level, a hosted decision cited as legal basis, and tags shared with an article; and
 * two procedures written in bulk, one in a YAML file and one in a CSV file of {@code data/thu-tuc/}.
 */
class ProceduresTest {
    private static final String CATALOG = "thu-tuc/index.html";
    private static final String BIRTH = "thu-tuc/1-001193/index.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static FixtureSite site;

    @BeforeAll
    static void bake() {
        site = FixtureSite.withSampleTemplates("procedures", folder.resolve("site"));
        site.bake();
    }

    @Test
    void everyProcedureHasItsPageAndTheCatalogItsFiles() {
        List<String> expected = List.of(CATALOG, BIRTH, "thu-tuc/1-000656/index.html", "thu-tuc/1-000894/index.html",
                "thu-tuc/1-004227/index.html", "thu-tuc/1-009974/index.html", "thu-tuc/2-000111/index.html",
                "thu-tuc/2-000815/index.html", "thu-tuc/1-001653/index.html",
                "thu-tuc/feed.xml", "thu-tuc/thu-tuc.json", "thu-tuc/thu-tuc.csv", "thu-tuc/thu-tuc.schema.json",
                "js/thu-tuc.js");
        List<String> missing = expected.stream().filter(path -> !site.exists(path)).toList();
        assertTrue(missing.isEmpty(), "missing: " + missing + " in " + site.outputFiles());
        assertEquals(List.of(), OutputLinks.broken(site.output(), "/"));
    }

    @Test
    void theCatalogListsEveryInForceProcedureOnceUnderItsFieldAndLevel() {
        Document catalog = page(CATALOG);
        Map<String, String> placed = new TreeMap<>();
        for (Element item : catalog.select(".procedure-field li[data-text]")) {
            String href = item.selectFirst("a").attr("href");
            String field = item.closest(".procedure-field").selectFirst("h2").ownText();
            String level = item.closest(".procedure-level").selectFirst("h3").ownText();
            assertNull(placed.put(href, field + " / " + level), href + " is listed twice");
        }
        assertEquals(Map.of(
                "1-000656/", "Hộ tịch / Cấp xã",
                "1-001193/", "Hộ tịch / Cấp xã",
                "1-004227/", "Hộ tịch / Cấp xã",
                "1-009974/", "Xây dựng / Cấp huyện",
                "2-000815/", "Chứng thực / Cấp xã",
                "1-001653/", "Bảo trợ xã hội / Cấp xã"), placed,
                "in force only, from files and bulk records; 'hộ tịch' and 'Hộ tịch' are one field, shown as most written");
        assertEquals(List.of("Bảo trợ xã hội", "Chứng thực", "Hộ tịch", "Xây dựng"),
                catalog.select(".procedure-field > h2").eachText().stream()
                .map(text -> text.replaceAll(" \\(.*", "")).toList(), "fields in Vietnamese order");
        assertEquals("Hộ tịch (3 thủ tục)", catalog.selectFirst("#lv-ho-tich > h2").text());
        assertEquals(List.of("Đăng ký kết hôn", "Đăng ký khai sinh", "Đăng ký khai sinh lưu động"),
                catalog.select("#lv-ho-tich li a").eachText(), "by name, Vietnamese collation");
        assertEquals("6 thủ tục đang thực hiện", catalog.selectFirst(".page-meta span").text());
    }

    @Test
    void theFilterCarriesFoldedTextAndIsHiddenWithoutScript() {
        Document catalog = page(CATALOG);
        Element birth = catalog.selectFirst("li:has(a[href='1-001193/'])");
        assertEquals("dang ky khai sinh 1.001193 ho tich", birth.attr("data-text"));
        assertEquals("xa", birth.attr("data-level"));
        assertEquals("toan-trinh", birth.attr("data-online"));
        Element form = catalog.selectFirst("form#tt-loc");
        assertTrue(form.hasAttr("hidden"), "no dead control for a reader without JavaScript");
        assertNotNull(catalog.selectFirst("script[src='../js/thu-tuc.js'][defer]"));
    }

    @Test
    void replacedAndAbolishedProceduresPointToWhatReplacesThem() {
        Document catalog = page(CATALOG);
        Element retired = catalog.selectFirst(".procedure-retired");
        assertEquals(2, retired.select("li").size(), "the replaced and the abolished procedure");
        Element replaced = retired.selectFirst("li:has(a[href='1-000894/'])");
        assertNotNull(replaced.selectFirst("a[href='1-004227/']"), "the catalog links the replacement: " + replaced);
        assertTrue(retired.selectFirst("li:has(a[href='2-000111/'])").text().contains("Đã bãi bỏ"));

        Document old = page("thu-tuc/1-000894/index.html");
        Element notice = old.selectFirst(".notice");
        assertNotNull(notice.selectFirst("a[href='../1-004227/']"), notice.outerHtml());
        assertNull(old.selectFirst(".apply"), "no online button on a replaced procedure");
        Document replacing = page("thu-tuc/1-004227/index.html");
        assertEquals(List.of("../1-000894/"), replacing.select("section:has(#tt-thay-the) a").eachAttr("href"));
    }

    @Test
    void aProcedurePageGivesTheCitizenWhatTheyNeed() {
        Document birth = page(BIRTH);
        assertEquals("Đăng ký khai sinh", birth.selectFirst("h1").text());
        List<List<String>> checklist = new ArrayList<>();
        for (Element row : birth.select("table.checklist tbody tr")) {
            checklist.add(List.of(row.selectFirst("th").text(), row.select("td").get(1).text(), row.select("td").get(2).text()));
        }
        assertEquals(List.of(List.of("Tờ khai đăng ký khai sinh theo mẫu", "1", "0"),
                List.of("Giấy chứng sinh", "1", "0")), checklist);
        List<String> ways = birth.select("section:has(#tt-cach-nop) tbody tr").eachText();
        assertEquals(List.of("Nộp trực tiếp Ngay trong ngày làm việc Miễn lệ phí",
                "Nộp trực tuyến Ngay trong ngày làm việc; hồ sơ nhận sau 15 giờ trả trong ngày làm việc tiếp theo Miễn lệ phí"),
                ways, "a way without its own time takes the procedure's");
        assertEquals("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
                birth.selectFirst(".apply a").attr("href"));
        Element basis = birth.selectFirst("section:has(#tt-can-cu)");
        assertEquals("60/2014/QH13 Luật Hộ tịch (20/11/2014)", basis.select("li").get(0).text());
        assertEquals(List.of("../../van-ban/2150-qd-ubnd-2025/"), basis.select("a").eachAttr("href"),
                "a hosted document is linked, another is plain text");
        assertEquals("../../van-ban/2150-qd-ubnd-2025/", birth.selectFirst(".procedure-updated a").attr("href"));
        assertEquals("2026-09-01", birth.selectFirst(".procedure-updated time").attr("datetime"));
        assertTrue(birth.selectFirst(".procedure-updated").text().contains("Cập nhật lần cuối: 01/09/2026"));
        Element steps = birth.selectFirst("section:has(#tt-trinh-tu)");
        assertEquals(1, steps.select("h2").size(), "the body's own 'Trình tự thực hiện' heading is not repeated");
        assertEquals(3, steps.select("ol li").size());
        assertTrue(birth.selectFirst("section:has(#tt-dieu-kien) .text").wholeText().contains("ngày sinh.\nNgười đi"),
                "line breaks of the conditions are kept");
    }

    @Test
    void theJsonExportValidatesAgainstItsSchemaAndRoundTripsEveryField() throws IOException {
        JsonNode export = JSON.readTree(site.output().resolve("thu-tuc/thu-tuc.json").toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(site.output().resolve("thu-tuc/thu-tuc.schema.json")));
        Set<ValidationMessage> errors = schema.validate(export);
        assertEquals(Set.of(), errors);

        List<String> codes = new ArrayList<>();
        export.get("procedures").forEach(p -> codes.add(p.get("code").asText()));
        assertEquals(List.of("1.000656", "1.000894", "1.001193", "1.001653", "1.004227", "1.009974", "2.000111",
                "2.000815"), codes, "every procedure, retired ones included, by code");
        assertEquals(8, export.get("count").asInt());

        JsonNode birth = export.get("procedures").get(2);
        JsonNode expected = JSON.readTree("""
                {"code": "1.001193", "url": "https://bantin.example.vn/thu-tuc/1-001193/", "title": "Đăng ký khai sinh",
                 "field": "Hộ tịch", "level": "xa", "agency": "UBND xã Thử Nghiệm",
                 "applicants": "Cha, mẹ hoặc người thân của trẻ",
                 "submission": [{"way": "truc-tiep", "processing_time": "Ngay trong ngày làm việc", "fee": "Miễn lệ phí"},
                                {"way": "truc-tuyen", "processing_time": "", "fee": "Miễn lệ phí"}],
                 "documents": [{"name": "Tờ khai đăng ký khai sinh theo mẫu", "originals": 1, "copies": 0},
                               {"name": "Giấy chứng sinh", "originals": 1, "copies": 0}],
                 "processing_time": "Ngay trong ngày làm việc; hồ sơ nhận sau 15 giờ trả trong ngày làm việc tiếp theo",
                 "fees": "Miễn lệ phí", "result": "Giấy khai sinh (bản chính)",
                 "conditions": "Khai sinh trong thời hạn 60 ngày kể từ ngày sinh.\\nNgười đi đăng ký xuất trình giấy tờ tùy thân.",
                 "legal_basis": [{"number": "60/2014/QH13", "title": "Luật Hộ tịch", "date": "2014-11-20"},
                                 {"number": "2150/QĐ-UBND", "title": "Quyết định công bố danh mục thủ tục hành chính lĩnh vực hộ tịch", "date": "2025-08-12"}],
                 "online": "toan-trinh",
                 "online_url": "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
                 "status": "in-force", "replaced_by": null, "replaces": [], "decision": "2150/QĐ-UBND",
                 "updated": "2026-09-01", "tags": ["Hộ tịch", "Dịch vụ công trực tuyến"]}
                """);
        expected.fieldNames().forEachRemaining(key -> assertEquals(expected.get(key), birth.get(key), key));
        assertTrue(birth.get("steps_html").asText().startsWith("<ol>"), birth.get("steps_html").asText());
        JsonNode old = export.get("procedures").get(1);
        assertEquals("replaced", old.get("status").asText());
        assertEquals("1.004227", old.get("replaced_by").asText());
        assertEquals("[\"1.000894\"]", export.get("procedures").get(4).get("replaces").toString());
    }

    @Test
    void bulkRecordsBecomePagesLikeFiles() {
        Document csv = page("thu-tuc/1-001653/index.html");
        assertEquals(List.of("Đơn đề nghị xác định mức độ khuyết tật 1 0", "Bản sao giấy tờ liên quan đến khuyết tật 0 1"),
                csv.select("table.checklist tbody tr").eachText().stream().toList(),
                "one paper per line of the cell, name | originals | copies");
        assertEquals(List.of("Nộp trực tiếp 20 ngày làm việc Không", "Nộp trực tuyến 20 ngày làm việc Không"),
                csv.select("section:has(#tt-cach-nop) tbody tr").eachText());
        assertEquals(List.of("Nộp đơn tại UBND xã.", "Hội đồng xác định mức độ khuyết tật họp."),
                csv.select("section:has(#tt-trinh-tu) ol li").eachText(), "the steps cell is Markdown");
        assertEquals("58/2019/TT-BLĐTBXH Thông tư hướng dẫn (31/12/2019)",
                csv.selectFirst("section:has(#tt-can-cu) li").text());
        Document yaml = page("thu-tuc/2-000815/index.html");
        assertEquals(2, yaml.select("section:has(#tt-trinh-tu) ol li").size());
        assertEquals(1, yaml.select("section:has(#tt-trinh-tu) h2").size(), "the steps' own heading is dropped");
        assertTrue(yaml.selectFirst("section:has(#tt-cach-nop) tbody").text().contains("10.000 đồng/trường hợp"));
    }

    @Test
    void theCsvExportOpensWithACsvParserAndReadsBackLikeTheJson() throws IOException {
        byte[] bytes = Files.readAllBytes(site.output().resolve("thu-tuc/thu-tuc.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "a byte-order mark, so that Excel reads UTF-8");
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
        assertEquals(8, rows.size());
        org.apache.commons.csv.CSVRecord disability = rows.get(3);
        assertEquals("1.001653", disability.get("code"));
        assertEquals("truc-tiep | 20 ngày làm việc | Không\ntruc-tuyen | 20 ngày làm việc", disability.get("submission"));
        assertEquals("Đơn đề nghị xác định mức độ khuyết tật | 1 | 0\nBản sao giấy tờ liên quan đến khuyết tật | 0 | 1",
                disability.get("documents"));
        assertEquals("58/2019/TT-BLĐTBXH | Thông tư hướng dẫn | 2019-12-31", disability.get("legal_basis"));
        assertEquals("Một cửa, Bảo trợ xã hội", disability.get("tags"));
        assertEquals("https://bantin.example.vn/thu-tuc/1-001653/", disability.get("url"));
        JsonNode json = JSON.readTree(site.output().resolve("thu-tuc/thu-tuc.json").toFile()).get("procedures");
        for (int i = 0; i < rows.size(); i++) {
            for (String column : List.of("code", "title", "field", "level", "agency", "applicants", "processing_time",
                    "fees", "result", "conditions", "online", "online_url", "status", "decision", "updated", "steps_html")) {
                assertEquals(json.get(i).get(column).asText(), rows.get(i).get(column), column + " of row " + (i + 1));
            }
        }
    }

    @Test
    void aBrokenExportFailsTheSchema() throws IOException {
        JsonNode export = JSON.readTree(site.output().resolve("thu-tuc/thu-tuc.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) export.get("procedures").get(0)).put("level", "tỉnh");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(site.output().resolve("thu-tuc/thu-tuc.schema.json")));
        assertFalse(schema.validate(export).isEmpty(), "the schema is strict enough to catch a wrong level");
    }

    @Test
    void theProcedureFeedFollowsNewAndUpdatedProcedures() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.output().resolve("thu-tuc/feed.xml").toFile()));
        List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
        assertEquals("https://bantin.example.vn/thu-tuc/1-004227/", links.get(0), "most recently updated first");
        assertEquals(8, links.size());
        assertTrue(feed.getEntries().get(1).getTitle().contains("Đăng ký khai sinh (1.001193)"));
    }

    @Test
    void taggedProceduresJoinTheirTagPageAndFeed() throws Exception {
        Document tag = page("tag/ho-tich/index.html");
        assertEquals(List.of("../../thu-tuc/1-001193/"), tag.select("section:has(#tt-cung-tu-khoa) a").eachAttr("href"));
        assertNotNull(tag.selectFirst(".cards a, .article-list a, article a"), "the tagged article is still listed");
        assertTrue(site.exists("tag/dich-vu-cong-truc-tuyen/index.html"), "a tag only procedures carry has its page");
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.output().resolve("tag/ho-tich/feed.xml").toFile()));
        assertEquals(List.of("https://bantin.example.vn/tin-tuc/mot-cua-xa-tiep-nhan-ho-so-truc-tuyen/",
                        "https://bantin.example.vn/thu-tuc/1-001193/"),
                feed.getEntries().stream().map(SyndEntry::getLink).toList(), "newest first: the article, then the procedure");
    }

    @Test
    void theMenuLeadsToTheCatalog() {
        Document home = page("index.html");
        assertNotNull(home.selectFirst("nav.site-nav a[href='thu-tuc/']"));
        assertNotNull(page(BIRTH).selectFirst("nav.site-nav a[href='../'][aria-current]"));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://bantin.example.vn/thu-tuc/1-001193/</loc><lastmod>2026-09-01</lastmod>"),
                "procedures are in the sitemap, dated by their last update");
    }

    private static Document page(String path) {
        return Jsoup.parse(site.read(path), "");
    }
}
