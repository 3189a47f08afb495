package vn.bantin.finish;

/**
 * JSON strings as bantin writes them (the search index, the procedures' open data): UTF-8 as is,
 * only what JSON requires escaped, and the line separators JavaScript once refused.
 */
public final class Json {
    private Json() {
    }

    /** Appends {@code text} as a JSON string; the runs between escapes are copied whole. */
    public static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(text, copied, i).append(escape(c));
            copied = i + 1;
        }
        return out.append(text, copied, text.length()).append('"');
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
