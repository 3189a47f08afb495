package vn.bantin.render;

import vn.bantin.model.Article;
import vn.bantin.model.Section;
import vn.bantin.model.Tag;

import java.util.List;

/** The small typed views templates receive beside the model's records. */
public final class Views {
    private Views() {
    }

    /** A titled link: breadcrumbs, feeds, the footer's static pages. */
    public record Link(String title, String url) {
    }

    /**
     * An article as every page's sidebar shows it: only what is shown, so that an edit to an
     * article's body does not make every page of the site new.
     */
    public record ArticleLink(String title, String url, String dateIso, String dateDisplay) {
        static ArticleLink of(Article article) {
            return new ArticleLink(article.title(), article.url(), article.dateIso(), article.dateDisplay());
        }
    }

    /**
     * What every page knows about the site. {@code archiveUrl}, {@code tagsUrl}, {@code sitemapUrl}
     * {@code documentsUrl} (the registry of documents) and {@code proceduresUrl} (the procedure catalog)
     * are null when those pages are not rendered.
     * {@code embedHosts} are the hosts whose frames articles may embed ({@code bantin.embed.hosts}),
     * for the Content-Security-Policy's {@code frame-src}; empty when none.
     */
    public record SiteView(String title, String description, String url, String language, String publisher,
                           List<Section> sections, List<Link> pages, String feedUrl, List<ArticleLink> latest,
                           List<Tag> topTags, String archiveUrl, String tagsUrl, String sitemapUrl,
                           String documentsUrl, String proceduresUrl, List<String> embedHosts) {
    }

    /** The page being rendered. */
    public record PageInfo(String kind, String title, String url, String absoluteUrl, String description,
                           List<Link> breadcrumbs, List<Link> feeds) {
    }

    /** One page of a paged list; {@code previousUrl}/{@code nextUrl} are null at the ends. */
    public record Pagination(int number, int total, String previousUrl, String nextUrl, List<PageLink> pages) {
    }

    /** A link to one page of a paged list. */
    public record PageLink(int number, String url) {
    }

    /** A section's newest articles on the home page. */
    public record SectionBlock(Section section, List<Article> articles) {
    }
}
