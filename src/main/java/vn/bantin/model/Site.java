package vn.bantin.model;

import vn.bantin.config.SiteConfig;
import vn.bantin.model.document.Documents;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.problem.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole bulletin, frozen: every list a page needs is computed once here, so that pages can be
 * rendered in parallel without querying anything.
 *
 * @param articles          published articles, newest first
 * @param drafts            draft and scheduled articles, not published
 * @param articlesBySection section id to its published articles, newest first
 * @param articlesByTag     tag slug to its published articles, newest first
 * @param staticFiles       content files published as they are: content path to file
 * @param data              JBake-style data files
 * @param documents         the published documents, their registry and relations
 * @param procedures        every procedure, and the catalog grouped by field and level
 * @param proceduresByTag   tag slug to its procedures, by code
 * @param translations      which pages are the same page in another language
 * @param warnings          what the bake found worth a look without stopping, sorted
 */
public record Site(SiteConfig config, SiteUrls urls, List<Section> sections, List<Article> articles,
                   List<Article> drafts, List<StaticPage> pages, List<Tag> tags,
                   Map<String, List<Article>> articlesBySection, Map<String, List<Article>> articlesByTag,
                   List<ArchiveYear> archive, Map<String, List<Article>> articlesByMonth,
                   Map<String, Path> staticFiles, Map<String, Object> data, Documents documents,
                   Procedures procedures, Map<String, List<Procedure>> proceduresByTag, Translations translations,
                   List<Problem> warnings) {

    /** Newest first, then by URL: the order of every list of articles. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparingLong((Article a) -> a.date().epochSecond()).reversed()
            .thenComparing(Article::url);

    /** How far around an article its tags' lists are searched for related articles. */
    private static final int RELATED_WINDOW = 40;

    /**
     * The first moment after {@code now} at which the clock alone changes this site (a scheduled
     * article comes due, an article or a document expires), or null when none will.
     */
    public java.time.Instant nextChange(java.time.Instant now) {
        return ClockChanges.next(this, now);
    }

    /** Up to {@code n} newer articles of the same section, newest first ("Các bài mới đăng"). */
    public List<Article> newer(Article article, int n) {
        List<Article> list = articlesBySection.get(article.section().id());
        int index = indexOf(list, article);
        return index < 0 ? List.of() : list.subList(Math.max(0, index - n), index);
    }

    /** Up to {@code n} older articles of the same section, newest first ("Các bài đã đăng"). */
    public List<Article> older(Article article, int n) {
        List<Article> list = articlesBySection.get(article.section().id());
        int index = indexOf(list, article);
        return index < 0 ? List.of() : list.subList(index + 1, Math.min(list.size(), index + 1 + n));
    }

    /**
     * Up to {@code n} articles sharing tags with this one: most shared tags first, then nearest in
     * time. Only articles near it in each tag's list are considered, which keeps the cost per
     * article bounded however large the site grows.
     */
    public List<Article> related(Article article, int n) {
        // Identity keys: an article's hash is its path's, which costs more than the counting itself.
        Map<Article, int[]> shared = new IdentityHashMap<>();
        for (Tag tag : article.tags()) {
            List<Article> list = articlesByTag.getOrDefault(tag.slug(), List.of());
            int index = indexOf(list, article);
            int from = Math.max(0, index - RELATED_WINDOW);
            int to = Math.min(list.size(), index + RELATED_WINDOW + 1);
            for (Article other : list.subList(from, to)) {
                if (other != article) {
                    shared.computeIfAbsent(other, key -> new int[1])[0]++;
                }
            }
        }
        if (n <= 0) {
            return List.of();
        }
        long moment = article.date().epochSecond();
        // The n best, kept in order while the candidates stream past: no sort of all of them.
        List<Related> top = new ArrayList<>(n + 1);
        for (Map.Entry<Article, int[]> entry : shared.entrySet()) {
            Related candidate = new Related(entry.getKey(), entry.getValue()[0],
                    Math.abs(entry.getKey().date().epochSecond() - moment));
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
        return top.stream().map(Related::article).toList();
    }

    /** A candidate related article: most shared tags first, then nearest in time, then newest. */
    private record Related(Article article, int sharedTags, long distance) implements Comparable<Related> {
        @Override
        public int compareTo(Related other) {
            if (sharedTags != other.sharedTags) {
                return Integer.compare(other.sharedTags, sharedTags);
            }
            if (distance != other.distance) {
                return Long.compare(distance, other.distance);
            }
            return NEWEST_FIRST.compare(article, other.article);
        }
    }

    /** Lists are sorted {@link #NEWEST_FIRST}, so a binary search finds an article. */
    private static int indexOf(List<Article> list, Article article) {
        if (list == null) {
            return -1;
        }
        int index = java.util.Collections.binarySearch(list, article, NEWEST_FIRST);
        return index >= 0 ? index : -1;
    }
}
