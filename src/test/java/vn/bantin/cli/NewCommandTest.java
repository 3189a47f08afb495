package vn.bantin.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.load.FrontMatter;
import vn.bantin.testing.FixtureSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bantin new}: a file named from the title, in the right folder, dated by the clock (21/11/2026
 * 09:00 in Việt Nam), never over an existing file; an article bakes as a draft, then as published.
 */
class NewCommandTest {
    private static final String TITLE = "Hội nghị sơ kết: 6 tháng \"đầu\" năm 2026 của Đảng ủy";
    private static final String FILE = "content/tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2026-cua-dang-uy.md";

    @TempDir
    Path folder;
    FixtureSite site;
    String out;
    String err;

    @BeforeEach
    void setUp() {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
    }

    @Test
    void anArticleIsNamedFromTheTitleDatedNowAndBakesAsADraftThenPublished() throws IOException {
        assertEquals(0, bantin("new", "article", TITLE), err);
        assertEquals(site.root().resolve(FILE).toString(), out.strip(), "the path created, alone on stdout");
        Map<String, Object> header = header(FILE);
        assertEquals(TITLE, header.get("title"), "quotes and ': ' survive the YAML");
        assertEquals("2026-11-21 09:00", header.get("date"), "the clock's time in the site's zone");
        assertEquals("draft", header.get("status"), "a new article is a draft until the author says otherwise");
        assertTrue(err.contains("section: tin-tuc (Tin tức – Sự kiện), the first in the menu")
                && err.contains("--section with one of: hoi-dap"), err);

        site.bake();
        assertFalse(site.exists("tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2026-cua-dang-uy/index.html"),
                "a draft is not published");

        Path file = site.root().resolve(FILE);
        Files.writeString(file, Files.readString(file).replace("status: draft ", "status: published ")
                .replace("Viết đoạn mở đầu ở đây", "Sáng 21/11, Đảng ủy xã tổ chức hội nghị"));
        site.bake();
        String page = site.read("tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2026-cua-dang-uy/index.html");
        assertTrue(page.contains("Hội nghị sơ kết: 6 tháng &quot;đầu&quot; năm 2026 của Đảng ủy")
                || page.contains("Hội nghị sơ kết: 6 tháng \"đầu\" năm 2026 của Đảng ủy"), "the title");
        assertTrue(page.contains("21/11/2026 09:00"), "the date");
        assertTrue(page.contains("Sáng 21/11, Đảng ủy xã tổ chức hội nghị"), "the body");
    }

    @Test
    void sectionIsChosenByFolderOrTitleAndAnUnknownOneListsTheSections() {
        assertEquals(0, bantin("new", "article", "--section", "hoi-dap", "Nộp hồ sơ qua bưu điện?"), err);
        assertTrue(out.strip().endsWith("content/hoi-dap/nop-ho-so-qua-buu-dien.md"), out);
        assertEquals("", err, "no note when the author chose the section");

        assertEquals(0, bantin("new", "article", "Giải đáp", "về", "hộ tịch", "--section", "Hỏi đáp"), err);
        assertTrue(out.strip().endsWith("content/hoi-dap/giai-dap-ve-ho-tich.md"), "words of the title joined: " + out);

        assertEquals(2, bantin("new", "article", "--section", "thong-bao", "Thông báo"));
        assertTrue(err.contains("there is no section 'thong-bao' (use one of: tin-tuc (Tin tức – Sự kiện), hoi-dap (Hỏi đáp))"),
                err);
        assertFalse(Files.exists(site.root().resolve("content/thong-bao")));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        assertEquals(0, bantin("new", "article", "Bài thứ nhất"), err);
        Path file = site.root().resolve("content/tin-tuc/bai-thu-nhat.md");
        Files.writeString(file, "---\ntitle: Đã viết xong\ndate: 2024-01-01\n---\nNội dung quý.\n");

        assertEquals(1, bantin("new", "article", "Bài thứ nhất"));
        assertTrue(err.contains("content/tin-tuc/bai-thu-nhat.md already exists, nothing was written"), err);
        assertEquals("", out);
        assertTrue(Files.readString(file).contains("Nội dung quý."), "the author's text is untouched");
    }

    @Test
    void documentsAndProceduresGetTheirFolderAndTheFieldsOfTheirKind() {
        assertEquals(0, bantin("new", "document", "Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2027"), err);
        String document = "content/van-ban/ke-hoach-thong-tin-tuyen-truyen-cai-cach-hanh-chinh-nam-2027.md";
        assertEquals(site.root().resolve(document).toString(), out.strip());
        Map<String, Object> header = header(document);
        assertEquals("document", header.get("type"));
        assertTrue(header.keySet().containsAll(List.of("number", "kind", "issuer", "issued", "effective", "expires",
                "replaced_by", "signer", "signer_title", "summary", "period", "theme", "fields", "tags", "attachments",
                "based_on", "implements", "status")), header.keySet().toString());
        assertEquals("Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2027", header.get("summary"),
                "a document's title is its summary (trích yếu)");
        assertEquals("draft", header.get("status"));
        assertEquals("UBND xã Thử Nghiệm", header.get("issuer"), "bantin.publisher issues the site's documents");
        assertEquals("2026-11-21", header.get("issued"));
        assertEquals("2026", header.get("period"));

        assertEquals(0, bantin("new", "procedure", "Đăng ký khai sinh"), err);
        String procedure = "content/thu-tuc/dang-ky-khai-sinh.md";
        assertEquals(site.root().resolve(procedure).toString(), out.strip());
        header = header(procedure);
        assertEquals("procedure", header.get("type"));
        assertTrue(header.keySet().containsAll(List.of("title", "code", "field", "level", "agency", "applicants",
                "submission", "documents", "processing_time", "fees", "result", "conditions", "legal_basis",
                "online", "online_url", "status", "replaced_by", "decision", "updated")), header.keySet().toString());
        assertEquals("2026-11-21", header.get("updated"));

        assertEquals(2, bantin("new", "document", "--section", "tin-tuc", "Quyết định"));
        assertTrue(err.contains("--section is only for articles"), err);
    }

    @Test
    void aMissingKindOrTitleIsAUsageError() {
        assertEquals(2, bantin("new"));
        assertTrue(err.contains("new needs what to create: article, document or procedure"), err);
        assertEquals(2, bantin("new", "bai-viet", "Tiêu đề"));
        assertTrue(err.contains("cannot create 'bai-viet': say article, document or procedure"), err);
        assertEquals(2, bantin("new", "article"));
        assertTrue(err.contains("needs a title, in quotes: bantin new article \"Tiêu đề\""), err);
        assertEquals(2, bantin("new", "article", "?!"));
        assertTrue(err.contains("cannot make a file name from the title '?!'"), err);
        assertEquals(2, bantin("bake", "Tiêu đề"));
        assertTrue(err.contains("unexpected 'Tiêu đề' after bake"), err);
    }

    private int bantin(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] withSource = new String[args.length + 2];
        System.arraycopy(args, 0, withSource, 0, args.length);
        withSource[args.length] = "--source";
        withSource[args.length + 1] = site.root().toString();
        int exit = new Main(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), FixtureSite.CLOCK, false).run(withSource);
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private Map<String, Object> header(String path) {
        try {
            FrontMatter.Split split = FrontMatter.split(path, Files.readString(site.root().resolve(path)), "~~~~~~");
            assertEquals(List.of(), split.problems(), "the template is valid front matter");
            assertEquals(FrontMatter.Format.YAML, split.format());
            return split.values();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
