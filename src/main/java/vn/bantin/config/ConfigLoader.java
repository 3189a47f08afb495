package vn.bantin.config;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code jbake.properties} through jbake-core's configuration factory, so that every JBake
 * key keeps its meaning and default, and turns it into a typed {@link SiteConfig}.
 */
public final class ConfigLoader {
    static final String FILE = "jbake.properties";
    /** A site's time zone unless {@code bantin.timezone} names another: Vietnam's, +07:00. */
    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";
    private static final String[] KINDS = {"masterindex", "section", "post", "page", "tag", "tagsindex", "archive",
        "error404", "document", "documents", "procedure", "procedures", "search"};
    private static final String[] RENDER_SWITCHES = {"index", "tags", "tagsindex", "archive", "feed", "sitemap",
        "error404"};

    private final List<Problem> problems = new ArrayList<>();

    /** Loads the site in {@code siteFolder}; {@code output} overrides {@code destination.folder} when not null. */
    public static LoadedConfig load(Path siteFolder, Path output) {
        return new ConfigLoader().read(siteFolder.toAbsolutePath().normalize(), output);
    }

    /** The typed configuration and JBake's own view of it, which the parser SPI needs. */
    public record LoadedConfig(SiteConfig site, JBakeConfiguration jbake) {
    }

    private LoadedConfig read(Path siteFolder, Path output) {
        if (!Files.isRegularFile(siteFolder.resolve(FILE))) {
            throw new BakeFailure("config", List.of(Problem.error(FILE, 0,
                    "no " + FILE + " in " + siteFolder,
                    "run bantin from the site folder, or give it with --source")));
        }
        DefaultJBakeConfiguration jbake;
        try {
            File destination = output == null ? null : output.toAbsolutePath().normalize().toFile();
            jbake = new JBakeConfigurationFactory().setEncoding("UTF-8")
                    .createDefaultJbakeConfiguration(siteFolder.toFile(), destination, false);
        } catch (RuntimeException e) {
            throw new BakeFailure("config", List.of(Problem.error(FILE, 0,
                    "cannot read configuration: " + e.getMessage(), "check the file's key=value lines")));
        }
        SiteConfig site = toSiteConfig(siteFolder, jbake);
        problems.addAll(EmbedHosts.problems(jbake.get(EmbedHosts.KEY)));
        problems.addAll(Contact.problems(site.raw()));
        problems.addAll(RelatedAgencies.problems(site.raw()));
        problems.addAll(ShareImage.problems(site.raw(), site.assetFolder(), site.contentFolder()));
        if (!problems.isEmpty()) {
            throw new BakeFailure("config", problems);
        }
        return new LoadedConfig(site, jbake);
    }

    private SiteConfig toSiteConfig(Path siteFolder, DefaultJBakeConfiguration jbake) {
        String host = string(jbake, "site.host", "http://localhost");
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        String basePath = string(jbake, "bantin.base_path", "/");
        if (!basePath.startsWith("/")) {
            basePath = "/" + basePath;
        }
        if (!basePath.endsWith("/")) {
            basePath = basePath + "/";
        }
        ZoneId zone = ZoneId.of(DEFAULT_ZONE);
        String zoneName = string(jbake, "bantin.timezone", DEFAULT_ZONE);
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            problems.add(Problem.error(FILE, 0, "unknown time zone '" + zoneName + "' in bantin.timezone",
                    "use a name such as Asia/Ho_Chi_Minh"));
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (String kind : KINDS) {
            templates.put(kind, string(jbake, "template." + kind + ".file", ""));
        }
        Map<String, Boolean> renders = new LinkedHashMap<>();
        for (String kind : RENDER_SWITCHES) {
            renders.put(kind, Boolean.parseBoolean(string(jbake, "render." + kind, "true")));
        }
        String language = string(jbake, "bantin.language", "vi");
        return new SiteConfig(
                siteFolder,
                jbake.getContentFolder().toPath(),
                jbake.getTemplateFolder().toPath(),
                jbake.getAssetFolder().toPath(),
                jbake.getDataFolder().toPath(),
                jbake.getDestinationFolder().toPath(),
                host + basePath,
                basePath,
                string(jbake, "bantin.title", "Bản tin"),
                string(jbake, "bantin.description", ""),
                string(jbake, "bantin.publisher", ""),
                language,
                zone,
                string(jbake, "default.status", "published"),
                string(jbake, "default.type", ""),
                string(jbake, "header.separator", "~~~~~~"),
                string(jbake, "index.file", "index.html"),
                pathSegment(string(jbake, "tag.path", "tags"), "tag.path"),
                pathSegment(string(jbake, "bantin.archive_path", "luu-tru"), "bantin.archive_path"),
                pathSegment(string(jbake, "bantin.documents.path", "van-ban"), "bantin.documents.path"),
                pathSegment(string(jbake, "bantin.procedures.path", "thu-tuc"), "bantin.procedures.path"),
                string(jbake, "feed.file", "feed.xml"),
                string(jbake, "sitemap.file", "sitemap.xml"),
                string(jbake, "error404.file", "404.html"),
                positive(jbake, "bantin.page_size", 10),
                positive(jbake, "bantin.documents.page_size", 20),
                positive(jbake, "bantin.home.latest", 8),
                positive(jbake, "bantin.home.per_section", 4),
                positive(jbake, "bantin.article.neighbours", 5),
                positive(jbake, "bantin.article.related", 5),
                positive(jbake, "bantin.feed.size", 20),
                positive(jbake, "bantin.max_file_kb", 2048) * 1024L,
                templates,
                renders,
                rawValues(jbake));
    }

    private static String string(JBakeConfiguration jbake, String key, String fallback) {
        String text = ConfigText.of(jbake.get(key));
        return text.isEmpty() ? fallback : text;
    }

    private int positive(JBakeConfiguration jbake, String key, int fallback) {
        String text = string(jbake, key, String.valueOf(fallback));
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.error(FILE, 0, key + " must be a whole number above 0, not '" + text + "'",
                "for example " + key + "=" + fallback));
        return fallback;
    }

    private String pathSegment(String value, String key) {
        String segment = value.replaceAll("^/+|/+$", "");
        if (segment.isEmpty() || segment.contains("/") || segment.contains("..")) {
            problems.add(Problem.error(FILE, 0, key + " must be one folder name, not '" + value + "'",
                    "for example " + key + "=tag"));
        }
        return segment;
    }

    /**
     * Every key of jbake.properties and of JBake's defaults, with its value. Not the JVM's system
     * properties, which JBake's configuration also answers for (after the files): the Java version,
     * the command line, the logging level of {@code --verbose} are no setting of the site, and as
     * part of {@code config} they made its pages differ from one way of starting a bake to another.
     */
    private static Map<String, Object> rawValues(DefaultJBakeConfiguration jbake) {
        Map<String, Object> raw = new TreeMap<>();
        CompositeConfiguration composite = jbake.getCompositeConfiguration();
        for (int i = 0; i < composite.getNumberOfConfigurations(); i++) {
            Configuration source = composite.getConfiguration(i);
            if (!(source instanceof SystemConfiguration)) {
                source.getKeys().forEachRemaining(key -> {
                    Object value = jbake.get(key); // as the files' order has it
                    if (value != null) {
                        raw.put(key, value);
                    }
                });
            }
        }
        return raw;
    }
}
