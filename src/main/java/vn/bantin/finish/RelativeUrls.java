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
        String path = target.substring(0, suffixAt);
        String suffix = target.substring(suffixAt);
        String folder = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        String[] from = folder.substring(1).split("/", -1);
        String[] to = path.substring(1).split("/", -1);
        int fromDepth = from.length - 1;
        int common = 0;
        while (common < fromDepth && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder("../".repeat(fromDepth - common));
        for (int i = common; i < to.length; i++) {
            relative.append(to[i]);
            if (i < to.length - 1) {
                relative.append('/');
            }
        }
        if (relative.length() == 0) {
            relative.append("./");
        }
        return relative + suffix;
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
