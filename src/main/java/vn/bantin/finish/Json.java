package vn.bantin.finish;

/**
 * JSON strings as bantin writes them (the search index, the procedures' open data): UTF-8 as is,
 * only what JSON requires escaped, and the line separators JavaScript once refused.
 */
public final class Json {
    private Json() {
    }

    /**
     * Appends {@code text} as a JSON string; the runs between escapes are copied whole. The
     * characters are read from an array: {@link String#charAt} checks its index and the string's
     * coder at every call, which the quick compiler does not take out of a loop.
     */
    public static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        char[] chars = text.toCharArray();
        int copied = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(chars, copied, i - copied).append(escape(c));
            copied = i + 1;
        }
        if (copied == 0) {
            out.append(text);
        } else {
            out.append(chars, copied, chars.length - copied);
        }
        return out.append('"');
    }

    /** How JSON writes {@code c}: a quote, a backslash, a control character or a line separator. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    /** {@code text} as a JSON string. */
    public static String quote(String text) {
        return quote(new StringBuilder(text.length() + 2), text).toString();
    }
}
