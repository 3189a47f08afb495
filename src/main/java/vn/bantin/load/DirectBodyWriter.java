package vn.bantin.load;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the safe body of a text made only of the usual kinds of Markdown (paragraphs, headings,
 * lists, quotes, tables, emphasis, inline code, links and images) straight from Flexmark's tree:
 * the very HTML and excerpt that Flexmark's renderer followed by the Jsoup pass of
 * {@link BodyProcessor} give, without writing the HTML twice and parsing it in between (that pass
 * was a tenth of a full bake). A text holding any other kind of node (raw HTML, entities, code
 * blocks, footnotes, attributes, reference links), a {@code javascript:} address, an address or
 * title the cleaner would have to decode, a link inside a link or elements nested nearly as deep as
 * {@link RenderLimits} allows, is not written here: {@link #write} returns null and {@link MarkdownBody} takes the long way.
 *
 * <p>What the long way does is done here as the tree is walked: Flexmark's line rules (a block
 * starts and ends on a line of its own, a line never starts with a space); the cleaner's protocols
 * ({@link BodyUrls}); addresses written as text linked ({@link BareLinks}) and relative ones made
 * site-root-relative; headings moved one level down when the text has an h1, and given ids
 * ({@link HeadingIds}); table alignment as a class; the excerpt; the document numbers marked
 * ({@link DocumentMentions}); and Jsoup's way of writing HTML ({@link #escape}: void elements
 * without a slash, {@code & < >} and the no-break space escaped, {@code "} too in attributes).
 * {@code DirectBodyWriterTest} compares the two ways on every kind of node and thousands of mixtures.
 */
final class DirectBodyWriter {
    /** The node kinds written here, below the document; exact classes, so that an extension's subclass falls back. */
    private static final Set<Class<? extends Node>> WRITTEN = Set.of(
            Paragraph.class, Heading.class, BlockQuote.class, ThematicBreak.class,
            BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
            TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class,
            TableCell.class, TableCaption.class,
            Text.class, TextBase.class, SoftLineBreak.class, HardLineBreak.class, Emphasis.class,
            StrongEmphasis.class, Strikethrough.class, Code.class, Link.class, Image.class);
    /** Nodes nested deeper are left to the long way, which checks the depth {@link RenderLimits} allows. */
    private static final int MAX_DEPTH = RenderLimits.MAX_HTML_DEPTH - 10;

    private final DataHolder options;
    private final ListOptions listOptions;
    /**
     * The addresses Flexmark writes no link or image for ({@code javascript:…}): a link shows only
     * its text, an image nothing, and the lines left empty are joined by Flexmark's line rules.
     * Rare enough to be left to the long way.
     */
    private final Pattern suppressed;

    /** @param options the options the parser was built with */
    DirectBodyWriter(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.suppressed = new HtmlRendererOptions(options).suppressedLinks;
    }

    private boolean suppressed(BasedSequence url) {
        return suppressed != null && suppressed.matcher(url).matches();
    }

    /**
     * The cleaned body and its excerpt, or null when the text is not written here.
     *
     * @param folderPath the site-root-relative folder of the source file, e.g. {@code /tin-tuc/}
     */
    BodyProcessor.Cleaned write(Document document, String folderPath) {
        Survey survey = new Survey();
        if (!survey.writable(document, 1)) {
            return null;
        }
        Writing writing = new Writing(BodyUrls.base(folderPath), survey.hasH1,
                document.getTextLength() + document.getTextLength() / 4 + 64);
        try {
            writing.children(document);
            return new BodyProcessor.Cleaned(writing.html(), writing.excerpt == null ? "" : writing.excerpt, List.of());
        } catch (LongWay e) {
            return null;
        }
    }

    /** What must be known of the whole text before its first element is written. */
    private static final class Survey {
        /** Whether a heading of level 1 is anywhere in it: then every heading moves one level down. */
        private boolean hasH1;

        /** Every node of a kind written here, none too deep; an image's extra URL content Flexmark re-encodes is not. */
        boolean writable(Node node, int depth) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (depth > MAX_DEPTH || !WRITTEN.contains(child.getClass()) || !writable(child, depth + 1)
                        || (child instanceof Image image && !image.getUrlContent().isEmpty())) {
                    return false;
                }
                hasH1 |= child instanceof Heading heading && heading.getLevel() == 1;
            }
            return true;
        }
    }

    /** Thrown where the text turns out to need the long way. */
    private static final class LongWay extends RuntimeException {
        LongWay() {
            super(null, null, false, false);
        }
    }

    /** One text being written: the HTML so far, and where in it the walk is. */
    private final class Writing {
        private final String base;
        private final boolean demote;
        private final StringBuilder out;
        /** The text written since the last markup: one text node of Jsoup's, linked and escaped when it ends. */
        private final StringBuilder run = new StringBuilder();
        private final HeadingIds ids = new HeadingIds();
        /** Whether anything was written since the current line began. */
        private boolean lineWritten;
        /** Nothing but tabs on the current line so far: a space there is dropped, as Flexmark does. */
        private boolean blank = true;
        /**
         * How many links, code spans and headings the walk is inside: no address is linked in a
         * link or code, and no document number marked there or in a heading.
         */
        private int links;
        private int codes;
        private int headings;
        /** The excerpt, once the first paragraph was written. */
        private String excerpt;
        /** The characters of the run being written, copied out of it once. */
        private char[] chars = new char[256];

        Writing(String base, boolean demote, int capacity) {
            this.base = base;
            this.demote = demote;
            this.out = new StringBuilder(capacity);
        }

        String html() {
            endRun();
            return out.toString();
        }

        void children(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
        }

        private void node(Node node) {
            if (node instanceof Text) {
                text(textOf(node.getChars()));
            } else if (node instanceof SoftLineBreak) {
                endLine();
            } else if (node instanceof HardLineBreak) {
                markup("<br>");
                endLine();
            } else if (node instanceof TextBase) {
                children(node);
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (node instanceof Emphasis) {
                inline("em", node);
            } else if (node instanceof StrongEmphasis) {
                inline("strong", node);
            } else if (node instanceof Strikethrough) {
                inline("del", node);
            } else if (node instanceof Link link) {
                link(link);
            } else if (node instanceof Image image) {
                image(image);
            } else if (node instanceof Code code) {
                markup("<code>");
                codes++;
                text(Escaping.collapseWhitespace(code.getText(), true));
                markup("</code>");
                codes--;
            } else if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof BulletList) {
                indentedBlock("ul", "<ul>", node);
            } else if (node instanceof OrderedList list) {
                int start = list.getStartNumber();
                boolean numbered = listOptions.isOrderedListManualStart() && start != 1;
                indentedBlock("ol", numbered ? "<ol start=\"" + start + "\">" : "<ol>", node);
            } else if (node instanceof ListItem item) {
                line();
                markup("<li>");
                text(textOf(item.getMarkerSuffix()));
                children(node);
                markup("</li>");
                line();
            } else if (node instanceof BlockQuote) {
                indentedBlock("blockquote", "<blockquote>", node);
            } else if (node instanceof ThematicBreak) {
                line();
                markup("<hr>");
                line();
            } else if (node instanceof TableBlock) {
                indentedBlock("table", "<table>", node);
            } else if (node instanceof TableHead) {
                block("thead", node);
            } else if (node instanceof TableBody) {
                block("tbody", node);
            } else if (node instanceof TableRow) {
                block("tr", node);
            } else if (node instanceof TableCaption) {
                block("caption", node);
            } else if (node instanceof TableCell cell) {
                cell(cell);
            } else if (!(node instanceof TableSeparator)) {
                throw new IllegalStateException("not written here: " + node.getClass().getName());
            }
        }

        /**
         * A paragraph gets no {@code <p>} in a tight list item, and is not written at all when it
         * shows nothing. The first {@code <p>} gives the excerpt.
         */
        private void paragraph(Paragraph paragraph) {
            if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return;
            }
            if (paragraph.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(paragraph, listOptions, options)) {
                children(paragraph);
                return;
            }
            if (excerpt == null) {
                excerpt = BodyProcessor.excerptOf(ShownText.of(paragraph));
            }
            block("p", paragraph);
        }

        private void heading(Heading heading) {
            int level = demote && heading.getLevel() < 6 ? heading.getLevel() + 1 : heading.getLevel();
            line();
            markup("<h" + level + " id=\"" + ids.of(ShownText.of(heading)) + "\">");
            headings++;
            children(heading);
            markup("</h" + level + ">");
            headings--;
            line();
        }

        private void inline(String tag, Node node) {
            markup("<" + tag + ">");
            children(node);
            markup("</" + tag + ">");
        }

        /** A block on lines of its own: {@code <p>…</p>}. */
        private void block(String tag, Node node) {
            line();
            inline(tag, node);
            line();
        }

        /** A block whose children start on the next line: {@code <ul>}, {@code <blockquote>}, {@code <table>}. */
        private void indentedBlock(String tag, String openTag, Node node) {
            line();
            markup(openTag);
            line();
            children(node);
            line();
            markup("</" + tag + ">");
            line();
        }

        private void link(Link link) {
            if (links > 0 || suppressed(link.getUrl())) {
                throw new LongWay(); // a link inside a link (a browser's parser takes it apart), or to javascript:
            }
            StringBuilder tag = new StringBuilder("<a");
            address(tag, "href", decoded(link.getUrl()), BodyUrls.LINK_PROTOCOLS);
            if (link.getTitle().isNotNull()) {
                attribute(tag, "title", decoded(link.getTitle()));
            }
            markup(tag.append('>').toString());
            links++;
            children(link);
            markup("</a>");
            links--;
        }

        private void image(Image image) {
            if (suppressed(image.getUrl())) {
                throw new LongWay();
            }
            StringBuilder tag = new StringBuilder("<img");
            address(tag, "src", decoded(image.getUrl()), BodyUrls.IMAGE_PROTOCOLS);
            attribute(tag, "alt", checked(new TextCollectingVisitor().collectAndGetText(image)));
            if (image.getTitle().isNotNull()) {
                attribute(tag, "title", decoded(image.getTitle()));
            }
            markup(tag.append('>').toString());
        }

        private void cell(TableCell cell) {
            String tag = cell.isHeader() ? "th" : "td";
            markup(cell.getAlignment() == null ? "<" + tag + ">"
                    : "<" + tag + " class=\"align-" + cell.getAlignment().name().toLowerCase(Locale.ROOT) + "\">");
            children(cell);
            markup("</" + tag + ">");
        }

        /** An address the cleaner keeps, made site-root-relative; one it removes is left out. */
        private void address(StringBuilder tag, String name, String address, List<String> protocols) {
            if (BodyUrls.allowed(address, base, protocols)) {
                attribute(tag, name, BodyUrls.siteRelative(address, base));
            }
        }

        private void attribute(StringBuilder tag, String name, String value) {
            tag.append(' ').append(name).append("=\"");
            escape(DocumentMentions.neutralised(value), true, tag);
            tag.append('"');
        }

        /** Markup, written as it is; it ends the text before it. */
        private void markup(String markup) {
            endRun();
            out.append(markup);
            blank = false;
            lineWritten = true;
        }

        /** Text, with Flexmark's line rules: a line end ends the line, a space at its start is dropped. */
        private void text(String text) {
            if (!blank && text.indexOf('\n') < 0) {
                run.append(text);
                lineWritten |= !text.isEmpty();
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    endLine();
                } else if (c != ' ' || !blank) {
                    blank &= c == '\t';
                    run.append(c);
                    lineWritten = true;
                }
            }
        }

        /** Ends the current line unless nothing is on it yet. */
        private void line() {
            if (lineWritten) {
                endLine();
            }
        }

        private void endLine() {
            run.append('\n');
            lineWritten = false;
            blank = true;
        }

        /**
         * Writes the text since the last markup as Jsoup would: outside links and code the addresses
         * in it linked, outside headings too the document numbers marked, and escaped.
         */
        private void endRun() {
            int length = run.length();
            if (length == 0) {
                return;
            }
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            run.getChars(0, length, chars, 0);
            run.setLength(0);
            if (plain(chars, length)) {
                escape(chars, 0, length, false, out); // most text: nothing to link, mark or neutralise
                return;
            }
            String text = new String(chars, 0, length);
            boolean linkable = links == 0 && codes == 0;
            int done = 0;
            for (BareLinks.Address address : linkable ? BareLinks.find(text) : List.<BareLinks.Address>of()) {
                escape(DocumentMentions.marked(text.substring(done, address.begin()), headings == 0), false, out);
                StringBuilder tag = new StringBuilder("<a");
                address(tag, "href", address.href(), BodyUrls.LINK_PROTOCOLS);
                out.append(tag).append('>');
                escape(DocumentMentions.neutralised(text.substring(address.begin(), address.end())), false, out);
                out.append("</a>");
                done = address.end();
            }
            escape(DocumentMentions.marked(done == 0 ? text : text.substring(done), linkable && headings == 0),
                    false, out);
        }

        /**
         * Without any character an address ({@code :}, {@code @}, {@code www.}), a document number
         * ({@code /}) or a mark needs: the text is written as it is, escaped.
         */
        private static boolean plain(char[] chars, int length) {
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c == ':' || c == '@' || c == 'w' || c == '/' || c == DocumentMentions.START || c == DocumentMentions.END) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The text as shown: backslash escapes and entities decoded, line ends made {@code \n}. */
    static String textOf(BasedSequence chars) {
        String text = null;
        if (chars instanceof SubSequence sub) {
            // A range of the source: copied at once, where Flexmark copies it a character at a time.
            text = sub.getBase().subSequence(sub.getStartOffset(), sub.getEndOffset()).toString();
            if (text.indexOf('\0') >= 0) {
                text = null; // Flexmark shows NUL as U+FFFD
            }
        }
        if (text == null) {
            text = chars.toString();
        }
        if (text.indexOf('&') >= 0 || text.indexOf('\\') >= 0) {
            text = chars.unescape();
        }
        return text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text);
    }

    /** An address or title as the cleaner would see it, when that is plainly its text. */
    private static String decoded(BasedSequence chars) {
        return checked(chars.unescape());
    }

    /**
     * A value Flexmark would write with its entities kept and Jsoup would then decode, or across
     * lines, where Flexmark's line rules apply inside the tag: the long way decides what it becomes.
     */
    private static String checked(String value) {
        if (value.indexOf('&') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new LongWay();
        }
        return value;
    }

    /**
     * Appends text as Jsoup writes it (UTF-8, base entities): {@code &}, {@code <}, {@code >} and
     * the no-break space as entities, and {@code "} too in an attribute; a code point Jsoup takes
     * for one it cannot encode (a lone surrogate, or one whose low 16 bits are a surrogate's) as a
     * hexadecimal reference.
     */
    static void escape(String text, boolean attribute, StringBuilder out) {
        escape(text.toCharArray(), 0, text.length(), attribute, out);
    }

    private static void escape(char[] chars, int from, int to, boolean attribute, StringBuilder out) {
        int copied = from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F ? c != '&' && c != '<' && c != '>' && (c != '"' || !attribute)
                    : c == '\t' || c == '\n' || c == '\r' || c >= 0xA1 && !Character.isSurrogate(c)) {
                continue; // as it is: most characters of any text
            }
            out.append(chars, copied, i - copied);
            int codePoint = Character.codePointAt(chars, i, to);
            switch (codePoint) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case 0xA0 -> out.append("&nbsp;");
                default -> {
                    if (codePoint < 0x20) {
                        throw new LongWay(); // never in a file bantin reads: SourceText refuses controls
                    }
                    if (Character.isSurrogate((char) codePoint)) {
                        out.append("&#x").append(Integer.toHexString(codePoint)).append(';');
                    } else {
                        out.appendCodePoint(codePoint); // DEL, C1 controls, and the other pairs of surrogates
                    }
                }
            }
            i += Character.charCount(codePoint) - 1;
            copied = i + 1;
        }
        out.append(chars, copied, to - copied);
    }
}
