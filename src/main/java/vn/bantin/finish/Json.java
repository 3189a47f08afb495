package vn.bantin.finish;

/**
 * JSON strings as bantin writes them (the search index, the procedures' open data): UTF-8 as is,
 * only what JSON requires escaped, and the line separators JavaScript once refused.
 */
public final class Json {
    private Json() {
    }

    /** Appends {@code text} as a JSON string. */
    public static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code text} as a JSON string. */
    public static String quote(String text) {
        return quote(new StringBuilder(text.length() + 2), text).toString();
    }
}
