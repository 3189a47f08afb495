package vn.bantin.config;

import vn.bantin.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code bantin.embed.hosts}: the hosts whose frames ({@code <iframe>}) an article may embed, such
 * as {@code www.youtube-nocookie.com, player.vimeo.com}. Empty by default: no frame is kept. One
 * reading serves the load stage, which keeps or removes each frame, and the templates, which list
 * the hosts in the pages' Content-Security-Policy ({@code frame-src}).
 */
public final class EmbedHosts {
    public static final String KEY = "bantin.embed.hosts";
    /** A DNS name of at least two labels, in lower case: no scheme, port, path or wildcard. */
    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private EmbedHosts() {
    }

    /**
     * The host names, lower-case and in the order written; entries that are no host name are left
     * out (the configuration stage reports them).
     *
     * @param value the key's value as jbake-core returns it: null, a text, or a list when the text
     *              held commas
     */
    public static List<String> parse(Object value) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : entries(value)) {
            if (HOST.matcher(entry).matches()) {
                hosts.add(entry);
            }
        }
        return List.copyOf(hosts);
    }

    /** Each entry of the value that is no host name, as a problem of {@code jbake.properties}. */
    static List<Problem> problems(Object value) {
        List<Problem> problems = new ArrayList<>();
        for (String entry : entries(value)) {
            if (!HOST.matcher(entry).matches()) {
                problems.add(Problem.error(ConfigLoader.FILE, 0, KEY + ": '" + entry + "' is not a host name",
                        "write host names only, separated by commas, e.g. " + KEY
                                + "=www.youtube-nocookie.com, player.vimeo.com"));
            }
        }
        return problems;
    }

    private static List<String> entries(Object value) {
        List<String> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        Iterable<?> parts = value instanceof Iterable<?> list ? list : List.of(value);
        for (Object part : parts) {
            for (String entry : String.valueOf(part).split("[,\\s]+")) {
                if (!entry.isEmpty()) {
                    entries.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        }
        return entries;
    }
}
