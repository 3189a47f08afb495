package vn.bantin.load;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import vn.bantin.config.EmbedHosts;
import vn.bantin.problem.Problem;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * bantin's Markdown engine for jbake-core's parser SPI. It reads each file once, as strict UTF-8,
 * accepts YAML front matter and JBake's header, renders the body with the shared Flexmark
 * renderer and cleans it ({@link MarkdownBody}). Unlike JBake's engines it never returns {@code null} and never only logs:
 * every problem travels with the result, under {@link #PARSED}. Text that would make the renderer
 * run away (see {@link RenderLimits}) is refused with a problem, not rendered.
 */
public final class BantinMarkdownEngine extends MarkupEngine {
    /** The key of the DocumentModel under which the typed {@link ParsedDocument} travels. */
    public static final String PARSED = "bantin.parsed";
    /** Configuration key giving the folder that site-relative paths in messages start from. */
    static final String SITE_FOLDER = "bantin.internal.site_folder";
    private static final long DEFAULT_MAX_BYTES = 2048 * 1024L;

    private final MarkdownBody bodies;

    public BantinMarkdownEngine(MarkdownRenderer markdown) {
        bodies = new MarkdownBody(markdown);
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path siteFolder = Path.of(String.valueOf(config.get(SITE_FOLDER)));
        Path contentFolder = config.getContentFolder().toPath();
        Path source = file.toPath().toAbsolutePath().normalize();
        String path = slashes(siteFolder.relativize(source).toString());
        String contentPath = slashes(contentFolder.relativize(source).toString());
        List<String> embedHosts = EmbedHosts.parse(config.get(EmbedHosts.KEY));
        Parsed parsed = parse(source, path, contentPath, config.getHeaderSeparator(), maxBytes(config),
                embedHosts);
        return toDocumentModel(parsed, config);
    }

    /** A file as parsed, and its body's HTML as made: the document holds it in UTF-8 only. */
    private record Parsed(ParsedDocument document, String html) {
    }

    private Parsed parse(Path source, String path, String contentPath, String separator, long maxBytes,
                         List<String> embedHosts) {
        SourceText.Result read = SourceText.read(source, path, maxBytes);
        if (read.problem() != null) {
            return new Parsed(ParsedDocument.unreadable(path, contentPath, read.problem()), "");
        }
        FrontMatter.Split header = FrontMatter.split(path, read.text(), separator);
        String title = header.values().get("title") instanceof String text ? text : "";
        MarkdownBody.Rendered body = bodies.render(path, contentPath, header.body(), header.bodyLine(), embedHosts,
                title);
        List<Problem> problems = new ArrayList<>(header.problems());
        problems.addAll(body.problems());
        return new Parsed(ParsedDocument.rendered(path, contentPath, header, body.html(), body.excerpt(),
                List.copyOf(problems)), body.html());
    }

    /** Fills JBake's own fields too, so that JBake-style code reading the model finds what it expects. */
    private static DocumentModel toDocumentModel(Parsed file, JBakeConfiguration config) {
        ParsedDocument parsed = file.document();
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        parsed.header().values().forEach((key, value) -> {
            if (value != null) {
                model.put(key, value);
            }
        });
        model.setBody(file.html());
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
