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
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Locale;
import java.util.Set;

/**
 * Writes the HTML of the Markdown nearly every article is made of (paragraphs, headings, lists,
 * quotes, tables, emphasis, inline code, links and images) straight into one buffer: the very
 * bytes Flexmark's renderer writes for it, for a fraction of the work, as that renderer passes
 * every character through a line-formatting writer several layers deep (a tenth of a full bake).
 * A document holding any other kind of node (raw HTML, entities, code blocks, footnotes,
 * attributes, reference links) is not rendered here: {@link #render} returns null and
 * {@link MarkdownRenderer} gives it to Flexmark's renderer.
 *
 * <p>The line rules are Flexmark's for bantin's options: a block starts and ends on a line of its
 * own, a line never starts with a space, and a line break in the text ends the line.
 */
final class DirectHtmlRenderer {
    /** The node kinds rendered here, below the document; exact classes, so that an extension's subclass falls back. */
    private static final Set<Class<? extends Node>> RENDERED = Set.of(
            Paragraph.class, Heading.class, BlockQuote.class, ThematicBreak.class,
            BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
            TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class,
            TableCell.class, TableCaption.class,
            Text.class, TextBase.class, SoftLineBreak.class, HardLineBreak.class, Emphasis.class,
            StrongEmphasis.class, Strikethrough.class, Code.class, Link.class, Image.class);

    private final DataHolder options;
    private final ListOptions listOptions;

    /** @param options the options the parser and Flexmark's renderer were built with */
    DirectHtmlRenderer(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
    }

    /** The HTML of the document, or null when it holds a node not rendered here. */
    String render(Document document) {
        if (!renderable(document)) {
            return null;
        }
        Lines html = new Lines(document.getTextLength() + document.getTextLength() / 4 + 64);
        children(document, html);
        return html.toString();
    }

    /** Every node of a kind rendered here; an image's extra URL content Flexmark re-encodes is not. */
    private static boolean renderable(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!RENDERED.contains(child.getClass()) || !renderable(child)
                    || (child instanceof Image image && !image.getUrlContent().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private void children(Node node, Lines html) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            node(child, html);
        }
    }

