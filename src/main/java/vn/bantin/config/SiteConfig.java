package vn.bantin.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of one site, read from {@code jbake.properties}: JBake's keys with JBake's
 * defaults, and bantin's own keys under {@code bantin.}.
 *
 * @param siteFolder    the folder holding {@code jbake.properties}, {@code content/}, {@code templates/}
 * @param output        where the baked site goes
 * @param siteUrl       absolute URL of the site root, base path included, ending with {@code /}
 * @param basePath      the path part of {@link #siteUrl}, e.g. {@code /} or {@code /ban-tin/}
 * @param documentsPath the folder of the documents' pages and registry, e.g. {@code van-ban}
 * @param proceduresPath the folder of the procedures' pages and catalog, e.g. {@code thu-tuc}; also the
 *                      folder of {@code data/} holding procedures in bulk (YAML or CSV)
 * @param raw           every key and value, JBake's defaults included, for templates' {@code config}
 */
public record SiteConfig(
        Path siteFolder,
        Path contentFolder,
        Path templateFolder,
        Path assetFolder,
        Path dataFolder,
        Path output,
        String siteUrl,
        String basePath,
        String title,
        String description,
        String publisher,
        String language,
        ZoneId zone,
        String defaultStatus,
        String defaultType,
        String headerSeparator,
        String indexFile,
        String tagPath,
        String archivePath,
        String documentsPath,
        String proceduresPath,
        String feedFile,
        String sitemapFile,
        String error404File,
        int pageSize,
        int documentsPageSize,
        int homeLatest,
        int homePerSection,
        int neighbours,
        int related,
        int feedSize,
        long maxFileBytes,
        Map<String, String> templates,
        Map<String, Boolean> renders,
        Map<String, Object> raw) {

    /** The template file configured for a page kind, if a file by that name exists. */
    public Optional<String> templateFor(String kind) {
        String name = templates.get(kind);
        if (name == null || name.isBlank() || !templateFolder.resolve(name).toFile().isFile()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** JBake's {@code render.<kind>} switches; kinds without a switch are rendered. */
    public boolean renders(String kind) {
        return renders.getOrDefault(kind, true);
    }

    /** The absolute URL of a site-root-relative path such as {@code /tin-tuc/}. */
    public String absolute(String rootRelative) {
        return siteUrl + (rootRelative.startsWith("/") ? rootRelative.substring(1) : rootRelative);
    }
}
