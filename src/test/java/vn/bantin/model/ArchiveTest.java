package vn.bantin.model;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Lưu trữ": years newest first, each with its months and how many articles each has. */
class ArchiveTest {
    @TempDir
    Path folder;

    private static String article(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\nNội dung bài " + title + ".\n";
    }

    @Test
    void eachYearAndMonthCountsItsArticlesNewestFirst() {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"))
                .delete("content/tin-tuc/hoi-nghi-trien-khai.md").delete("content/tin-tuc/Bài viết số 2.md")
                .delete("content/hoi-dap/nop-ho-so-truc-tuyen.md").delete("content/tin-tuc/so-hoa-ho-so.md");
        site.write("content/tin-tuc/a.md", article("Tháng hai", "2025-02-01 08:00"));
        site.write("content/tin-tuc/b.md", article("Ba cuối", "2024-03-20 08:00"));
        site.write("content/tin-tuc/c.md", article("Ba đầu", "2024-03-05 08:00"));
        site.write("content/tin-tuc/bb.md", article("Ba đầu, cùng giờ", "2024-03-05 08:00")); // same moment: by URL
        site.write("content/tin-tuc/d.md", article("Tháng một", "2024-01-10 08:00"));
        site.write("content/tin-tuc/e.md", article("Cuối năm", "2023-12-31 23:30"));
        site.write("content/tin-tuc/f.md", article("Ba, cuối tháng", "2024-03-31 23:30"));
        site.write("content/tin-tuc/g.md", article("Đầu tháng tư", "2024-04-01 06:00"));
        site.bake();

        Document archive = Jsoup.parse(site.read("luu-tru/index.html"));
        List<String> years = archive.select("h2.block-title").eachText();
        assertEquals(List.of("Năm 2025 (1 bài viết)", "Năm 2024 (6 bài viết)", "Năm 2023 (1 bài viết)"),
                years.subList(0, 3));
        List<String> months = archive.select("h2.block-title + ul li").eachText();
        assertEquals(List.of("Tháng 2/2025 (1 bài viết)", "Tháng 4/2024 (1 bài viết)", "Tháng 3/2024 (4 bài viết)",
                "Tháng 1/2024 (1 bài viết)", "Tháng 12/2023 (1 bài viết)"), months);
        List<String> march = Jsoup.parse(site.read("luu-tru/2024/03/index.html")).select("main a").eachText();
        assertEquals(List.of("Ba, cuối tháng", "Ba cuối", "Ba đầu, cùng giờ", "Ba đầu"),
                march.stream().filter(text -> text.startsWith("Ba")).toList(), "newest first, then by URL");
    }
}
