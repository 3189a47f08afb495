package vn.bantin.load;

import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import vn.bantin.config.EmbedHosts;
import vn.bantin.config.SiteConfig;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Joined;
import vn.bantin.problem.ParallelWork;
import vn.bantin.problem.Problem;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The load stage: finds the files of {@code content/}, parses each Markdown file exactly once,
 * in parallel, through jbake-core's parser SPI, and lists the other files to publish as they are;
 * then reads the data files, procedures written in bulk among them ({@link ProcedureTables}).
 */
public final class ContentLoader {
    private static final List<String> MARKDOWN = List.of("md", "markdown");

    private final SiteConfig site;
    private final JBakeConfiguration jbake;
    private final BantinMarkdownEngine engine;
    private final ProcedureTables procedureTables;
    private final ParsedBefore before;
    private final Map<Path, FileStamp> listed;

    public ContentLoader(SiteConfig site, JBakeConfiguration jbake, MarkdownRenderer markdown) {
        this(site, jbake, markdown, ParsedBefore.NONE, Map.of());
    }

    /**
     * A loader that takes unchanged files as a previous bake parsed them ({@code before}).
     *
     * @param listed the stamps of content files as a listing of the folder read them, by path as
     *               this loader names them; a file not among them is looked at when loaded
     */
    public ContentLoader(SiteConfig site, JBakeConfiguration jbake, MarkdownRenderer markdown, ParsedBefore before,
                         Map<Path, FileStamp> listed) {
        this.site = site;
        this.before = before;
        this.listed = listed;
        this.jbake = jbake;
        jbake.setProperty(BantinMarkdownEngine.SITE_FOLDER, site.siteFolder().toString());
        engine = new BantinMarkdownEngine(markdown);
        for (String extension : MARKDOWN) {
            Engines.register(extension, engine);
        }
        procedureTables = new ProcedureTables(site, new MarkdownBody(markdown),
                EmbedHosts.parse(jbake.get(EmbedHosts.KEY)));
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
        String ignoreFile = String.valueOf(Objects.requireNonNullElse(jbake.get("ignore.file"), ".jbakeignore"));
        for (Path file : new ContentFiles(site.contentFolder(), site.siteFolder(), ignoreFile, problems).list()) {
            if (MARKDOWN.contains(extension(file).toLowerCase(Locale.ROOT))) {
                markdown.add(file);
            } else {
                staticFiles.put(contentPath(file), file);
            }
        }
        // JBake picks the engine by the extension as written: "Bài mới.MD" must reach bantin's too.
        // Registered here, before the parallel parse, as JBake's registry is not thread-safe.
        markdown.stream().map(ContentLoader::extension).distinct()
                .forEach(extension -> Engines.register(extension, engine));
        Parser parser = new Parser(jbake);
        // The bulk procedure files are read meanwhile: after the Markdown files, they kept one core waiting.
        Problems tableProblems = new Problems();
        CompletableFuture<Map<String, ProcedureTable>> tables =
                CompletableFuture.supplyAsync(() -> procedureTables.load(tableProblems, before));
        Map<String, FileStamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();
        long settled = FileStamp.settledBefore();
        List<ParsedDocument> documents = ParallelWork.map(markdown, file -> {
            String contentPath = contentPath(file);
            FileStamp stamp = listed.containsKey(file) ? listed.get(file) : FileStamp.of(file);
            ParsedDocument previous = stamp == null || stamp.modified() > settled ? null
                    : before.lookup(contentPath, stamp);
            ParsedDocument parsed = previous != null ? previous : parse(parser, file);
            if (stamp != null) {
                stamps.put(contentPath, stamp);
            }
            return parsed;
        });
        documents.forEach(document -> problems.addAll(document.problems()));
        Map<String, Object> data = readData(problems);
        Map<String, ProcedureTable> procedures = Joined.result(tables);
        problems.addAll(tableProblems.sorted());
        return new LoadedContent(documents, Collections.unmodifiableMap(staticFiles), data, procedures,
                problems.sorted(), new TreeMap<>(stamps));
    }

    /** One Markdown file of the content folder, parsed as {@link #load} parses it: for a rebuild that reads no other. */
    public ParsedDocument parseOne(Path file) {
        Engines.register(extension(file), engine);
        return parse(new Parser(jbake), file);
    }

    /**
     * Parses one file. Whatever goes wrong ends as a problem of that file: a bug in bantin or a
     * library on some unforeseen input must not stop the bake with a stack trace, nor hide which
     * file caused it.
     */
    private ParsedDocument parse(Parser parser, Path file) {
        try {
            DocumentModel model = parser.processFile(file.toFile());
            if (model != null && model.get(BantinMarkdownEngine.PARSED) instanceof ParsedDocument parsed) {
                return parsed;
            }
            return unreadable(file, "no Markdown engine took the file", "rename it to end in .md");
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(file, "bantin failed on this file (an internal error)",
                    "please report it to the site's technical staff with the file; meanwhile, look for unusual "
                            + "text in it, or move it out of content/");
        }
    }

    private ParsedDocument unreadable(Path file, String message, String hint) {
        String path = relative(file);
        return ParsedDocument.unreadable(path, contentPath(file), Problem.error(path, 0, message, hint));
    }

    private String contentPath(Path file) {
        return site.contentFolder().relativize(file).toString().replace('\\', '/');
    }

    private Map<String, Object> readData(Problems problems) {
        Map<String, Object> data = new TreeMap<>();
        Path folder = site.dataFolder();
        if (!Files.isDirectory(folder)) {
            return data;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String extension = extension(file).toLowerCase(Locale.ROOT);
                if (!List.of("yml", "yaml", "json").contains(extension)) {
                    continue;
                }
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    data.put(file.getFileName().toString(), new Yaml(new LoaderOptions()).load(reader));
                } catch (YAMLException e) {
                    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                    problems.error(relative(file), 0, "cannot read the data file: " + message,
                            "check its YAML or JSON syntax");
                } catch (CharacterCodingException e) {
                    problems.error(relative(file), 0, "the data file is not valid UTF-8", "save it as UTF-8");
                } catch (IOException e) {
                    problems.error(relative(file), 0, "cannot read the data file: " + SourceText.describe(e),
                            "check that it is readable");
                }
            }
        } catch (IOException e) {
            problems.error(relative(folder), 0, "cannot list the data folder: " + SourceText.describe(e),
                    "check that it is readable");
        }
        return data;
    }

    private String relative(Path path) {
        return site.siteFolder().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The extension as written, the way JBake reads it ({@code Bai.MD} gives {@code MD}). */
    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }
}
