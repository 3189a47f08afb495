package vn.bantin.model;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The archive by year and month, computed once from the sorted list of articles. */
final class Archive {
    private Archive() {
    }

    /**
     * Articles by month key {@code 2024-03}, each list newest first. The articles come newest
     * first, so those of one month follow each other: a month's key and list are looked up once
     * for the run, not for each article (a month met again would be found in the map all the same).
     */
    static Map<String, List<Article>> byMonth(List<Article> newestFirst) {
        Map<String, List<Article>> months = new TreeMap<>(Collections.reverseOrder());
        YearMonth current = null;
        List<Article> list = null;
        for (Article article : newestFirst) {
            YearMonth month = monthOf(article, current);
            if (month != current) {
                current = month;
                list = months.computeIfAbsent(month.toString(), k -> new ArrayList<>());
            }
            list.add(article);
        }
        months.replaceAll((key, articles) -> Collections.unmodifiableList(articles));
        return Collections.unmodifiableMap(months);
    }

    static List<ArchiveYear> years(List<Article> newestFirst, SiteUrls urls) {
        Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>(Collections.reverseOrder());
        YearMonth current = null;
        int run = 0;
        for (Article article : newestFirst) {
            YearMonth month = monthOf(article, current);
            if (month != current) {
                count(counts, current, run);
                current = month;
                run = 0;
            }
            run++;
        }
        count(counts, current, run);
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

    /** The article's month: {@code previous} itself when it is the same (then no new object). */
    private static YearMonth monthOf(Article article, YearMonth previous) {
        ZonedDateTime moment = article.date().moment();
        if (previous != null && previous.getYear() == moment.getYear()
                && previous.getMonthValue() == moment.getMonthValue()) {
            return previous;
        }
        return YearMonth.of(moment.getYear(), moment.getMonthValue());
    }

    private static void count(Map<Integer, Map<Integer, Integer>> counts, YearMonth month, int articles) {
        if (month != null) {
            counts.computeIfAbsent(month.getYear(), y -> new TreeMap<>(Collections.reverseOrder()))
                    .merge(month.getMonthValue(), articles, Integer::sum);
        }
    }
}
