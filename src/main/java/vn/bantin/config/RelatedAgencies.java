package vn.bantin.config;

import vn.bantin.problem.Problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "links to related agencies" block state portals show (the national public-service portal,
 * the Government portal, the province's portal…), from numbered keys so that the order is the
 * author's: {@code bantin.agencies.1.name=Cổng Dịch vụ công quốc gia} and
 * {@code bantin.agencies.1.url=https://dichvucong.gov.vn}. Empty by default: no block.
 */
public final class RelatedAgencies {
    public static final String PREFIX = "bantin.agencies.";
    private static final Pattern KEY = Pattern.compile(Pattern.quote(PREFIX) + "([0-9]{1,4})\\.(name|url)");

    /** One related agency: its name as the link's text, and its site. */
    public record Agency(String name, String url) {
    }

    private RelatedAgencies() {
    }

    /** The agencies in the order of their numbers; entries with a problem are left out (reported by {@link #problems}). */
    public static List<Agency> parse(Map<String, Object> raw) {
        List<Agency> agencies = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, String>> entry : entries(raw).entrySet()) {
            String name = entry.getValue().getOrDefault("name", "");
            String url = entry.getValue().getOrDefault("url", "");
            if (!name.isEmpty() && isWebAddress(url)) {
                agencies.add(new Agency(name, url));
            }
        }
        return List.copyOf(agencies);
    }

    /** Unknown keys under the prefix, entries missing a name or an address, addresses that are no web address. */
    static List<Problem> problems(Map<String, Object> raw) {
        List<Problem> problems = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (key.startsWith(PREFIX) && !KEY.matcher(key).matches()) {
                problems.add(error("unknown key " + key, "write pairs such as " + PREFIX + "1.name=… and " + PREFIX + "1.url=https://…"));
            }
        }
        for (Map.Entry<Integer, Map<String, String>> entry : entries(raw).entrySet()) {
            String prefix = PREFIX + entry.getKey() + ".";
            String name = entry.getValue().getOrDefault("name", "");
            String url = entry.getValue().getOrDefault("url", "");
            if (name.isEmpty()) {
                problems.add(error(prefix + "name is missing or empty", "give the agency's name: " + prefix + "name=Cổng Dịch vụ công quốc gia"));
            }
            if (!isWebAddress(url)) {
                problems.add(error(url.isEmpty() ? prefix + "url is missing or empty" : prefix + "url: '" + url + "' is not a web address",
                        "write the whole address: " + prefix + "url=https://dichvucong.gov.vn"));
            }
        }
        return problems;
    }

    /** Number to its {@code name} and {@code url} values, ordered by number. */
    private static Map<Integer, Map<String, String>> entries(Map<String, Object> raw) {
        Map<Integer, Map<String, String>> entries = new TreeMap<>();
        for (String key : raw.keySet()) {
            Matcher matcher = KEY.matcher(key);
            if (matcher.matches()) {
                entries.computeIfAbsent(Integer.parseInt(matcher.group(1)), n -> new TreeMap<>())
                        .put(matcher.group(2), ConfigText.of(raw, key));
            }
        }
        return entries;
    }

    /** An absolute http(s) address with a host: the link leaves the site, so it must say where to. */
    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Problem error(String message, String hint) {
        return Problem.error(ConfigLoader.FILE, 0, message, hint);
    }
}
