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
        int folderEnd = pageUrl.lastIndexOf('/');
        // The last '/' up to which the page's folder and the target are the same: what they share.
        int shared = 0;
        for (int i = 0; i <= folderEnd && i < suffixAt && pageUrl.charAt(i) == target.charAt(i); i++) {
            if (target.charAt(i) == '/') {
                shared = i;
            }
        }
        StringBuilder relative = new StringBuilder(suffixAt - shared + 16);
        for (int i = shared + 1; i <= folderEnd; i++) {
            if (pageUrl.charAt(i) == '/') {
                relative.append("../");
            }
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
