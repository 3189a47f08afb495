package vn.bantin.load;

import com.vladsch.flexmark.util.ast.Document;
import vn.bantin.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Markdown an author wrote into the safe HTML of a page, within {@link RenderLimits}: the
 * shared Flexmark parser, then, for a text made only of the usual kinds of Markdown, the body written
 * straight from it ({@link DirectBodyWriter}), or else Flexmark's renderer and the one Jsoup pass of
 * {@link BodyProcessor}. A file's body and a bulk procedure's steps both go through here, so that
 * they are rendered and cleaned alike, and every problem is reported at its line in the file the
 * text was written in.
 */
final class MarkdownBody {
    /** Removed frames reported one by one; a text with more gets one line for the rest. */
    private static final int FRAMES_REPORTED = 10;

    private final MarkdownRenderer markdown;
    private final BodyProcessor bodies = new BodyProcessor();

    MarkdownBody(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The cleaned HTML, the excerpt, and what went wrong, each problem at its line in the file. */
    record Rendered(String html, String excerpt, List<Problem> problems) {
    }

    /**
     * @param path        the file, site-relative, for messages
     * @param contentPath the file's path in its folder ({@code tin-tuc/a.md}); relative links in the
     *                    text start from its folder
     * @param text        the Markdown
     * @param firstLine   the line of the file the text starts on
     * @param embedHosts  the hosts whose frames are kept ({@code bantin.embed.hosts})
     * @param title       the title given to a kept frame that has none
     */
    Rendered render(String path, String contentPath, String text, int firstLine, List<String> embedHosts,
                    String title) {
        String folder = "/" + (contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "");
        try {
            RenderLimits.checkText(text);
            Document document = markdown.parse(text);
            BodyProcessor.Cleaned body = markdown.directBody(document, folder);
            if (body == null) {
                body = bodies.process(markdown.html(document), folder, embedHosts, title);
            }
            return new Rendered(body.html(), body.excerpt(),
                    removedFrames(path, text, firstLine, body.removedFrames(), embedHosts));
        } catch (RenderLimits.Exceeded e) {
            int line = e.offset() < 0 ? firstLine : lineAt(text, firstLine, e.offset());
            return new Rendered("", "", List.of(Problem.error(path, line, e.getMessage(), e.hint())));
        } catch (StackOverflowError e) {
            return new Rendered("", "", List.of(Problem.error(path, firstLine, "the text is nested too deeply to render",
                    "flatten deeply nested lists, quotes, emphasis or HTML")));
        }
    }

    /** The file's line of an offset into the text. */
    private static int lineAt(String text, int firstLine, int offset) {
        return firstLine + SourceText.lineOf(text, offset) - 1;
    }

    /**
     * A warning for each frame the author embedded and bantin removed: the text is still published,
     * but the author expected a video there.
     */
    private static List<Problem> removedFrames(String path, String text, int firstLine, List<String> sources,
                                               List<String> embedHosts) {
        List<Problem> warnings = new ArrayList<>();
        String hint = embedHosts.isEmpty()
                ? "this site embeds no frames: link to the video instead, or ask the site's technical staff to "
                        + "list its host in bantin.embed.hosts"
                : "only https:// frames from " + String.join(", ", embedHosts)
                        + " are kept: link to other pages instead";
        for (int i = 0; i < sources.size() && i < FRAMES_REPORTED; i++) {
            String src = sources.get(i);
            int at = src.isEmpty() ? -1 : positionOf(text, src);
            String message = src.isEmpty() ? "an embedded frame without an https:// address was removed"
                    : "the embedded frame '" + shortened(src) + "' was removed";
            warnings.add(Problem.warning(path, at < 0 ? firstLine : lineAt(text, firstLine, at), message, hint));
        }
        if (sources.size() > FRAMES_REPORTED) {
            warnings.add(Problem.warning(path, firstLine,
                    (sources.size() - FRAMES_REPORTED) + " more embedded frames were removed", hint));
        }
        return warnings;
    }

    /** Where the text names {@code src} as an attribute value, or anywhere, or -1. */
    private static int positionOf(String text, String src) {
        for (String written : List.of("\"" + src + "\"", "'" + src + "'", "=" + src)) {
            int at = text.indexOf(written);
            if (at >= 0) {
                return at;
            }
        }
        return text.indexOf(src);
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
