package vn.bantin.finish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.render.RenderedPage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one Jsoup pass over each rendered page: rewrites site-root-relative URLs relative to the
 * page (the 404 page, served at any depth, gets base-path-absolute ones instead) and records the
 * page's internal links and ids for the link check.
 */
final class PageFinisher {
    private static final String[][] URL_ATTRIBUTES = {
        {"a", "href"}, {"area", "href"}, {"link", "href"}, {"img", "src"}, {"script", "src"}, {"source", "src"},
        {"iframe", "src"}, {"video", "src"}, {"audio", "src"}, {"track", "src"}, {"form", "action"},
    };
    private static final String SELECTOR;

    static {
        StringBuilder selector = new StringBuilder();
        for (String[] pair : URL_ATTRIBUTES) {
            if (selector.length() > 0) {
                selector.append(", ");
            }
            selector.append(pair[0]).append('[').append(pair[1]).append(']');
        }
        SELECTOR = selector.toString();
    }

    private final String basePath;
    private final String siteUrl;
    private final String error404Url;

    PageFinisher(String basePath, String siteUrl, String error404Url) {
        this.basePath = basePath;
        this.siteUrl = siteUrl;
        this.error404Url = error404Url;
    }

    FinishedPage finish(RenderedPage page) {
        Document document = Jsoup.parse(page.html());
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        boolean servedAnywhere = page.url().equals(error404Url);
        List<FinishedPage.InternalLink> links = new ArrayList<>();
        Set<String> externalLinks = new LinkedHashSet<>();
        for (Element element : document.select(SELECTOR)) {
            String attribute = attributeOf(element);
            String value = element.attr(attribute).strip();
            boolean outside = value.startsWith("http://") || value.startsWith("https://");
            if (outside && !value.startsWith(siteUrl)) { // the site's own absolute links are checked as pages
                externalLinks.add(value);
            }
            if (value.isEmpty() || isExternal(value)) {
                continue;
            }
            String target = RelativeUrls.resolve(page.url(), value.startsWith("#") ? fragmentOnly(page.url(), value) : value);
            int hash = target.indexOf('#');
            String withoutFragment = hash < 0 ? target : target.substring(0, hash);
            int query = withoutFragment.indexOf('?');
            links.add(new FinishedPage.InternalLink(query < 0 ? withoutFragment : withoutFragment.substring(0, query),
                    hash < 0 ? "" : target.substring(hash + 1), value));
            if (value.startsWith("/") && !value.startsWith("//")) {
                element.attr(attribute, servedAnywhere ? basePath + value.substring(1)
                        : RelativeUrls.relativize(page.url(), value));
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> repeated = new java.util.TreeSet<>();
        for (Element element : document.select("[id]")) {
            if (!ids.add(element.id())) {
                repeated.add(element.id());
            }
        }
        for (Element anchor : document.select("a[name]")) {
            ids.add(anchor.attr("name"));
        }
        byte[] bytes = document.outerHtml().getBytes(StandardCharsets.UTF_8);
        return new FinishedPage(page.url(), page.outputPath(), page.sourcePath(), page.template(), bytes,
                List.copyOf(links), Set.copyOf(ids), List.copyOf(repeated), List.copyOf(externalLinks));
    }

    private static String fragmentOnly(String pageUrl, String value) {
        return pageUrl + value;
    }

    private static String attributeOf(Element element) {
        for (String[] pair : URL_ATTRIBUTES) {
            if (pair[0].equals(element.normalName()) && element.hasAttr(pair[1])) {
                return pair[1];
            }
        }
        throw new IllegalStateException("no URL attribute on " + element.normalName());
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
