package vn.bantin.load;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.bantin.text.Slugs;

import java.util.HashSet;
import java.util.Set;

/**
 * The one Jsoup pass over an article's rendered Markdown: removes anything that could run
 * (scripts, event handlers, {@code javascript:} URLs, frames), keeps the page title the only h1,
 * gives headings stable Vietnamese
 * slugs as ids, turns links relative to the source file into site-root-relative ones, and takes
 * the first paragraph as an excerpt.
 */
final class BodyProcessor {
    private static final String BASE_HOST = "http://bantin.invalid";
    private static final int EXCERPT_CHARS = 240;
    /** Ids the page templates use; a heading never takes one of them. */
    private static final Set<String> RESERVED_IDS = Set.of("noi-dung", "top");

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
                .addProtocols("a", "href", "tel")
                .preserveRelativeLinks(true);
        cleaner = new Cleaner(safelist);
    }

    /** The cleaned body and its excerpt. */
    record Body(String html, String excerpt) {
    }

    /**
     * @param html       Flexmark's output
     * @param folderPath the site-root-relative folder of the source file, e.g. {@code /tin-tuc/}
     */
    Body process(String html, String folderPath) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_HOST + folderPath);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        moveAlignmentToClass(clean);
        resolveRelativeUrls(clean);
        demoteHeadings(clean);
        assignHeadingIds(clean);
        return new Body(clean.body().html(), excerpt(clean));
    }

    /** Inline styles are forbidden by the pages' Content-Security-Policy; tables align by class. */
    private static void moveAlignmentToClass(Document doc) {
        for (Element cell : doc.select("th[align], td[align]")) {
            String align = cell.attr("align");
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) {
                cell.addClass("align-" + align);
            }
        }
    }

    private static void resolveRelativeUrls(Document doc) {
        for (Element element : doc.select("a[href], img[src]")) {
            String attribute = element.tagName().equals("a") ? "href" : "src";
            String value = element.attr(attribute).strip();
            if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || hasScheme(value)) {
                continue;
            }
            String absolute = element.absUrl(attribute);
            if (absolute.startsWith(BASE_HOST + "/")) {
                element.attr(attribute, absolute.substring(BASE_HOST.length()));
            }
        }
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /** The page title is the only h1: a body that uses h1 has all its headings moved one level down. */
    private static void demoteHeadings(Document doc) {
        if (doc.selectFirst("h1") == null) {
            return;
        }
        for (Element heading : doc.select("h1, h2, h3, h4, h5")) {
            heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
        }
    }

    private static void assignHeadingIds(Document doc) {
        Set<String> used = new HashSet<>(RESERVED_IDS);
        for (Element element : doc.select("[id]")) {
            used.add(element.id());
        }
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            if (!heading.id().isEmpty()) {
                continue;
            }
            String base = Slugs.slugify(heading.text());
            if (base.isEmpty()) {
                base = "muc";
            }
            String id = base;
            for (int n = 2; used.contains(id); n++) {
                id = base + "-" + n;
            }
            used.add(id);
            heading.id(id);
        }
    }

    private static String excerpt(Document doc) {
        Element first = doc.selectFirst("p");
        if (first == null) {
            return "";
        }
        String text = first.text().strip();
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, cut > 0 ? cut : EXCERPT_CHARS) + "…";
    }
}
