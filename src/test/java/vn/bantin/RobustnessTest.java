package vn.bantin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The content folder as an operator may find it: a file far over the size limit, links that loop
 * or lead out of the site, names with spaces and Vietnamese letters. Each bake ends quickly, with
 * one clear problem or with the page where it belongs.
 */
class RobustnessTest {
    private static final Duration QUICKLY = Duration.ofSeconds(60);

    @TempDir
    Path folder;
    FixtureSite site;

    @BeforeEach
    void createSite() {
        site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
    }

    @Test
    void aFileOverTheSizeLimitGivesExactlyTheSizeError() {
        byte[] line = "Đoạn văn rất dài của bài viết, lặp lại để vượt giới hạn kích thước tệp.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[5 * 1024 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = line[i % line.length];
        }
        site.write("content/tin-tuc/bai-qua-lon.md", bytes);

        List<Problem> errors = assertTimeoutPreemptively(QUICKLY, () -> site.bakeFailing().errors());
        assertEquals(1, errors.size(), errors.toString());
        Problem problem = errors.get(0);
        assertEquals("content/tin-tuc/bai-qua-lon.md", problem.path());
        assertEquals("the file is 5120 KB, over the limit of 2048 KB", problem.message());
        assertTrue(problem.hint().contains("bantin.max_file_kb"), problem.hint());
    }

    @Test
    void theSizeLimitIsConfigured() throws IOException {
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "\nbantin.max_file_kb=1\n");
        site.write("content/tin-tuc/bai-dai.md", "---\ntitle: Bài dài\ndate: 2024-01-02\n---\n" + "Chữ. ".repeat(300));
        Problem problem = site.bakeFailing().errors().get(0);
        assertEquals("content/tin-tuc/bai-dai.md", problem.path());
        assertTrue(problem.message().endsWith("over the limit of 1 KB"), problem.message());
    }

    @Test
    void aLinkLoopIsAnErrorNotAHang() throws IOException {
        link("content/tin-tuc/loop", Path.of(".."));
        link("content/tin-tuc/self", Path.of("self"));

        List<Problem> errors = assertTimeoutPreemptively(QUICKLY, () -> site.bakeFailing().errors());
        assertEquals(List.of("content/tin-tuc/loop", "content/tin-tuc/self"), errors.stream().map(Problem::path).toList());
        assertTrue(errors.get(0).message().contains("link to a folder"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("cannot be followed"), errors.get(1).message());
        errors.forEach(error -> assertFalse(error.hint().isBlank(), error.toString()));
    }

    @Test
    void aLinkToAFileOutsideTheSiteIsRefused() throws IOException {
        Path outside = folder.resolve("ngoai-site");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("bi-mat.md"), "---\ntitle: Bí mật\ndate: 2024-01-02\n---\nKhông công khai.\n");
        Files.writeString(outside.resolve("mat-khau.txt"), "mật khẩu");
        link("content/tin-tuc/bi-mat.md", outside.resolve("bi-mat.md"));
        link("content/tin-tuc/anh/mat-khau.svg", outside.resolve("mat-khau.txt"));
        link("content/tin-tuc/khong-co.md", folder.resolve("khong-ton-tai.md"));

        List<Problem> errors = assertTimeoutPreemptively(QUICKLY, () -> site.bakeFailing().errors());
        assertEquals(List.of("content/tin-tuc/anh/mat-khau.svg", "content/tin-tuc/bi-mat.md", "content/tin-tuc/khong-co.md"),
                errors.stream().map(Problem::path).toList());
        assertTrue(errors.get(0).message().contains("outside the site folder"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("outside the site folder"), errors.get(1).message());
        assertTrue(errors.get(2).message().contains("does not exist"), errors.get(2).message());
        assertFalse(site.exists("tin-tuc/anh/mat-khau.svg"));
    }

    @Test
    void aLinkToAFileInsideTheSiteIsPublishedAtTheLinksPlace() throws IOException {
        link("content/hoi-dap/anh-hoi-nghi.svg", Path.of("../tin-tuc/anh/hoi-nghi.svg"));
        site.bake();
        assertArrayEquals(Files.readAllBytes(site.root().resolve("content/tin-tuc/anh/hoi-nghi.svg")),
                Files.readAllBytes(site.output().resolve("hoi-dap/anh-hoi-nghi.svg")));
    }

    @Test
    void fileNamesWithSpacesAndVietnameseLettersGetTheSlugOfTheirTitle() {
        site.write("content/tin-tuc/Hội nghị tháng 3.md",
                "---\ntitle: Hội nghị sơ kết công tác tháng 3\ndate: 2024-03-30 08:00\n---\nNội dung.\n");
        site.write("content/hoi-dap/Câu Hỏi  Mới.MD",
                "---\ntitle: Đăng ký khai sinh trực tuyến thế nào?\ndate: 2024-04-01\n---\nNội dung.\n");
        site.write("content/Trang Giới thiệu thêm.markdown", "---\ntype: page\ntitle: Đơn vị phối hợp\n---\nNội dung.\n");
        site.bake();
        assertTrue(site.exists("tin-tuc/hoi-nghi-so-ket-cong-tac-thang-3/index.html"));
        assertTrue(site.exists("hoi-dap/dang-ky-khai-sinh-truc-tuyen-the-nao/index.html"));
        assertTrue(site.exists("don-vi-phoi-hop/index.html"));
        assertTrue(site.read("feed.xml").contains("/tin-tuc/hoi-nghi-so-ket-cong-tac-thang-3/"));
    }

    @Test
    void controlCharactersAndNulAreNamedWithTheirLine() {
        site.write("content/tin-tuc/dieu-khien.md", "---\ntitle: Bài\ndate: 2024-01-02\n---\nDòng một.\nDòng \u0007hai.\n");
        site.write("content/tin-tuc/nul.md", "---\ntitle: Bài\ndate: 2024-01-02\n---\nDòng một.\r\rDòng \0ba.\n");
        site.write("content/tin-tuc/sau-bom.md", "\uFEFF\uFEFF---\ntitle: Bài\ndate: 2024-01-02\n---\n\u0085Dòng năm.\n");
        site.write("content/tin-tuc/xoa.md", "---\ntitle: Bài\ndate: 2024-01-02\n---\nTab\tvà dấu ~ được.\nXóa\u007F.\n");
        site.write("content/tin-tuc/khong-ky-tu.md", "---\ntitle: Bài\ndate: 2024-01-02\n---\nĐuôi \uFFFE.\n");
        List<Problem> errors = site.bakeFailing().errors(); // by file
        assertEquals(5, errors.size(), errors.toString());
        assertEquals("content/tin-tuc/dieu-khien.md:6: the file contains an invisible control character U+0007 ("
                + errors.get(0).hint() + ")", errors.get(0).toString());
        assertEquals("content/tin-tuc/khong-ky-tu.md:5: the file contains an invisible control character U+FFFE ("
                + errors.get(1).hint() + ")", errors.get(1).toString());
        assertEquals(7, errors.get(2).line(), "a lone CR ends a line, as in the header: " + errors.get(2));
        assertEquals("content/tin-tuc/sau-bom.md:5: the file contains an invisible control character U+0085 ("
                + errors.get(3).hint() + ")", errors.get(3).toString(), "counted after the byte order marks");
        assertEquals("content/tin-tuc/xoa.md:6: the file contains an invisible control character U+007F ("
                + errors.get(4).hint() + ")", errors.get(4).toString(), "tab and tilde pass, DEL does not");
    }

    @Test
    void textThatWouldStallTheRendererIsRefusedWithItsLine() {
        String article = "---\ntitle: Bài\ndate: 2024-01-02\n---\nMở đầu.\n\n";
        site.write("content/tin-tuc/ngoac.md", article + "[a](".repeat(30_000) + "\n");
        site.write("content/tin-tuc/danh-sach.md", article + "Đoạn.\n\n" + "1. ".repeat(5_000) + "a\n");
        site.write("content/tin-tuc/html.md", article + "<div>".repeat(20_000) + "\n");
        site.write("content/tin-tuc/yaml.md", "---\ntitle: &a [*a]\ndate: 2024-01-02\n---\nMở đầu.\n");

        BakeFailure failure = assertTimeoutPreemptively(QUICKLY, site::bakeFailing);
        List<String> errors = failure.errors().stream().map(Problem::toString).toList();
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/tin-tuc/danh-sach.md:9: the text is nested too deeply"), errors.get(0));
        assertTrue(errors.get(1).startsWith("content/tin-tuc/html.md:5: the text is nested too deeply"), errors.get(1));
        assertTrue(errors.get(2).startsWith("content/tin-tuc/ngoac.md:7: the text is too complex to render"), errors.get(2));
        assertTrue(errors.get(3).startsWith("content/tin-tuc/yaml.md:2: the front matter is not valid YAML"), errors.get(3));
    }

    /** Makes {@code path} of the site a symbolic link to {@code target}; skips the test where links cannot be made. */
    private void link(String path, Path target) throws IOException {
        Path link = site.root().resolve(path);
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e.getMessage());
        }
    }
}
