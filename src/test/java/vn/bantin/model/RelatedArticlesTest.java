package vn.bantin.model;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Bài liên quan": most shared tags first, then nearest in time, then newest; never itself. */
class RelatedArticlesTest {
    @TempDir
    Path folder;

    private static String article(String title, String date, String tags) {
        return "---\ntitle: " + title + "\ndate: " + date + "\ntags: [" + tags + "]\n---\nNội dung bài " + title + ".\n";
    }

    @Test
    void theArticlesSharingTheMostTagsComeFirstThenTheNearestInTime() {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        site.write("content/tin-tuc/goc.md", article("Bài gốc", "2025-06-15 08:00", "Kiểm tra, Số hóa, Một cửa"));
        site.write("content/tin-tuc/ba-the.md", article("Ba thẻ chung", "2020-01-01 08:00", "Kiểm tra, Số hóa, Một cửa"));
        site.write("content/tin-tuc/hai-the-gan.md", article("Hai thẻ gần", "2025-06-20 08:00", "Kiểm tra, Số hóa"));
        site.write("content/tin-tuc/hai-the-xa.md", article("Hai thẻ xa", "2023-06-20 08:00", "Số hóa, Kiểm tra"));
        site.write("content/tin-tuc/mot-the-truoc.md", article("Một thẻ trước", "2025-06-14 08:00", "Kiểm tra"));
        site.write("content/tin-tuc/mot-the-sau.md", article("Một thẻ sau", "2025-06-16 08:00", "Kiểm tra"));
        site.write("content/tin-tuc/khong-chung.md", article("Không chung", "2025-06-15 09:00", "Phổ biến pháp luật"));
        site.bake();
        List<String> related = Jsoup.parse(site.read("tin-tuc/goc/index.html"))
                .select("section[aria-labelledby=bai-lien-quan] li > a").eachText();
        assertEquals(List.of("Ba thẻ chung", "Hai thẻ gần", "Hai thẻ xa", "Một thẻ sau", "Một thẻ trước"), related,
                "between two a day away, the newer first; nothing without a shared tag");
    }

    @Test
    void inALongTagListTheNeighboursInTimeAreFoundAroundTheArticlesOwnPlace() {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        for (int day = 1; day <= 120; day++) { // one tag, far more articles than the window searched
            site.write(String.format("content/tin-tuc/bai-%03d.md", day), article(String.format("Bài %03d", day),
                    LocalDate.of(2025, 1, 1).plusDays(day) + " 08:00", "Kiểm tra"));
        }
        site.bake();
        List<String> related = Jsoup.parse(site.read("tin-tuc/bai-060/index.html"))
                .select("section[aria-labelledby=bai-lien-quan] li > a").eachText();
        assertEquals(List.of("Bài 061", "Bài 059", "Bài 062", "Bài 058", "Bài 063"), related,
                "the nearest in time on both sides, the newer first between two as near");
    }
}
