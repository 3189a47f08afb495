package vn.bantin.finish.search;

import org.jsoup.parser.Parser;

/**
 * The readable text of a body's HTML, for indexing. Bodies are bantin's own sanitised HTML, so a
 * scan for tags does (a DOM per article would cost a tenth of a large bake). Every tag becomes a
 * line feed, which {@link SearchText} treats as punctuation: the last word of a paragraph or a
 * table cell never forms a phrase with the first word of the next one. Inline tags ({@code <a>},
 * {@code <strong>}…) are left out instead, so that a linked number stays one word with its text.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** Appends the readable text of {@code html} to {@code text}: no copy of it made on the way. */
    static void appendTo(StringBuilder text, String html) {
        int i = 0;
        int length = html.length();
        while (i < length) {
            int open = html.indexOf('<', i);
            if (open < 0) {
                appendText(text, html, i, length);
                break;
            }
            appendText(text, html, i, open);
            if (html.startsWith("<!--", open)) {
                int close = html.indexOf("-->", open + 4);
                i = close < 0 ? length : close + 3;
                continue;
            }
            int close = html.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            String name = tagName(html, open + 1, close);
            if (name.equals("script") || name.equals("style")) {
                int end = html.indexOf("</" + name, close);
                i = end < 0 ? length : end;
                continue;
            }
            if (!isInline(name)) {
                text.append('\n');
            }
            i = close + 1;
        }
    }

    private static void appendText(StringBuilder text, String html, int from, int to) {
        for (int i = from; i < to; i++) {
            if (html.charAt(i) == '&') {
                text.append(Parser.unescapeEntities(html.substring(from, to), false));
                return;
            }
        }
        text.append(html, from, to);
    }

    private static String tagName(String html, int from, int close) {
        int start = html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < close && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Tags that sit inside a sentence: text on both sides belongs together. */
    private static boolean isInline(String name) {
        return switch (name) {
            case "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
                 "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr" -> true;
            default -> false;
        };
    }
}
