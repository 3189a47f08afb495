package vn.bantin.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles related to each article: those sharing the most tags with it, then the nearest in
 * time, then the newest. Only articles near it in each tag's list are considered, which keeps the
 * cost per article bounded however large the site grows. Built once per bake: every article is
 * numbered by its place in the site's list, and the shared tags are counted in an array by number,
 * not in a map by article (the rendering of 10,000 article pages asks 10,000 times).
 */
public final class RelatedArticles {
    /** How far around an article its tags' lists are searched. */
    private static final int WINDOW = 40;

    private final List<Article> articles;
    private final Map<String, List<Article>> articlesByTag;
    /** Tag slug to the numbers of its articles, in the order of its list. */
    private final Map<String, int[]> numbersByTag = new HashMap<>();
    /**
     * Each article's moment by number: a candidate's distance in time is read from this array,
     * not from the article's date, a few objects away in memory, for each of some 300 candidates.
     */
    private final long[] moments;
    private final ThreadLocal<int[]> shared;

    public RelatedArticles(Site site) {
        this.articles = site.articles();
        this.articlesByTag = site.articlesByTag();
        Map<Article, Integer> numbers = new IdentityHashMap<>();
        moments = new long[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            numbers.put(articles.get(i), i);
            moments[i] = articles.get(i).date().epochSecond();
        }
        articlesByTag.forEach((slug, list) -> {
            int[] tagged = new int[list.size()];
            for (int i = 0; i < list.size(); i++) {
                tagged[i] = numbers.getOrDefault(list.get(i), -1);
            }
            numbersByTag.put(slug, tagged);
        });
        int size = articles.size();
        shared = ThreadLocal.withInitial(() -> new int[size]);
    }

    /** Up to {@code n} articles sharing tags with {@code article}, the best first. */
    public List<Article> of(Article article, int n) {
        if (n <= 0) {
            return List.of();
        }
        int[] counts = shared.get();
        int[] met = new int[Math.min(articles.size(), article.tags().size() * (2 * WINDOW + 1))];
        int metCount = 0;
        for (Tag tag : article.tags()) {
            List<Article> list = articlesByTag.getOrDefault(tag.slug(), List.of());
            int[] numbers = numbersByTag.getOrDefault(tag.slug(), new int[0]);
            int index = Site.indexOf(list, article);
            int self = index >= 0 ? numbers[index] : -1;
            int to = Math.min(list.size(), index + WINDOW + 1);
            for (int i = Math.max(0, index - WINDOW); i < to; i++) {
                int number = numbers[i];
                if (number >= 0 && number != self) {
                    if (counts[number]++ == 0) {
                        met[metCount++] = number;
                    }
                }
            }
        }
        long moment = article.date().epochSecond();
        // The n best, kept in order while the candidates stream past: no sort of all of them.
        List<Candidate> top = new ArrayList<>(n + 1);
        for (int k = 0; k < metCount; k++) {
            int number = met[k];
            int sharedTags = counts[number];
            counts[number] = 0;
            long distance = Math.abs(moments[number] - moment);
            if (top.size() == n && top.get(n - 1).beats(sharedTags, distance)) {
                continue;
            }
            Candidate candidate = new Candidate(articles.get(number), sharedTags, distance);
            if (top.size() == n && candidate.compareTo(top.get(n - 1)) >= 0) {
                continue;
            }
            int at = top.size();
            while (at > 0 && candidate.compareTo(top.get(at - 1)) < 0) {
                at--;
            }
            top.add(at, candidate);
            if (top.size() > n) {
                top.remove(n);
            }
        }
        return top.stream().map(Candidate::article).toList();
    }

    /** A candidate: most shared tags first, then nearest in time, then newest. */
    private record Candidate(Article article, int sharedTags, long distance) implements Comparable<Candidate> {
        /** Whether this candidate comes before any with these figures, whatever its date: told without making one. */
        boolean beats(int otherSharedTags, long otherDistance) {
            return sharedTags > otherSharedTags || (sharedTags == otherSharedTags && distance < otherDistance);
        }

        @Override
        public int compareTo(Candidate other) {
            if (sharedTags != other.sharedTags) {
                return Integer.compare(other.sharedTags, sharedTags);
            }
            if (distance != other.distance) {
                return Long.compare(distance, other.distance);
            }
            return Site.NEWEST_FIRST.compare(article, other.article);
        }
    }
}
