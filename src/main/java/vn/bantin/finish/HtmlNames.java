package vn.bantin.finish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lower-case name of a tag or an attribute, read out of a page's UTF-8 bytes. The names of
 * HTML that pages use are kept once, as constants: a page has a thousand tags and more attributes,
 * and making a string of each name and another of its lower case was a tenth of the page's scan.
 * A name not among them is read out as a new string.
 */
final class HtmlNames {
    private static final String[] KNOWN = {
            // elements
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "blockquote", "body", "br", "button",
            "caption", "circle", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt",
            "em", "figcaption", "figure", "footer", "form", "g", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "line", "link",
            "main", "mark", "meta", "nav", "noscript", "ol", "option", "p", "path", "picture", "polyline", "pre",
            "q", "rect", "s", "samp", "script", "section", "select", "small", "source", "span", "strong", "style",
            "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
            "time", "title", "tr", "track", "u", "ul", "var", "video",
            // attributes
            "action", "align", "allow", "allowfullscreen", "alt", "aria-current", "aria-describedby", "aria-hidden",
            "aria-label", "aria-labelledby", "autocomplete", "charset", "class", "colspan", "content", "controls",
            "crossorigin", "cx", "cy", "d", "data-href", "datetime", "decoding", "defer", "dir", "download",
            "enterkeyhint", "fill", "for", "headers", "height", "hidden", "href", "hreflang", "http-equiv", "id",
            "inputmode", "lang", "loading", "max", "maxlength", "media", "method", "min", "name", "placeholder",
            "points", "property", "r", "referrerpolicy", "rel", "required", "reversed", "role", "rowspan", "sandbox",
            "scope", "sizes", "span", "src", "srcset", "start", "stroke", "stroke-width", "tabindex", "target", "type",
            "value", "viewbox", "width", "x", "y",
    };
    private static final int LONGEST = 20;
    /** The known names by length, then by first letter. */
    private static final String[][][] TABLE = new String[LONGEST + 1][26][];
    /** The same names' bytes, compared with the page's without a call per character. */
    private static final byte[][][][] BYTES = new byte[LONGEST + 1][26][][];

    static {
        List<List<List<String>>> lists = new ArrayList<>();
        for (int length = 0; length <= LONGEST; length++) {
            List<List<String>> byLetter = new ArrayList<>();
            for (int letter = 0; letter < 26; letter++) {
                byLetter.add(new ArrayList<>());
            }
            lists.add(byLetter);
        }
        for (String name : KNOWN) {
            List<String> bucket = lists.get(name.length()).get(name.charAt(0) - 'a');
            if (!bucket.contains(name)) {
                bucket.add(name);
            }
        }
        for (int length = 0; length <= LONGEST; length++) {
            for (int letter = 0; letter < 26; letter++) {
                TABLE[length][letter] = lists.get(length).get(letter).toArray(String[]::new);
                BYTES[length][letter] = Arrays.stream(TABLE[length][letter])
                        .map(name -> name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
            }
        }
    }

    private HtmlNames() {
    }

    /** The name written in {@code html} from {@code start} to {@code end}, in lower case. */
    static String of(byte[] html, int start, int end) {
        int length = end - start;
        if (length > 0 && length <= LONGEST) {
            int letter = lower(html[start]) - 'a';
            if (letter >= 0 && letter < 26) {
                byte[][] names = BYTES[length][letter];
                for (int i = 0; i < names.length; i++) {
                    if (sameName(html, start, names[i])) {
                        return TABLE[length][letter][i];
                    }
                }
            }
        }
        return new String(html, start, length, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    /** Whether the lower-case {@code name} is written at {@code at}, in any case; the length is known to match. */
    private static boolean sameName(byte[] html, int at, byte[] name) {
        for (int i = 1; i < name.length; i++) {
            if (lower(html[at + i]) != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}
