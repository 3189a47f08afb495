package vn.bantin.finish;

import vn.bantin.config.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code sitemap.xml} and {@code robots.txt}. */
final class SitemapWriter {
    private SitemapWriter() {
    }

    /** @param lastModified site-root-relative URL of each page to list, to its date ({@code yyyy-MM-dd}) or null */
    static byte[] sitemap(SiteConfig config, Map<String, String> lastModified) {
        StringBuilder xml = new StringBuilder(lastModified.size() * 120 + 200);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        lastModified.forEach((url, date) -> {
            xml.append("<url><loc>").append(escape(config.absolute(url))).append("</loc>");
            if (date != null) {
                xml.append("<lastmod>").append(date).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
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
