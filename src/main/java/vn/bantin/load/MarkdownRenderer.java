package vn.bantin.load;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

/**
 * Markdown to HTML with Flexmark. One renderer and a few parsers (below), each built once and
 * shared by every thread (they are immutable once built). Three of Flexmark's parts are replaced by ones that
 * give the same result in linear time ({@link LinearHeadingParser}, {@link LinearInlineParser},
 * and {@link BareLinks} for the autolink extension), and every render runs within
 * {@link RenderLimits}: an author's file cannot stall the bake. The safe body of a text made only
 * of the usual kinds of Markdown is written straight from the parsed text by
 * {@link DirectBodyWriter}; Flexmark's renderer writes the HTML of the rest, for {@link BodyProcessor}.
 *
 * <p>Each extension of the parser costs every text some work, whether it uses the extension or
 * not: the attributes extension compiles its patterns for each text, the tables extension examines
 * each paragraph. A text without the character that opens an extension's syntax ({@link Syntax})
 * is parsed without that extension, to the same tree.
 */
public final class MarkdownRenderer {
    /** The syntax of an extension, and what a text must hold to use it. */
    private enum Syntax {
        TABLES("|", TablesExtension.create()),
        STRIKETHROUGH("~", StrikethroughExtension.create()),
        FOOTNOTES("[^", FootnoteExtension.create()),
        ATTRIBUTES("{", AttributesExtension.create());

        private final String opening;
        private final Extension extension;

        Syntax(String opening, Extension extension) {
            this.opening = opening;
            this.extension = extension;
        }
    }

    private static final Syntax[] SYNTAXES = Syntax.values();

    private final MutableDataSet options;
    /** A parser for each set of extensions (bit {@code 1 << syntax.ordinal()}), built when a text first needs it. */
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(1 << SYNTAXES.length);
    private final HtmlRenderer renderer;
    private final DirectBodyWriter direct;

    public MarkdownRenderer() {
        options = new MutableDataSet(flexmarkOptions());
        options.set(Parser.HEADING_PARSER, false); // replaced by LinearHeadingParser, below
        renderer = HtmlRenderer.builder(options).build();
        direct = new DirectBodyWriter(options);
    }

    /**
     * Flexmark's options for bantin's Markdown. The parser built above from them renders exactly
     * as Flexmark's own would (a test compares the two), only in linear time.
     */
    static MutableDataSet flexmarkOptions() {
        MutableDataSet options = new MutableDataSet();
        // No autolink extension: the addresses written as plain text are linked by BareLinks.
        options.set(Parser.EXTENSIONS, Stream.of(SYNTAXES).map(syntax -> syntax.extension).toList());
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "");
        return options;
    }

    /**
     * The text parsed.
     *
     * @throws RenderLimits.Exceeded when the text would take Flexmark unreasonably long
     */
    Document parse(String markdown) {
        return parserFor(markdown).parse(BasedSequence.of(RenderLimits.budgeted(markdown)));
    }

    /** The parser with the extensions whose syntax {@code markdown} may use. */
    private Parser parserFor(String markdown) {
        int needed = 0;
        for (Syntax syntax : SYNTAXES) {
            if (markdown.contains(syntax.opening)) {
                needed |= 1 << syntax.ordinal();
            }
        }
        Parser parser = parsers.get(needed);
        if (parser == null) {
            parser = parser(needed);
            parsers.compareAndSet(needed, null, parser);
        }
        return parser;
    }

    private Parser parser(int syntaxes) {
        MutableDataSet these = new MutableDataSet(options);
        these.set(Parser.EXTENSIONS, Stream.of(SYNTAXES)
                .filter(syntax -> (syntaxes & 1 << syntax.ordinal()) != 0)
                .map(syntax -> syntax.extension)
                .toList());
        return Parser.builder(these)
                .customBlockParserFactory(new LinearHeadingParser())
                .customInlineParserFactory(LinearInlineParser.FACTORY)
                // Flexmark adds its reference-definition reader only for its own inline parser
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    /**
     * Flexmark's HTML of a parsed text; raw HTML passes through, to be sanitised afterwards.
     *
     * @throws RenderLimits.Exceeded when the text would take Flexmark unreasonably long
     */
    String html(Document document) {
        return renderer.render(document);
    }

    /**
     * The safe body of a parsed text, written directly, or null when the text needs Flexmark's
     * renderer and {@link BodyProcessor}.
     *
     * @param folderPath the site-root-relative folder of the source file, e.g. {@code /tin-tuc/}
     */
    BodyProcessor.Cleaned directBody(Document document, String folderPath) {
        return direct.write(document, folderPath);
    }
}
