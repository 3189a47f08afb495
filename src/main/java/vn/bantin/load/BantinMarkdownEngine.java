package vn.bantin.load;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import vn.bantin.problem.Problem;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bantin's Markdown engine for jbake-core's parser SPI. It reads each file once, as strict UTF-8,
 * accepts YAML front matter and JBake's header, renders the body with the shared Flexmark
 * renderer and cleans it. Unlike JBake's engines it never returns {@code null} and never only logs:
 * every problem travels with the result, under {@link #PARSED}.
 */
public final class BantinMarkdownEngine extends MarkupEngine {
    /** The key of the DocumentModel under which the typed {@link ParsedDocument} travels. */
    public static final String PARSED = "bantin.parsed";
    /** Configuration key giving the folder that site-relative paths in messages start from. */
    static final String SITE_FOLDER = "bantin.internal.site_folder";
    private static final long DEFAULT_MAX_BYTES = 2048 * 1024L;

    private final MarkdownRenderer markdown;
    private final BodyProcessor bodies = new BodyProcessor();

    public BantinMarkdownEngine(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path siteFolder = Path.of(String.valueOf(config.get(SITE_FOLDER)));
        Path contentFolder = config.getContentFolder().toPath();
        Path source = file.toPath().toAbsolutePath().normalize();
        String path = slashes(siteFolder.relativize(source).toString());
        String contentPath = slashes(contentFolder.relativize(source).toString());
        ParsedDocument parsed = parse(source, path, contentPath, config.getHeaderSeparator(), maxBytes(config));
        return toDocumentModel(parsed, config);
    }

    private ParsedDocument parse(Path source, String path, String contentPath, String separator, long maxBytes) {
        SourceText.Result read = SourceText.read(source, path, maxBytes);
        if (read.problem() != null) {
            FrontMatter.Split empty = new FrontMatter.Split(FrontMatter.Format.NONE, Map.of(), Map.of(), "", 1, List.of());
            return new ParsedDocument(path, contentPath, empty, "", "", List.of(read.problem()));
        }
        FrontMatter.Split header = FrontMatter.split(path, read.text(), separator);
        List<Problem> problems = new ArrayList<>(header.problems());
        String folder = "/" + (contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "");
        String html = "";
        String excerpt = "";
        try {
            BodyProcessor.Body body = bodies.process(markdown.render(header.body()), folder);
            html = body.html();
            excerpt = body.excerpt();
        } catch (StackOverflowError e) {
            problems.add(Problem.error(path, header.bodyLine(), "the text is nested too deeply to render",
                    "flatten deeply nested lists or quotes"));
        }
        return new ParsedDocument(path, contentPath, header, html, excerpt, List.copyOf(problems));
    }

    /** Fills JBake's own fields too, so that JBake-style code reading the model finds what it expects. */
    private static DocumentModel toDocumentModel(ParsedDocument parsed, JBakeConfiguration config) {
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        parsed.header().values().forEach((key, value) -> {
            if (value != null) {
                model.put(key, value);
            }
        });
        model.setBody(parsed.bodyHtml());
        model.setFile(parsed.path());
        model.setSourceUri(parsed.contentPath());
        if (parsed.header().values().get("type") instanceof String type) {
            model.setType(type);
        }
        Object status = parsed.header().values().get("status");
        model.setStatus(status instanceof String s ? s : config.getDefaultStatus());
        model.put(PARSED, parsed);
        return model;
    }

    private static long maxBytes(JBakeConfiguration config) {
        Object kb = config.get("bantin.max_file_kb");
        try {
            return kb == null ? DEFAULT_MAX_BYTES : Long.parseLong(String.valueOf(kb).strip()) * 1024L;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    private static String slashes(String path) {
        return path.replace(File.separatorChar, '/');
    }
}
