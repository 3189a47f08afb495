package vn.bantin.render;

import vn.bantin.config.Contact;
import vn.bantin.config.RelatedAgencies.Agency;
import vn.bantin.model.Article;
import vn.bantin.model.Section;
import vn.bantin.model.Tag;

import java.util.List;

/** The small typed views templates receive beside the model's records. */
public final class Views {
    private Views() {
    }

    /** A titled link: breadcrumbs, feeds. */
    public record Link(String title, String url) {
    }

    /** A static page as menus and footers list it: its title, address and language. */
    public record StaticPageLink(String title, String url, String lang) {
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
     * {@code documentsUrl} (the registry of documents), {@code proceduresUrl} (the procedure catalog)
     * and {@code searchUrl} (the search page) are null when those pages are not rendered.
     * {@code embedHosts} are the hosts whose frames articles may embed ({@code bantin.embed.hosts}),
     * for the Content-Security-Policy's {@code frame-src}; empty when none. {@code contact} and
     * {@code agencies} fill the footer of every page; {@code languages} is the entry page of each
     * language the site has pages in, the site's own language first (its home page).
     */
    public record SiteView(String title, String description, String url, String language, String publisher,
                           List<Section> sections, List<StaticPageLink> pages, String feedUrl, List<ArticleLink> latest,
                           List<Tag> topTags, String archiveUrl, String tagsUrl, String sitemapUrl,
                           String documentsUrl, String proceduresUrl, List<String> embedHosts, Contact contact,
                           List<Agency> agencies, List<Alternate> languages, String searchUrl) {
    }

    /**
     * The page being rendered. {@code lang} is the language it is written in, {@code homeUrl} the
     * home of that language, {@code translations} the same page in other languages. {@code image}
     * is the absolute URL of the picture share previews show (empty when there is none), described
     * by {@code imageAlt}.
     */
    public record PageInfo(String kind, String title, String url, String absoluteUrl, String description,
                           List<Link> breadcrumbs, List<Link> feeds, String lang, String homeUrl,
                           List<Alternate> translations, String image, String imageAlt) {
    }

    /**
     * A page in another language: {@code name} is the language's name in itself ("English",
     * "Tiếng Việt"), {@code locale} its Open Graph locale ({@code en_US}).
     */
    public record Alternate(String lang, String name, String locale, String url, String absoluteUrl) {
    }

    /**
     * One page of a paged list, at {@code url}; {@code previousUrl}/{@code nextUrl} are null at the ends.
     * {@code pages} holds the first two pages, the last two and three either side of this one,
     * in order: all a pager shows.
     */
    public record Pagination(int number, int total, String url, String previousUrl, String nextUrl, List<PageLink> pages) {
    }

    /** A link to one page of a paged list. */
    public record PageLink(int number, String url) {
    }

    /** A section's newest articles on the home page. */
    public record SectionBlock(Section section, List<Article> articles) {
    }
}
