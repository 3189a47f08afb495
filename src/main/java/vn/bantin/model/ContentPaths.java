package vn.bantin.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Paths inside content/ written by authors, resolved and turned into URLs. */
public final class ContentPaths {
    private ContentPaths() {
    }

    /**
     * Resolves {@code reference} (relative to {@code folder}, or from the site root when it starts with
     * {@code /}) to a path inside the site, without a leading slash; {@code null} if it climbs out.
     */
    public static String resolve(String folder, String reference) {
        String joined = reference.startsWith("/") ? reference.substring(1) : folder + reference;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The site-root-relative URL of a path, each segment percent-encoded where it must be. */
    public static String toUrl(String path) {
        StringBuilder url = new StringBuilder();
        for (String segment : path.split("/")) {
            url.append('/').append(encodeSegment(segment));
        }
        return url.toString();
    }

    private static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
