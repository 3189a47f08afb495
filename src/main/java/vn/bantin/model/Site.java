package vn.bantin.model;

import vn.bantin.config.SiteConfig;
import vn.bantin.model.document.Documents;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.problem.Problem;

import java.nio.file.Path;
import java.util.Comparator;
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

    /**
     * Newest first, then by URL: the order of every list of articles. Written out rather than
     * composed ({@code comparingLong(…).reversed().thenComparing(…)}): every sort and binary search
     * of the site's lists calls it, and under the quick compiler each layer of a composed
     * comparator is a call of its own.
     */
    public static final Comparator<Article> NEWEST_FIRST = (a, b) -> {
        int byDate = Long.compare(b.date().epochSecond(), a.date().epochSecond());
        return byDate != 0 ? byDate : a.url().compareTo(b.url());
    };

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
     * Where {@code article} is in {@code list}, or -1 when it is not there (or there is no list).
     * Lists are sorted {@link #NEWEST_FIRST}, so a binary search finds an article.
     */
    static int indexOf(List<Article> list, Article article) {
        if (list == null) {
            return -1;
        }
        int index = java.util.Collections.binarySearch(list, article, NEWEST_FIRST);
        return index >= 0 ? index : -1;
    }
}
