package vn.bantin.finish;

import java.util.ArrayDeque;
import java.util.Deque;

/** Turns site-root-relative URLs into URLs relative to a page, so that a site works under any path. */
public final class RelativeUrls {
    private RelativeUrls() {
    }

    /**
     * The URL of {@code target} (site-root-relative, may carry {@code ?query} or {@code #fragment}) as
     * seen from the page at {@code pageUrl}: from {@code /tin-tuc/a/}, {@code /tag/x/} is {@code ../../tag/x/}.
     */
    public static String relativize(String pageUrl, String target) {
        int suffixAt = indexOfSuffix(target);
        // The deepest folder of the page's that holds the target too (its closing '/'), and how
        // many folders up from the page's that is. The site root holds every target.
        int shared = pageUrl.lastIndexOf('/');
        int up = 0;
        while (shared > 0 && (shared >= suffixAt || !target.regionMatches(0, pageUrl, 0, shared + 1))) {
            shared = pageUrl.lastIndexOf('/', shared - 1);
            up++;
        }
        StringBuilder relative = new StringBuilder(3 * up + target.length() - shared + 2);
        for (int i = 0; i < up; i++) {
            relative.append("../");
        }
        relative.append(target, shared + 1, suffixAt);
        if (relative.length() == 0) {
            relative.append("./");
        }
        return relative.append(target, suffixAt, target.length()).toString();
    }

    /** Resolves a URL found on the page at {@code pageUrl} to a site-root-relative one (suffix kept). */
    public static String resolve(String pageUrl, String reference) {
        int suffixAt = indexOfSuffix(reference);
        String path = reference.substring(0, suffixAt);
        String folder = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        String combined = path.startsWith("/") ? path : folder + path;
        boolean endsInFolder = path.isEmpty() || path.endsWith("/") || path.equals(".") || path.equals("..")
                || path.endsWith("/.") || path.endsWith("/..");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : combined.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        String resolved = "/" + String.join("/", parts) + (endsInFolder && !parts.isEmpty() ? "/" : "");
        return resolved + reference.substring(suffixAt);
    }

    private static int indexOfSuffix(String url) {
        int query = url.indexOf('?');
        int hash = url.indexOf('#');
        int at = url.length();
        if (query >= 0) {
            at = query;
        }
        if (hash >= 0 && hash < at) {
            at = hash;
        }
        return at;
    }
}
