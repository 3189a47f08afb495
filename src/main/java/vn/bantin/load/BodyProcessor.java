package vn.bantin.load;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;

/**
 * The one Jsoup pass over an article's rendered Markdown: removes anything that could run
 * (scripts, event handlers, {@code javascript:} URLs, styles, frames other than the allowed videos
 * of {@link EmbeddedFrames}), keeps the page title the only h1,
 * gives headings stable Vietnamese
 * slugs as ids, links the addresses written as plain text ({@link BareLinks}), turns links
 * relative to the source file into site-root-relative ones, takes
 * the first paragraph as an excerpt, and marks the document numbers the text mentions
 * ({@link DocumentMentions}).
 */
final class BodyProcessor {
    private static final int EXCERPT_CHARS = 240;

    // The queries, parsed once: a query string is parsed again at every call.
    private static final Evaluator ALIGNED_CELLS = QueryParser.parse("th[align], td[align]");
    private static final Evaluator LINKS_AND_IMAGES = QueryParser.parse("a[href], img[src]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H1_TO_H5 = QueryParser.parse("h1, h2, h3, h4, h5");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private final Cleaner cleaner;

    BodyProcessor() {
        Safelist safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "hr", "del", "s", "mark", "abbr")
                .addAttributes(":all", "title", "lang")
                .addAttributes("a", "id", "class", "rel")
                .addAttributes("sup", "id", "class")
                .addAttributes("li", "id")
                .addAttributes("div", "class")
                .addAttributes("code", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("iframe", EmbeddedFrames.ATTRIBUTES)
                .addAttributes("iframe", "sandbox", "referrerpolicy") // set by EmbeddedFrames, never the author's
                .addProtocols("a", "href", "tel") // relaxed's own are ftp, http, https and mailto: BodyUrls
                .addProtocols("iframe", "src", "https")
                .preserveRelativeLinks(true);
        cleaner = new Cleaner(safelist);
    }

    /**
     * The cleaned body, its excerpt, and the address of each frame that was removed
     * ({@link EmbeddedFrames#filter}), for the author's warnings.
     */
    record Cleaned(String html, String excerpt, List<String> removedFrames) {
    }

    /**
     * @param html       Flexmark's output
     * @param folderPath the site-root-relative folder of the source file, e.g. {@code /tin-tuc/}
     * @param embedHosts the hosts whose frames are kept ({@code bantin.embed.hosts}), lower-case
     * @param frameTitle the title of a kept frame that has none: the article's title
     * @throws RenderLimits.Exceeded when the elements nest too deeply to be cleaned in reasonable time
     */
    Cleaned process(String html, String folderPath, List<String> embedHosts, String frameTitle) {
        Document dirty = Jsoup.parseBodyFragment(html, BodyUrls.base(folderPath));
        RenderLimits.checkDepth(dirty.body());
        BareLinks.link(dirty.body()); // before cleaning: the cleaner checks these links like any other
        // Before cleaning too, so that a warning names the address the author wrote, even one the
        // cleaner would have dropped (javascript:, http:).
        List<String> removedFrames = EmbeddedFrames.filter(dirty.body(), embedHosts, frameTitle);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        moveAlignmentToClass(clean);
        resolveRelativeUrls(clean);
        demoteHeadings(clean);
        assignHeadingIds(clean);
        String excerpt = excerpt(clean);
        DocumentMentions.mark(clean.body());
        return new Cleaned(clean.body().html(), excerpt, List.copyOf(removedFrames));
    }

    /** Inline styles are forbidden by the pages' Content-Security-Policy; tables align by class. */
    private static void moveAlignmentToClass(Document doc) {
        for (Element cell : doc.select(ALIGNED_CELLS)) {
            String align = cell.attr("align");
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) {
                cell.addClass("align-" + align);
            }
        }
    }

    private static void resolveRelativeUrls(Document doc) {
        for (Element element : doc.select(LINKS_AND_IMAGES)) {
            String attribute = element.tagName().equals("a") ? "href" : "src";
            String value = element.attr(attribute);
            String resolved = BodyUrls.siteRelative(value, doc.baseUri());
            if (!resolved.equals(value)) {
                element.attr(attribute, resolved);
            }
        }
    }

    /** The page title is the only h1: a body that uses h1 has all its headings moved one level down. */
    private static void demoteHeadings(Document doc) {
        if (doc.selectFirst(H1) == null) {
            return;
        }
        for (Element heading : doc.select(H1_TO_H5)) {
            heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
        }
    }

    private static void assignHeadingIds(Document doc) {
        HeadingIds ids = new HeadingIds();
        for (Element element : doc.select(WITH_ID)) {
            ids.taken(element.id());
        }
        for (Element heading : doc.select(HEADINGS)) {
            if (heading.id().isEmpty()) {
                heading.id(ids.of(heading.text()));
            }
        }
    }

    private static String excerpt(Document doc) {
        Element first = doc.selectFirst(PARAGRAPH);
        return first == null ? "" : excerptOf(first.text());
    }

    /** The excerpt a body gets from the text of its first paragraph. */
    static String excerptOf(String firstParagraph) {
        String text = firstParagraph.strip();
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, cut > 0 ? cut : EXCERPT_CHARS) + "…";
    }
}
