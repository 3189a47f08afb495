package vn.bantin.load;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import vn.bantin.text.DocumentNumbers;

import java.util.Set;
import java.util.regex.Matcher;

/**
 * Marks the document numbers a body mentions, as the load stage cleans it (in the Jsoup pass of
 * {@link BodyProcessor}, or as {@link DirectBodyWriter} writes it), so that the model can link the
 * ones the site hosts without parsing the HTML again.
 *
 * <p>The load stage does not know which documents the site hosts (they are files read in the same
 * parallel pass), so it marks every number-shaped text ({@code 54/KH-UBND}) as
 * {@link #START}{@code 54/KH-UBND}{@link #END}: two private-use characters an author cannot have
 * meant. The model replaces each mark with a link or with the plain number. Numbers inside links,
 * code and headings are not marked: a heading is no place for a link, and an author's link or
 * code sample stays as written. Private-use characters the author did type are replaced, so that
 * every mark in the HTML is one of ours.
 */
public final class DocumentMentions {
    /** Opens a mention in {@link ParsedDocument#body()}. */
    public static final char START = '\uE000';
    /** Closes a mention in {@link ParsedDocument#body()}. */
    public static final char END = '\uE001';

    private static final Set<String> NOT_INSIDE = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6");

    private DocumentMentions() {
    }

    /** Marks the mentions in the text of {@code root} and neutralises stray marks anywhere under it. */
    static void mark(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            /** How many of the current node's ancestors forbid links: a, code, pre, headings. */
            private int blocked;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    markText(text, blocked == 0);
                } else if (node instanceof Element element) {
                    if (element.attributesSize() > 0) { // attributes() would create an empty set on each element
                        for (Attribute attribute : element.attributes()) {
                            if (hasMark(attribute.getValue())) {
                                attribute.setValue(neutralised(attribute.getValue()));
                            }
                        }
                    }
                    if (NOT_INSIDE.contains(element.normalName())) {
                        blocked++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && NOT_INSIDE.contains(element.normalName())) {
                    blocked--;
                }
            }
        }, root);
    }

    private static void markText(TextNode node, boolean linkable) {
        String text = marked(node.getWholeText(), linkable);
        if (!text.equals(node.getWholeText())) {
            node.text(text);
        }
    }

    /**
     * A text as the model reads it: stray marks neutralised, and, where a link may go, each
     * number-shaped mention marked.
     */
    static String marked(String text, boolean linkable) {
        text = neutralised(text);
        if (linkable && mayHoldNumber(text)) {
            Matcher matcher = DocumentNumbers.MENTION.matcher(text);
            if (matcher.find()) {
                StringBuilder marked = new StringBuilder(text.length() + 8);
                int from = 0;
                do {
                    marked.append(text, from, matcher.start()).append(START).append(matcher.group()).append(END);
                    from = matcher.end();
                } while (matcher.find());
                text = marked.append(text, from, text.length()).toString();
            }
        }
        return text;
    }

    /**
     * Every number has a slash followed by a capital ({@code 54/KH}, {@code 2020/NĐ}, {@code CTr/TU});
     * dates and fractions ({@code 15/3/2024}, {@code 46/48}) have none. Most text is passed over
     * without running the full pattern.
     */
    private static boolean mayHoldNumber(String text) {
        for (int slash = text.indexOf('/'); slash >= 0 && slash + 1 < text.length(); slash = text.indexOf('/', slash + 1)) {
            if (Character.isUpperCase(text.charAt(slash + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Removes the marks from text, for when no model stage will read it. */
    public static String strip(String html) {
        return hasMark(html) ? html.replace(String.valueOf(START), "").replace(String.valueOf(END), "") : html;
    }

    private static boolean hasMark(String text) {
        return text.indexOf(START) >= 0 || text.indexOf(END) >= 0;
    }

    /** The text without marks: any the author typed are replaced, so that every mark in a body is one of ours. */
    static String neutralised(String text) {
        return hasMark(text) ? text.replace(START, '\uFFFD').replace(END, '\uFFFD') : text;
    }
}
