package vn.bantin.render;

import vn.bantin.model.Article;
import vn.bantin.model.Section;
import vn.bantin.model.StaticPage;
import vn.bantin.model.Tag;

import java.util.List;

/** The small typed views templates receive beside the model's records. */
public final class Views {
    private Views() {
    }

    /** A titled link: breadcrumbs, feeds. */
    public record Link(String title, String url) {
    }

    /**
     * What every page knows about the site. {@code archiveUrl}, {@code tagsUrl}, {@code sitemapUrl}
     * {@code documentsUrl} (the registry of documents) and {@code searchUrl} (the search page) are
     * null when those pages are not rendered.
     * {@code embedHosts} are the hosts whose frames articles may embed ({@code bantin.embed.hosts}),
     * for the Content-Security-Policy's {@code frame-src}; empty when none.
     */
    public record SiteView(String title, String description, String url, String language, String publisher,
                           List<Section> sections, List<StaticPage> pages, String feedUrl, List<Article> latest,
                           List<Tag> topTags, String archiveUrl, String tagsUrl, String sitemapUrl,
                           String documentsUrl, List<String> embedHosts, String searchUrl) {
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
