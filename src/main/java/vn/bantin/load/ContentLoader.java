package vn.bantin.load;

import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import vn.bantin.config.SiteConfig;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The load stage: finds the files of {@code content/}, parses each Markdown file exactly once,
 * in parallel, through jbake-core's parser SPI, and lists the other files to publish as they are.
 */
public final class ContentLoader {
    private static final List<String> MARKDOWN = List.of("md", "markdown");

    private final SiteConfig site;
    private final JBakeConfiguration jbake;

    public ContentLoader(SiteConfig site, JBakeConfiguration jbake, MarkdownRenderer markdown) {
        this.site = site;
        this.jbake = jbake;
        jbake.setProperty(BantinMarkdownEngine.SITE_FOLDER, site.siteFolder().toString());
        BantinMarkdownEngine engine = new BantinMarkdownEngine(markdown);
        for (String extension : MARKDOWN) {
            Engines.register(extension, engine);
        }
    }

    /**
     * Reads all content. Problems in single files travel with the result, so that they are reported
     * together with the model stage's; only a content folder that cannot be read at all throws
     * {@link BakeFailure}.
     */
    public LoadedContent load() {
        Problems problems = new Problems();
        if (!Files.isDirectory(site.contentFolder())) {
            problems.error(relative(site.contentFolder()), 0, "the content folder does not exist",
                    "create it, or set content.folder in jbake.properties");
            problems.throwIfErrors("load");
        }
        List<Path> markdown = new ArrayList<>();
        Map<String, Path> staticFiles = new TreeMap<>();
        for (Path file : contentFiles(problems)) {
            String contentPath = site.contentFolder().relativize(file).toString().replace('\\', '/');
            if (MARKDOWN.contains(extension(file))) {
                markdown.add(file);
            } else {
                staticFiles.put(contentPath, file);
            }
        }
        Parser parser = new Parser(jbake);
        List<ParsedDocument> documents = markdown.parallelStream()
                .map(file -> parse(parser, file))
                .filter(Objects::nonNull)
                .toList();
        documents.forEach(document -> problems.addAll(document.problems()));
        Map<String, Object> data = readData(problems);
        return new LoadedContent(documents, Collections.unmodifiableMap(staticFiles), data, problems.sorted());
    }

    private ParsedDocument parse(Parser parser, Path file) {
        DocumentModel model = parser.processFile(file.toFile());
        return model == null ? null : (ParsedDocument) model.get(BantinMarkdownEngine.PARSED);
    }

    /** Regular files below content/, sorted; hidden files and folders holding JBake's ignore file are skipped. */
    private List<Path> contentFiles(Problems problems) {
        String ignoreFile = String.valueOf(Objects.requireNonNullElse(jbake.get("ignore.file"), ".jbakeignore"));
        try (Stream<Path> walk = Files.walk(site.contentFolder())) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHiddenOrIgnored(file, ignoreFile))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            problems.error(relative(site.contentFolder()), 0, "cannot list the content folder: " + e.getMessage(),
                    "check for unreadable folders or broken links");
            problems.throwIfErrors("load");
            return List.of();
        }
    }

    private boolean isHiddenOrIgnored(Path file, String ignoreFile) {
        Path relative = site.contentFolder().relativize(file);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        for (Path folder = file.getParent(); folder != null && folder.startsWith(site.contentFolder());
             folder = folder.getParent()) {
            if (Files.exists(folder.resolve(ignoreFile))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> readData(Problems problems) {
        Map<String, Object> data = new TreeMap<>();
        Path folder = site.dataFolder();
        if (!Files.isDirectory(folder)) {
            return data;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String extension = extension(file);
                if (!List.of("yml", "yaml", "json").contains(extension)) {
                    continue;
                }
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    data.put(file.getFileName().toString(), new Yaml(new LoaderOptions()).load(reader));
                } catch (YAMLException | IOException e) {
                    problems.error(relative(file), 0, "cannot read the data file: " + e.getMessage(),
                            "check its YAML or JSON syntax");
                }
            }
        } catch (IOException e) {
            problems.error(relative(folder), 0, "cannot list the data folder: " + e.getMessage(), "");
        }
        return data;
    }

    private String relative(Path path) {
        return site.siteFolder().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