    private void node(Node node, Lines html) {
        if (node instanceof Text) {
            html.text(text(node.getChars()));
        } else if (node instanceof SoftLineBreak) {
            html.raw("\n");
        } else if (node instanceof HardLineBreak) {
            html.raw("<br />\n");
        } else if (node instanceof TextBase) {
            children(node, html);
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, html);
        } else if (node instanceof Emphasis) {
            inline("em", node, html);
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node, html);
        } else if (node instanceof Strikethrough) {
            inline("del", node, html);
        } else if (node instanceof Link link) {
            link(link, html);
        } else if (node instanceof Image image) {
            image(image, html);
        } else if (node instanceof Code code) {
            html.raw("<code>");
            html.text(Escaping.collapseWhitespace(code.getText(), true));
            html.raw("</code>");
        } else if (node instanceof Heading heading) {
            block("h" + heading.getLevel(), node, html);
        } else if (node instanceof BulletList) {
            indentedBlock("ul", "<ul>", node, html);
        } else if (node instanceof OrderedList list) {
            int start = list.getStartNumber();
            boolean numbered = listOptions.isOrderedListManualStart() && start != 1;
            indentedBlock("ol", numbered ? "<ol start=\"" + start + "\">" : "<ol>", node, html);
        } else if (node instanceof ListItem item) {
            html.line();
            html.raw("<li>");
            html.text(text(item.getMarkerSuffix()));
            children(node, html);
            html.raw("</li>");
            html.line();
        } else if (node instanceof BlockQuote) {
            indentedBlock("blockquote", "<blockquote>", node, html);
        } else if (node instanceof ThematicBreak) {
            html.line();
            html.raw("<hr />");
            html.line();
        } else if (node instanceof TableBlock) {
            indentedBlock("table", "<table>", node, html);
        } else if (node instanceof TableHead) {
            block("thead", node, html);
        } else if (node instanceof TableBody) {
            block("tbody", node, html);
        } else if (node instanceof TableRow) {
            block("tr", node, html);
        } else if (node instanceof TableCaption) {
            block("caption", node, html);
        } else if (node instanceof TableCell cell) {
            cell(cell, html);
        } else if (!(node instanceof TableSeparator)) {
            throw new IllegalStateException("not rendered here: " + node.getClass().getName());
        }
    }

    /** A paragraph gets no {@code <p>} in a tight list item, and is not written at all when it shows nothing. */
    private void paragraph(Paragraph paragraph, Lines html) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, listOptions, options)) {
            children(paragraph, html);
        } else {
            block("p", paragraph, html);
        }
    }

    private void inline(String tag, Node node, Lines html) {
        html.raw("<").raw(tag).raw(">");
        children(node, html);
        html.raw("</").raw(tag).raw(">");
    }

    /** A block on lines of its own: {@code <p>…</p>}. */
    private void block(String tag, Node node, Lines html) {
        html.line();
        html.raw("<").raw(tag).raw(">");
        children(node, html);
        html.raw("</").raw(tag).raw(">");
        html.line();
    }

    /** A block whose children start on the next line: {@code <ul>}, {@code <blockquote>}, {@code <table>}. */
    private void indentedBlock(String tag, String openTag, Node node, Lines html) {
        html.line();
        html.raw(openTag);
        html.line();
        children(node, html);
        html.line();
        html.raw("</").raw(tag).raw(">");
        html.line();
    }

    private void link(Link link, Lines html) {
        html.raw("<a href=\"").raw(attribute(link.getUrl().unescape())).raw("\"");
        if (link.getTitle().isNotNull()) {
            html.raw(" title=\"").raw(attribute(link.getTitle().unescape())).raw("\"");
        }
        html.raw(">");
        children(link, html);
        html.raw("</a>");
    }

    private void image(Image image, Lines html) {
        html.raw("<img src=\"").raw(attribute(image.getUrl().unescape()))
                .raw("\" alt=\"").raw(attribute(new TextCollectingVisitor().collectAndGetText(image))).raw("\"");
        if (image.getTitle().isNotNull()) {
            html.raw(" title=\"").raw(attribute(image.getTitle().unescape())).raw("\"");
        }
        html.raw(" />");
    }

    private void cell(TableCell cell, Lines html) {
        String tag = cell.isHeader() ? "th" : "td";
        html.raw("<").raw(tag);
        if (cell.getAlignment() != null) {
            html.raw(" align=\"").raw(cell.getAlignment().name().toLowerCase(Locale.ROOT)).raw("\"");
        }
        html.raw(">");
        children(cell, html);
        html.raw("</").raw(tag).raw(">");
    }

    /** The text as shown: backslash escapes and entities decoded, line ends made {@code \n}. */
    private static String text(BasedSequence chars) {
        String text = chars.toString();
        if (text.indexOf('&') >= 0 || text.indexOf('\\') >= 0) {
            text = chars.unescape();
        }
        return text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text);
    }

    /** An attribute value as Flexmark writes it: entities already in it are kept as they are. */
    private static String attribute(String value) {
        return Escaping.escapeHtml(value, true);
    }

    /**
     * The HTML being written, with Flexmark's line rules: spaces at the start of a line are
     * dropped, and {@link #line} ends the line unless nothing is on it yet. A tab does not end
     * the leading blank of a line, as in Flexmark.
     */
    private static final class Lines {
        private final StringBuilder out;
        private int lineStart;
        /** Nothing but tabs on the current line so far. */
        private boolean blank = true;

        Lines(int capacity) {
            out = new StringBuilder(capacity);
        }

        void line() {
            if (out.length() > lineStart) {
                endLine();
            }
        }

        /** Markup, written as it is. */
        Lines raw(String markup) {
            if (!blank && markup.indexOf('\n') < 0) {
                out.append(markup);
            } else {
                for (int i = 0; i < markup.length(); i++) {
                    put(markup.charAt(i), null);
                }
            }
            return this;
        }

        /** Text, with {@code & < > "} escaped. */
        void text(String text) {
            if (!blank && !needsCare(text)) {
                out.append(text);
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                put(c, switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    default -> null;
                });
            }
        }

        private static boolean needsCare(String text) {
            return text.indexOf('&') >= 0 || text.indexOf('<') >= 0 || text.indexOf('>') >= 0
                    || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
        }

        private void put(char c, String escaped) {
            if (c == '\n') {
                endLine();
            } else if (c == ' ') {
                if (!blank) {
                    out.append(c);
                }
            } else {
                if (c != '\t') {
                    blank = false;
                }
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }

        private void endLine() {
            out.append('\n');
            lineStart = out.length();
            blank = true;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
