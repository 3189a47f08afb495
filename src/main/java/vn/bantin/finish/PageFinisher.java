package vn.bantin.finish;

import vn.bantin.render.RenderedPage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    PageFinisher(String basePath, String siteUrl, String error404Url) {
        this.basePath = basePath;
        this.siteUrl = siteUrl;
        this.error404Url = error404Url;
    }

    FinishedPage finish(RenderedPage page) {
        PageAttributes attributes = new PageAttributes(page.url());
        byte[] bytes = HtmlScanner.scan(page.html(), attributes);
        return new FinishedPage(page.url(), page.outputPath(), page.sourcePath(), page.template(), bytes,
                List.copyOf(attributes.links), Set.copyOf(attributes.ids), List.copyOf(attributes.repeated),
                List.copyOf(attributes.externalLinks), page.stamp());
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

        private static boolean isId(String tag, String attribute) {
            return attribute.equals("id") || (attribute.equals("name") && tag.equals("a"));
        }

        @Override
        public String visit(String tag, String attribute, String raw) {
            if (isId(tag, attribute)) {
                if (!ids.add(raw) && attribute.equals("id")) {
                    repeated.add(raw);
                }
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
            links.add(value.startsWith("/") ? rootLink(value)
                    : link(RelativeUrls.resolve(url, value.startsWith("#") ? url + value : value), value));
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
