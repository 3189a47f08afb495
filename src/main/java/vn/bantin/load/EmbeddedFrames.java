package vn.bantin.load;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the frames ({@code <iframe>}) an article may embed, a video from a host the site allows in
 * {@code bantin.embed.hosts}, and removes every other one. A kept frame loads only an
 * {@code https://} address on an allowed host, keeps only harmless attributes, runs sandboxed, sends
 * no full referrer, and always has a title, which screen readers announce when entering it.
 *
 * <p>A frame the author gave no title gets the article's title (or, failing that, its host's name):
 * in a bulletin an embedded video is almost always the event the article reports. Writing
 * {@code title="…"} describing the video is better.
 */
final class EmbeddedFrames {
    /** Scripts are what a video player needs; forms, pop-ups and top navigation are not granted. */
    static final String SANDBOX = "allow-scripts allow-same-origin allow-presentation";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    /** The author's attributes the cleaner lets through on a kept frame, after this filter. */
    static final String[] ATTRIBUTES = {"src", "title", "width", "height", "allowfullscreen", "loading"};
    private static final Pattern SIZE = Pattern.compile("[0-9]{1,4}%?");
    private static final Set<String> LOADING = Set.of("lazy", "eager");

    private EmbeddedFrames() {
    }

    /**
     * Filters the frames under {@code root} in place, before the cleaner removes every attribute
     * not in {@link #ATTRIBUTES} (and keeps the sandbox and referrer policy set here).
     *
     * @param hosts      the allowed hosts, lower-case; empty removes every frame
     * @param frameTitle the title given to a frame that has none, normally the article's title
     * @return the address of each removed frame, in document order (empty text for a frame without one)
     */
    static List<String> filter(Element root, List<String> hosts, String frameTitle) {
        List<String> removed = new ArrayList<>();
        for (Element frame : root.select("iframe")) {
            String src = frame.attr("src").strip();
            String host = allowedHost(src, hosts);
            if (host == null) {
                removed.add(src);
                frame.remove();
                continue;
            }
            frame.empty(); // what a frame holds is fallback text for browsers without frames: none today
            frame.attr("src", src);
            keepIf(frame, "width", SIZE.matcher(frame.attr("width")).matches());
            keepIf(frame, "height", SIZE.matcher(frame.attr("height")).matches());
            keepIf(frame, "loading", LOADING.contains(frame.attr("loading")));
            if (frame.hasAttr("allowfullscreen")) {
                frame.attr("allowfullscreen", true);
            }
            if (frame.attr("title").isBlank()) {
                frame.attr("title", frameTitle.isBlank() ? host : frameTitle.strip());
            }
            frame.attr("sandbox", SANDBOX);
            frame.attr("referrerpolicy", REFERRER_POLICY);
        }
        return removed;
    }

    /** The host of {@code src} when it is an {@code https://} address on an allowed host, otherwise null. */
    static String allowedHost(String src, List<String> hosts) {
        if (src.isEmpty() || hosts.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(src);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            boolean allowed = "https".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null
                    && (uri.getPort() == -1 || uri.getPort() == 443) && host != null && hosts.contains(host);
            return allowed ? host : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void keepIf(Element frame, String attribute, boolean keep) {
        if (!keep) {
            frame.removeAttr(attribute);
        }
    }
}
