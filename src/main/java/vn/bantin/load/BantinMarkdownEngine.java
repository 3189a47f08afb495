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
import java.util.Map;

/**
 * bantin's Markdown engine for jbake-core's parser SPI. It reads each file once, as strict UTF-8,
 * accepts YAML front matter and JBake's header, renders the body with the shared Flexmark
 * renderer and cleans it. Unlike JBake's engines it never returns {@code null} and never only logs:
 * every problem travels with the result, under {@link #PARSED}. Text that would make the renderer
 * run away (see {@link RenderLimits}) is refused with a problem, not rendered.
 */
public final class BantinMarkdownEngine extends MarkupEngine {
    /** The key of the DocumentModel under which the typed {@link ParsedDocument} travels. */
    public static final String PARSED = "bantin.parsed";
    /** Configuration key giving the folder that site-relative paths in messages start from. */
    static final String SITE_FOLDER = "bantin.internal.site_folder";
    private static final long DEFAULT_MAX_BYTES = 2048 * 1024L;
    /** Removed frames reported one by one; a file with more gets one line for the rest. */
    private static final int FRAMES_REPORTED = 10;

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
        List<String> embedHosts = EmbedHosts.parse(config.get(EmbedHosts.KEY));
        ParsedDocument parsed = parse(source, path, contentPath, config.getHeaderSeparator(), maxBytes(config),
                embedHosts);
        return toDocumentModel(parsed, config);
    }

    private ParsedDocument parse(Path source, String path, String contentPath, String separator, long maxBytes,
                                 List<String> embedHosts) {
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
            RenderLimits.checkText(header.body());
            String title = header.values().get("title") instanceof String text ? text : "";
            BodyProcessor.Body body = bodies.process(markdown.render(header.body()), folder, embedHosts, title);
            html = body.html();
            excerpt = body.excerpt();
            problems.addAll(removedFrames(path, header, body.removedFrames(), embedHosts));
        } catch (RenderLimits.Exceeded e) {
            problems.add(Problem.error(path, e.offset() < 0 ? header.bodyLine() : bodyLine(header, e.offset()),
                    e.getMessage(), e.hint()));
        } catch (StackOverflowError e) {
            problems.add(Problem.error(path, header.bodyLine(), "the text is nested too deeply to render",
                    "flatten deeply nested lists, quotes, emphasis or HTML"));
        }
        return new ParsedDocument(path, contentPath, header, html, excerpt, List.copyOf(problems));
    }

    /** The file's line of an offset into its body. */
    private static int bodyLine(FrontMatter.Split header, int offset) {
        return header.bodyLine() + SourceText.lineOf(header.body(), offset) - 1;
    }

    /**
     * A warning for each frame the author embedded and bantin removed: the text is still published,
     * but the author expected a video there.
     */
    private static List<Problem> removedFrames(String path, FrontMatter.Split header, List<String> sources,
                                               List<String> embedHosts) {
        List<Problem> warnings = new ArrayList<>();
        String hint = embedHosts.isEmpty()
                ? "this site embeds no frames: link to the video instead, or ask the site's technical staff to "
                        + "list its host in bantin.embed.hosts"
                : "only https:// frames from " + String.join(", ", embedHosts)
                        + " are kept: link to other pages instead";
        for (int i = 0; i < sources.size() && i < FRAMES_REPORTED; i++) {
            String src = sources.get(i);
            int at = src.isEmpty() ? -1 : positionOf(header.body(), src);
            String message = src.isEmpty() ? "an embedded frame without an https:// address was removed"
                    : "the embedded frame '" + shortened(src) + "' was removed";
            warnings.add(Problem.warning(path, at < 0 ? header.bodyLine() : bodyLine(header, at), message, hint));
        }
        if (sources.size() > FRAMES_REPORTED) {
            warnings.add(Problem.warning(path, header.bodyLine(),
                    (sources.size() - FRAMES_REPORTED) + " more embedded frames were removed", hint));
        }
        return warnings;
    }

    /** Where the body names {@code src} as an attribute value, or anywhere, or -1. */
    private static int positionOf(String body, String src) {
        for (String written : List.of("\"" + src + "\"", "'" + src + "'", "=" + src)) {
            int at = body.indexOf(written);
            if (at >= 0) {
                return at;
            }
        }
        return body.indexOf(src);
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
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
