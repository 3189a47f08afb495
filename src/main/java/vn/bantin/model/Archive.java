package vn.bantin.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The archive by year and month, computed once from the sorted list of articles. */
final class Archive {
    private Archive() {
    }

    /** Articles by month key {@code 2024-03}, each list newest first. */
    static Map<String, List<Article>> byMonth(List<Article> newestFirst) {
        Map<String, List<Article>> months = new TreeMap<>(Collections.reverseOrder());
        for (Article article : newestFirst) {
            months.computeIfAbsent(YearMonth.from(article.date().moment()).toString(), k -> new ArrayList<>())
                    .add(article);
        }
        months.replaceAll((key, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(months);
    }

    static List<ArchiveYear> years(List<Article> newestFirst, SiteUrls urls) {
        Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>(Collections.reverseOrder());
        for (Article article : newestFirst) {
            YearMonth month = YearMonth.from(article.date().moment());
            counts.computeIfAbsent(month.getYear(), y -> new TreeMap<>(Collections.reverseOrder()))
                    .merge(month.getMonthValue(), 1, Integer::sum);
        }
        List<ArchiveYear> years = new ArrayList<>();
        counts.forEach((year, months) -> {
            List<ArchiveMonth> list = new ArrayList<>();
            months.forEach((month, count) -> list.add(new ArchiveMonth(year, month, month + "/" + year,
                    urls.archiveMonth(year, month), count)));
            years.add(new ArchiveYear(year, urls.archiveYear(year),
                    list.stream().mapToInt(ArchiveMonth::count).sum(), List.copyOf(list)));
        });
        return List.copyOf(years);
    }
}
