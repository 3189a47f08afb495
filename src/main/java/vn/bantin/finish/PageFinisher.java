package vn.bantin.finish;

import vn.bantin.render.RenderedPage;
import vn.bantin.render.SharedPart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one pass over each rendered page: rewrites site-root-relative URLs relative to the page
 * (the 404 page, served at any depth, gets base-path-absolute ones instead) and records the
 * page's internal links, ids and outside links for the checks. It scans tags with
 * {@link HtmlScanner} instead of parsing a DOM: the pages are bantin's own well-formed output,
 * and a DOM parse and re-serialisation of every page was a fifth of a bake's time.
 */
final class PageFinisher {
    /** The URL attribute of each element that has one. */
    private static final Map<String, String> URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", "href"), Map.entry("area", "href"), Map.entry("link", "href"), Map.entry("img", "src"),
            Map.entry("script", "src"), Map.entry("source", "src"), Map.entry("iframe", "src"),
            Map.entry("video", "src"), Map.entry("audio", "src"), Map.entry("track", "src"),
            Map.entry("form", "action"));

    private final String basePath;
    private final String siteUrl;
    private final String error404Url;
    /**
     * The links written site-root-relative, each resolved once per bake: most of a page's links
     * (menus, tags, assets) are on every page, and so are kept once however many pages have them.
     */
    private final Map<String, FinishedPage.InternalLink> rootLinks = new ConcurrentHashMap<>();
    /** The parts pages share, each finished once for the pages of each folder ({@link #withSharedParts}). */
    private final Map<PartPlace, FinishedPart> finishedParts = new ConcurrentHashMap<>();
    /** Each finishing thread's buffer, filled page after page. */
    private final ThreadLocal<PageBytes> buffers = ThreadLocal.withInitial(() -> new PageBytes(64 * 1024));

    PageFinisher(String basePath, String siteUrl, String error404Url) {
        this.basePath = basePath;
        this.siteUrl = siteUrl;
        this.error404Url = error404Url;
    }

    FinishedPage finish(RenderedPage page) {
        PageAttributes attributes = new PageAttributes(page.url());
        byte[] bytes = page.sharedParts().isEmpty() || attributes.servedAnywhere ? null : withSharedParts(page, attributes);
        if (bytes == null) {
            attributes = new PageAttributes(page.url());
            bytes = HtmlScanner.scan(page.html(), attributes);
        }
        return new FinishedPage(page.url(), page.outputPath(), page.sourcePath(), page.template(), bytes,
                List.copyOf(attributes.links), Set.copyOf(attributes.ids), List.copyOf(attributes.repeated),
                List.copyOf(attributes.externalLinks), page.stamp());
    }

    /**
     * A run of a page's rendered HTML, one that starts and ends between tags, finished as the
     * finishing of the page of {@code url} finishes it there.
     */
    FinishedRun finishRun(String url, byte[] html) {
        PageAttributes attributes = new PageAttributes(url);
        byte[] bytes = HtmlScanner.scan(html, attributes);
        return new FinishedRun(bytes, List.copyOf(attributes.links), Set.copyOf(attributes.ids),
                Set.copyOf(attributes.repeated));
    }

    /** A run of a page finished ({@link #finishRun}): its bytes, and the links and ids the scan found in it. */
    record FinishedRun(byte[] bytes, List<FinishedPage.InternalLink> links, Set<String> ids, Set<String> repeated) {
    }

    /**
     * The page finished with each part it shares with other pages ({@code <@cached>}) taken as it
     * was finished for another page in the same parent folder, when it can be: scanning and
     * rewriting the links of the header, the sidebar and the footer was half of the finishing of
     * an article's page. Null when a shared part does not lie between two tags: the page is then
     * finished whole.
     */
    private byte[] withSharedParts(RenderedPage page, PageAttributes attributes) {
        byte[] html = page.html();
        String folder = page.url().substring(0, page.url().lastIndexOf('/') + 1);
        String parent = folder.length() <= 1 ? "" : folder.substring(0, folder.lastIndexOf('/', folder.length() - 2) + 1);
        PageBytes out = buffers.get();
        out.reset();
        int at = 0;
        for (SharedPart shared : page.sharedParts()) {
            if (!HtmlScanner.scan(html, at, shared.start(), attributes, out)) {
                return null;
            }
            FinishedPart part = finishedPart(page, shared, folder, parent);
            if (part == null) {
                return null;
            }
            part.addTo(attributes);
            out.write(part.bytes);
            at = shared.end();
        }
        HtmlScanner.scan(html, at, html.length, attributes, out); // the page's end: nothing can run on past it
        return out.toByteArray();
    }

    /**
     * A shared part as finished for {@code page}: taken from another page in the same parent
     * folder when the part links nowhere inside the page's own folder (then every link of it is
     * written the same from both), else scanned for this page. Null when it does not lie between
     * two tags.
     *
     * @param folder the page's folder, e.g. {@code /tin-tuc/bai-mot/}
     * @param parent the folder holding it, {@code /tin-tuc/}; empty for the site root's pages
     */
    private FinishedPart finishedPart(RenderedPage page, SharedPart shared, String folder, String parent) {
        PartPlace place = new PartPlace(shared.part(), parent);
        FinishedPart known = finishedParts.get(place);
        if (known != null && !known.linksInto(folder)) {
            return known;
        }
        PageAttributes own = new PageAttributes(page.url());
        PageBytes out = new PageBytes(shared.end() - shared.start() + 256);
        if (!HtmlScanner.scan(page.html(), shared.start(), shared.end(), own, out)) {
            return null;
        }
        FinishedPart part = new FinishedPart(out.toByteArray(), own);
        if (part.sameInEveryFolder && !part.linksInto(folder)) {
            finishedParts.putIfAbsent(place, part);
        }
        return part;
    }

    /**
     * A shared part (compared by identity) and the folder holding the folders of the pages it is
     * finished for. Its equality is written out: a record's own goes through a method handle at
     * each call, which the quick compiler leaves slow, and every shared part of every page is
     * looked up by one.
     */
    private record PartPlace(Object part, String parent) {
        @Override
        public boolean equals(Object other) {
            return other instanceof PartPlace place && Objects.equals(place.part, part)
                    && Objects.equals(place.parent, parent);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(part) + Objects.hashCode(parent);
        }
    }

    /** A shared part, finished: its bytes, and what it adds to a page's links and ids. */
    private static final class FinishedPart {
        private final byte[] bytes;
        /** Its links in order; one to a part of the page ({@code #noi-dung}) without its path, the page's. */
        private final List<FinishedPage.InternalLink> links;
        private final List<SeenId> ids;
        private final List<String> externalLinks;
        /** Whether no link of it is resolved against the page's address, but those to a part of the page. */
        private final boolean sameInEveryFolder;
        /** Every folder its links lead into, from {@code /} down. */
        private final Set<String> folders = new HashSet<>();

        FinishedPart(byte[] bytes, PageAttributes attributes) {
            this.bytes = bytes;
            this.links = attributes.links.stream().map(link -> link.written().startsWith("#")
                    ? new FinishedPage.InternalLink(null, link.fragment(), link.written()) : link).toList();
            this.ids = List.copyOf(attributes.seenIds);
            this.externalLinks = List.copyOf(attributes.externalLinks);
            this.sameInEveryFolder = !attributes.resolvedAgainstPage;
            for (FinishedPage.InternalLink link : links) {
                String path = link.path() == null ? "" : link.path();
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash + 1));
                }
            }
        }

        /** Whether a link of the part leads into {@code folder} (or is it): it is written otherwise from a page there. */
        boolean linksInto(String folder) {
            return folders.contains(folder);
        }

        void addTo(PageAttributes attributes) {
            for (FinishedPage.InternalLink link : links) {
                attributes.links.add(link.path() == null ? attributes.ownLink(link.written()) : link);
            }
            ids.forEach(id -> attributes.id(id.value(), id.counted()));
            attributes.externalLinks.addAll(externalLinks);
        }
    }

    /** An id, or an {@code <a name>}, in the order the page has them; only ids count as repeated. */
    private record SeenId(String value, boolean counted) {
    }

    /**
     * What the scan of one page collects (its links, ids and external links) and how it rewrites
     * the page's site-root-relative links: page-relative, or from the base path on the 404 page,
     * which is served at any depth.
     */
    private final class PageAttributes implements HtmlScanner.AttributeVisitor {
        private final String url;
        private final boolean servedAnywhere;
        private final List<FinishedPage.InternalLink> links = new ArrayList<>();
        private final Set<String> externalLinks = new LinkedHashSet<>();
        private final Set<String> ids = new HashSet<>();
        private final Set<String> repeated = new TreeSet<>();
        private final List<SeenId> seenIds = new ArrayList<>();
        /** Whether a relative link was resolved against the page's address (a link to a part of the page aside). */
        private boolean resolvedAgainstPage;

        PageAttributes(String url) {
            this.url = url;
            this.servedAnywhere = url.equals(error404Url);
        }

        @Override
        public boolean wants(String tag, String attribute) {
            return switch (attribute) { // most attributes (class, rel, alt) are none of these
                case "id" -> true;
                case "name" -> tag.equals("a");
                case "href", "src", "action" -> attribute.equals(URL_ATTRIBUTES.get(tag));
                default -> false;
            };
        }

        /** A link to a part of the page itself: {@code #noi-dung}. */
        FinishedPage.InternalLink ownLink(String written) {
            return link(RelativeUrls.resolve(url, url + written), written);
        }

        /** An id the page has; {@code counted} when a second one is an error (an {@code id}, not an {@code <a name>}). */
        void id(String value, boolean counted) {
            seenIds.add(new SeenId(value, counted));
            if (!ids.add(value) && counted) {
                repeated.add(value);
            }
        }

        private static boolean isId(String tag, String attribute) {
            return attribute.equals("id") || (attribute.equals("name") && tag.equals("a"));
        }

        @Override
        public String visit(String tag, String attribute, String raw) {
            if (isId(tag, attribute)) {
                id(raw, attribute.equals("id"));
                return null;
            }
            String value = raw.strip();
            boolean outside = value.startsWith("http://") || value.startsWith("https://");
            if (outside && !value.startsWith(siteUrl)) { // the site's own absolute links are checked as pages
                externalLinks.add(value);
            }
            if (value.isEmpty() || isExternal(value)) {
                return null;
            }
            if (value.startsWith("/")) {
                links.add(rootLink(value));
            } else if (value.startsWith("#")) {
                links.add(ownLink(value));
            } else {
                links.add(link(RelativeUrls.resolve(url, value), value));
                resolvedAgainstPage = true;
            }
            if (value.startsWith("/") && !value.startsWith("//")) {
                return servedAnywhere ? basePath + value.substring(1) : RelativeUrls.relativize(url, value);
            }
            return null;
        }
    }

    /** The link of a site-root-relative value, the same object on every page that has it. */
    private FinishedPage.InternalLink rootLink(String value) {
        FinishedPage.InternalLink known = rootLinks.get(value);
        return known != null ? known : rootLinks.computeIfAbsent(value, v -> link(RelativeUrls.resolve("/", v), v));
    }

    /** The link a page has as {@code written}, which resolves to {@code target} (site-root-relative). */
    private static FinishedPage.InternalLink link(String target, String written) {
        int hash = target.indexOf('#');
        String withoutFragment = hash < 0 ? target : target.substring(0, hash);
        int query = withoutFragment.indexOf('?');
        return new FinishedPage.InternalLink(query < 0 ? withoutFragment : withoutFragment.substring(0, query),
                hash < 0 ? "" : target.substring(hash + 1), written);
    }

    /** Links that leave the site or are no files at all: other schemes and protocol-relative URLs. */
    static boolean isExternal(String url) {
        if (url.startsWith("//")) {
            return true;
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        int slash = url.indexOf('/');
        int query = url.indexOf('?');
        int hash = url.indexOf('#');
        return (slash < 0 || colon < slash) && (query < 0 || colon < query) && (hash < 0 || colon < hash);
    }
}
