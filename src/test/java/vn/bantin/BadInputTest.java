package vn.bantin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FailedBake;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad input fails the bake with the file, the line, the cause and a hint, and leaves
 * the output of the previous good bake exactly as it was.
 */
class BadInputTest {
    private static final String ARTICLE = "content/tin-tuc/bai-loi.md";

    @TempDir
    Path folder;
    FixtureSite site;
    FailedBake failed;


    @BeforeEach
    void bakeAGoodSiteFirst() throws IOException {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        site.bake();
        failed = new FailedBake(site);
    }

    @Test
    void malformedFrontMatter() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\ntags: [một cửa, số hóa\ndate: 2024-01-02\n---\nNội dung.\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, ARTICLE, 4);
        assertTrue(problem.message().startsWith("the front matter is not valid YAML"), problem.message());
        assertTrue(problem.hint().contains("quote"), problem.hint());
    }

    @Test
    void unparseableDate() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\nauthor: A\ndate: 21-03-2024\n---\nNội dung.\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, ARTICLE, 4);
        assertEquals("cannot read the date '21-03-2024'", problem.message());
        assertTrue(problem.hint().contains("2024-03-21 15:46"), problem.hint());
    }

    /** A tag without a letter or digit makes no page: each article that has it is told. */
    @Test
    void aTagWithoutLetterOrDigitIsReportedInEachArticle() {
        site.write(ARTICLE, "---\ntitle: Bài một\ndate: 2024-01-02\ntags: [một cửa, \"!!!\"]\n---\nNội dung.\n");
        site.write("content/tin-tuc/bai-hai.md", "---\ntitle: Bài hai\ndate: 2024-01-03\ntags: [\"!!!\"]\n---\nNội dung.\n");
        List<Problem> errors = failed.errors();
        assertEquals(List.of("content/tin-tuc/bai-hai.md", ARTICLE), errors.stream().map(Problem::path).sorted().toList());
        for (Problem error : errors) {
            assertEquals("the tag '!!!' has no letter or digit", error.message());
        }
    }

    @Test
    void unknownSectionInFrontMatter() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\ndate: 2024-01-02\nsection: tin-tuc-moi\n---\nNội dung.\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, ARTICLE, 4);
        assertEquals("unknown section 'tin-tuc-moi'", problem.message());
        assertTrue(problem.hint().contains("hoi-dap") && problem.hint().contains("tin-tuc"), problem.hint());
    }

    @Test
    void folderThatIsNoSection() {
        site.write("content/tintuc/bai-loi.md", "---\ntitle: Bài lỗi\ndate: 2024-01-02\n---\nNội dung.\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, "content/tintuc/bai-loi.md", 1);
        assertEquals("'tintuc' is not a known section", problem.message());
        assertTrue(problem.hint().contains("content/tintuc/_index.md"), problem.hint());
    }

    @Test
    void duplicateUrlNamesBothFiles() {
        site.write("content/tin-tuc/ban-sao.md",
                "---\ntitle: Bản sao\ndate: 2024-01-02\nslug: hoi-nghi-trien-khai\n---\nNội dung.\n");
        Problem problem = failed.onlyError();
        assertTrue(problem.message().contains("/tin-tuc/hoi-nghi-trien-khai/"), problem.message());
        assertTrue(problem.message().contains("content/tin-tuc/hoi-nghi-trien-khai.md")
                && problem.message().contains("content/tin-tuc/ban-sao.md"), problem.message());
        assertTrue(problem.hint().contains("slug"), problem.hint());
    }

    @Test
    void brokenInternalLinkNamesTheFileAndLine() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\ndate: 2024-01-02\n---\nĐoạn một.\n\nXem [bài cũ](/tin-tuc/khong-co-bai-nay/).\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, ARTICLE, 7);
        assertEquals("broken link '/tin-tuc/khong-co-bai-nay/': no page or file has this address", problem.message());
    }

    @Test
    void brokenLinkIsFoundInTheBodyNotInTheHeader() {
        site.write(ARTICLE, "---\ntitle: Tuyên truyền\nslug: tuyen-truyen\ndate: 2024-01-02\n---\nĐoạn một.\n\n"
                + "Xem [kế hoạch](../hoi-dap/tuyen-truyen/).\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, ARTICLE, 8);
        assertTrue(problem.message().startsWith("broken link '/hoi-dap/tuyen-truyen/'"), problem.message());
    }

    @Test
    void brokenLinkInAnIncludedTemplateNamesThatTemplate() throws IOException {
        Path layout = site.root().resolve("templates/layout.ftlh");
        List<String> lines = Files.readAllLines(layout);
        int head = lines.indexOf(lines.stream().filter(l -> l.contains("</head>")).findFirst().orElseThrow());
        lines.add(head, "<link rel=\"stylesheet\" href=\"/css/khong-co.css\">");
        Files.write(layout, lines);
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, "templates/layout.ftlh", head + 1);
        assertTrue(problem.message().matches("broken link '/css/khong-co.css': .* \\(on \\d+ pages\\)"),
                problem.message());
    }

    @Test
    void aHeadingThatTakesAnIdOfThePageIsAnError() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\ndate: 2024-01-02\n---\n## Bài mới đăng\n\nĐoạn văn.\n");
        Problem problem = failed.onlyError();
        assertEquals(ARTICLE, problem.path());
        assertEquals("the id 'bai-moi-dang' is used twice on the page /tin-tuc/bai-loi/", problem.message());
        assertTrue(problem.hint().contains("{#another-id}"), problem.hint());
    }

    @Test
    void brokenLinkToAnAnchor() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\ndate: 2024-01-02\n---\nXem [mục](/gioi-thieu/#khong-co-muc).\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, ARTICLE, 5);
        assertTrue(problem.message().contains("the page has no anchor #khong-co-muc"), problem.message());
    }

    @Test
    void missingTitleAndMissingCover() {
        site.write(ARTICLE, "---\ndate: 2024-01-02\ncover: anh/khong-co.jpg\n---\nNội dung.\n");
        List<Problem> errors = failed.errors();
        assertEquals(2, errors.size(), errors.toString());
        FailedBake.assertAt(errors.get(0), ARTICLE, 1);
        assertEquals("'title' is missing", errors.get(0).message());
        FailedBake.assertAt(errors.get(1), ARTICLE, 3);
        assertTrue(errors.get(1).message().contains("cover image 'anh/khong-co.jpg' does not exist"));
    }

    @Test
    void invalidUtf8() {
        byte[] latin1 = "---\ntitle: Bài lỗi\ndate: 2024-01-02\n---\nTi\u00eang Vi\u00eat\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        site.write(ARTICLE, latin1);
        Problem problem = failed.onlyError();
        assertEquals("the file is not valid UTF-8", problem.message());
        FailedBake.assertAt(problem, ARTICLE, 2);
    }

    @Test
    void brokenTemplateNamesTheTemplateAndLine() {
        site.write("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>${content.khongCo.title}</p>\n");
        Problem problem = failed.errors().get(0);
        assertEquals("templates/page.ftlh", problem.path());
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("template error while rendering /gioi-thieu/"), problem.message());
    }

    @Test
    void aSharedPartWithoutItsKeyNamesTheTemplateLineAndTheWayToWriteIt() {
        site.write("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>Trang</p>\n<@cached>${content.title}</@cached>\n");
        Problem problem = failed.errors().get(0);
        assertEquals("templates/page.ftlh", problem.path());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("<@cached> takes one parameter, key, a string"), problem.message());
    }

    @Test
    void allErrorsOfTheBakeAreReportedTogether() {
        site.write(ARTICLE, "---\ntitle: Bài lỗi\ndate: hôm qua\n---\nNội dung.\n");
        site.write("content/hoi-dap/cau-hoi-loi.md", "---\ntitle: Câu hỏi\ndate: 2024-01-02\nstatus: xuat-ban\n---\n");
        site.write("content/hoi-dap/yaml-loi.md", "---\ntitle: [Câu hỏi\n---\n");
        List<Problem> errors = failed.errors();
        assertEquals(List.of("content/hoi-dap/cau-hoi-loi.md", "content/hoi-dap/yaml-loi.md", ARTICLE),
                errors.stream().map(Problem::path).toList());
    }
}
