package vn.bantin.finish;

import java.nio.charset.StandardCharsets;

/**
 * A single pass over a rendered page that visits the attributes of every start tag, and can
 * replace their values, without building a DOM. It relies on what bantin's pages are: HTML
 * serialised by Freemarker and Jsoup, where a raw {@code <} only ever opens a tag, a comment or a
 * doctype (text carries {@code &lt;}). Comments and the raw text of {@code script}, {@code style}
 * and {@code textarea} are skipped, so a URL quoted in code or in a comment is never taken for a
 * link.
 *
 * <p>It reads the page as UTF-8 bytes, the form the page is written in: all the markup it looks
 * for is ASCII, and no byte of a multi-byte UTF-8 character is ever an ASCII one, so the
 * Vietnamese text is skipped byte by byte without being decoded, and the page is copied only
 * when a value is replaced.
 */
final class HtmlScanner {
    /** Told of every attribute it wants; returns the value to write instead, or null to keep it. */
    interface AttributeVisitor {
        String visit(String tag, String attribute, String value);

        /**
         * Whether it is told of this attribute of this tag: the value of an attribute it does not
         * want (a class, a label) is not even read out of the page.
         */
        default boolean wants(String tag, String attribute) {
            return true;
        }
    }

    private static final byte[] COMMENT_OPEN = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    private HtmlScanner() {
    }

    /** The page with the values the visitor replaced; the rest is kept byte for byte. */
    static byte[] scan(byte[] html, AttributeVisitor visitor) {
        Scan scan = new Scan(html, 0, html.length, null);
        scan.run(visitor);
        return scan.out == null ? html : scan.finish().toByteArray();
    }

    /**
     * Scans the part of the page from {@code from} to {@code to} alone, and writes it to {@code out}
     * with the values the visitor replaced. Returns false when a tag, a comment or the raw text of
     * a script runs on past {@code to}: the part does not end between two tags, and {@code out}
     * holds only some of it.
     */
    static boolean scan(byte[] html, int from, int to, AttributeVisitor visitor, PageBytes out) {
        Scan scan = new Scan(html, from, to, out);
        scan.run(visitor);
        scan.finish();
        return scan.whole;
    }

    /** One scan of the bytes from {@code from} to {@code end}. */
    private static final class Scan {
        private final byte[] html;
        private final int from;
        private final int end;
        /** Where the bytes go once a value is replaced (created then for a whole page), and up to where they went. */
        private PageBytes out;
        private int copied;
        /** Whether the part ends between two tags: nothing ran on past its end. */
        private boolean whole = true;

        Scan(byte[] html, int from, int end, PageBytes out) {
            this.html = html;
            this.from = from;
            this.end = end;
            this.out = out;
            this.copied = from;
        }

        void run(AttributeVisitor visitor) {
            int i = from;
            while (i < end) {
                int open = indexOf(html, '<', i, end);
                if (open < 0) {
                    break;
                }
                if (open + 1 >= end) {
                    whole = false;
                    break;
                }
                byte next = html[open + 1];
                if (next == '!' && startsWith(html, open, end, COMMENT_OPEN)) {
                    int close = indexOf(html, COMMENT_CLOSE, open + 4, end);
                    i = close < 0 ? ranOn() : close + 3;
                    continue;
                }
                if (!isAsciiLetter(next)) { // </end>, <!doctype>, <?…>: no attribute to visit
                    int close = indexOf(html, '>', open + 1, end);
                    i = close < 0 ? ranOn() : close + 1;
                    continue;
                }
                int nameEnd = open + 1;
                while (nameEnd < end && !isSpace(html[nameEnd]) && html[nameEnd] != '>' && html[nameEnd] != '/') {
                    nameEnd++;
                }
                String tag = HtmlNames.of(html, open + 1, nameEnd);
                int p = nameEnd;
                while (p < end && html[p] != '>') {
                    byte c = html[p];
                    if (isSpace(c) || c == '/') {
                        p++;
                        continue;
                    }
                    int attrStart = p;
                    while (p < end && !isSpace(html[p]) && html[p] != '=' && html[p] != '>' && html[p] != '/') {
                        p++;
                    }
                    String attribute = HtmlNames.of(html, attrStart, p);
                    while (p < end && isSpace(html[p])) {
                        p++;
                    }
                    if (p >= end || html[p] != '=') {
                        continue; // an attribute without value
                    }
                    p++;
                    while (p < end && isSpace(html[p])) {
                        p++;
                    }
                    int valueStart;
                    int valueEnd;
                    if (p < end && (html[p] == '"' || html[p] == '\'')) {
                        valueStart = p + 1;
                        valueEnd = indexOf(html, (char) html[p], valueStart, end);
                        if (valueEnd < 0) {
                            valueEnd = end;
                        }
                        p = Math.min(end, valueEnd + 1);
                    } else {
                        valueStart = p;
                        while (p < end && !isSpace(html[p]) && html[p] != '>') {
                            p++;
                        }
                        valueEnd = p;
                    }
                    if (!visitor.wants(tag, attribute)) {
                        continue;
                    }
                    String replacement = visitor.visit(tag, attribute, decode(text(html, valueStart, valueEnd)));
                    if (replacement != null) {
                        if (out == null) {
                            out = new PageBytes(html.length + 1024);
                        }
                        out.write(html, copied, valueStart - copied);
                        out.write(escape(replacement).getBytes(StandardCharsets.UTF_8));
                        copied = valueEnd;
                    }
                }
                if (p >= end) {
                    whole = false;
                    break;
                }
                i = p + 1;
                if (holdsRawText(tag)) {
                    int close = indexOfEndTag(html, tag, i, end);
                    i = close < 0 ? ranOn() : close;
                }
            }
        }

        /** Notes that something ran on past the end, and where the scan then stops: the end. */
        private int ranOn() {
            whole = false;
            return end;
        }

        /** Copies what is left of the part. */
        PageBytes finish() {
            out.write(html, copied, end - copied);
            copied = end;
            return out;
        }
    }

    /** Whether what follows the start tag is text up to the end tag, never markup. */
    private static boolean holdsRawText(String tag) {
        return switch (tag) {
            case "script", "style", "textarea" -> true;
            default -> false;
        };
    }

    private static String text(byte[] html, int start, int end) {
        return new String(html, start, end - start, StandardCharsets.UTF_8);
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

    private static int indexOf(byte[] html, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] html, byte[] ascii, int from, int end) {
        for (int at = indexOf(html, (char) ascii[0], from, end); at >= 0; at = indexOf(html, (char) ascii[0], at + 1, end)) {
            if (startsWith(html, at, end, ascii)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] html, int at, int end, byte[] ascii) {
        if (at + ascii.length > end) {
            return false;
        }
        for (int i = 0; i < ascii.length; i++) {
            if (html[at + i] != ascii[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code </tag} starts, in any case, from {@code from} on; only each {@code <} is compared. */
    private static int indexOfEndTag(byte[] html, String tag, int from, int end) {
        for (int at = indexOf(html, '<', from, end); at >= 0; at = indexOf(html, '<', at + 1, end)) {
            if (at + 2 + tag.length() <= end && html[at + 1] == '/' && namedAt(html, at + 2, tag)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the lower-case ASCII {@code name} is at {@code at}, in any case. */
    private static boolean namedAt(byte[] html, int at, String name) {
        for (int i = 0; i < name.length(); i++) {
            byte b = html[at + i];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
