package vn.bantin.finish;

import java.util.Locale;

/**
 * A single pass over a rendered page that visits the attributes of every start tag, and can
 * replace their values, without building a DOM. It relies on what bantin's pages are: HTML
 * serialised by Freemarker and Jsoup, where a raw {@code <} only ever opens a tag, a comment or a
 * doctype (text carries {@code &lt;}). Comments and the raw text of {@code script}, {@code style}
 * and {@code textarea} are skipped, so a URL quoted in code or in a comment is never taken for a
 * link.
 */
final class HtmlScanner {
    /** Told of every attribute; returns the value to write instead, or null to keep it. */
    interface AttributeVisitor {
        String visit(String tag, String attribute, String value);
    }

    private HtmlScanner() {
    }

    /** The page with the values the visitor replaced; the rest of the text is kept byte for byte. */
    static String scan(String html, AttributeVisitor visitor) {
        char[] text = html.toCharArray(); // indexing an array beats charAt's checks on UTF-16 strings
        StringBuilder out = null;
        int copied = 0;
        int length = text.length;
        int i = 0;
        while (i < length) {
            int open = html.indexOf('<', i);
            if (open < 0 || open + 1 >= length) {
                break;
            }
            char next = text[open + 1];
            if (html.startsWith("<!--", open)) {
                int close = html.indexOf("-->", open + 4);
                i = close < 0 ? length : close + 3;
                continue;
            }
            if (!isAsciiLetter(next)) { // </end>, <!doctype>, <?…>: no attribute to visit
                int close = html.indexOf('>', open + 1);
                i = close < 0 ? length : close + 1;
                continue;
            }
            int nameEnd = open + 1;
            while (nameEnd < length && !isSpace(text[nameEnd]) && text[nameEnd] != '>'
                    && text[nameEnd] != '/') {
                nameEnd++;
            }
            String tag = html.substring(open + 1, nameEnd).toLowerCase(Locale.ROOT);
            int p = nameEnd;
            while (p < length && text[p] != '>') {
                char c = text[p];
                if (isSpace(c) || c == '/') {
                    p++;
                    continue;
                }
                int attrStart = p;
                while (p < length && !isSpace(text[p]) && text[p] != '=' && text[p] != '>'
                        && text[p] != '/') {
                    p++;
                }
                String attribute = html.substring(attrStart, p).toLowerCase(Locale.ROOT);
                while (p < length && isSpace(text[p])) {
                    p++;
                }
                if (p >= length || text[p] != '=') {
                    continue; // an attribute without value
                }
                p++;
                while (p < length && isSpace(text[p])) {
                    p++;
                }
                int valueStart;
                int valueEnd;
                if (p < length && (text[p] == '"' || text[p] == '\'')) {
                    char quote = text[p];
                    valueStart = p + 1;
                    valueEnd = html.indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        valueEnd = length;
                    }
                    p = Math.min(length, valueEnd + 1);
                } else {
                    valueStart = p;
                    while (p < length && !isSpace(text[p]) && text[p] != '>') {
                        p++;
                    }
                    valueEnd = p;
                }
                String replacement = visitor.visit(tag, attribute, decode(html.substring(valueStart, valueEnd)));
                if (replacement != null) {
                    if (out == null) {
                        out = new StringBuilder(length + 1024);
                    }
                    out.append(html, copied, valueStart).append(escape(replacement));
                    copied = valueEnd;
                }
            }
            i = p + 1;
            if (tag.equals("script") || tag.equals("style") || tag.equals("textarea")) {
                int close = indexOfEndTag(html, tag, i);
                i = close < 0 ? length : close;
            }
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, length).toString();
    }

    /** Attribute values as serialised carry {@code &amp;} and {@code &quot;}; links want the text. */
    private static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Where {@code </tag} starts, in any case, from {@code from} on; only each {@code <} is compared. */
    private static int indexOfEndTag(String html, String tag, int from) {
        for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.startsWith("/", at + 1) && html.regionMatches(true, at + 2, tag, 0, tag.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
