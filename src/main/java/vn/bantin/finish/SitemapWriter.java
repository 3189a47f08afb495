package vn.bantin.finish;

import vn.bantin.config.SiteConfig;
import vn.bantin.text.FingerprintHash;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** {@code sitemap.xml} and {@code robots.txt}. */
final class SitemapWriter {
    private SitemapWriter() {
    }

    /**
     * The sitemap, its URLs sorted.
     *
     * @param lastModified site-root-relative URL of each page to list, to its date ({@code yyyy-MM-dd}) or null
     */
    static byte[] sitemap(SiteConfig config, Map<String, String> lastModified) {
        StringBuilder xml = new StringBuilder(lastModified.size() * 120 + 200);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        new TreeMap<>(lastModified).forEach((url, date) -> {
            xml.append("<url><loc>").append(escape(config.absolute(url))).append("</loc>");
            if (date != null) {
                xml.append("<lastmod>").append(date).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A hash of what the sitemap of {@code lastModified} lists, in its order: the same for the same
     * pages listed in the same order (bakes of the same site list them so), found without sorting.
     */
    static String fingerprint(Map<String, String> lastModified) {
        FingerprintHash hash = new FingerprintHash().count(lastModified.size());
        lastModified.forEach((url, date) -> {
            hash.text(url);
            if (date == null) {
                hash.tag('n');
            } else {
                hash.tag('d').text(date);
            }
        });
        return hash.hex();
    }

    static byte[] robots(SiteConfig config, boolean withSitemap) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (withSitemap) {
            text.append("Sitemap: ").append(config.absolute("/" + config.sitemapFile())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
