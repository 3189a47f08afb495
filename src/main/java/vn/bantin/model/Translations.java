package vn.bantin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which pages are the same page in other languages. An author links a page to its counterpart
 * once, on either side ({@code translation: /gioi-thieu/} on the English page); the link then
 * goes both ways, and may lead to any page of the site (the home page, a section, the catalog).
 * A value, like the rest of the model: two bakes with the same links have equal ones.
 *
 * @param byUrl each page's counterparts by its URL, sorted by language
 */
public record Translations(Map<String, List<Counterpart>> byUrl) {

    /** The counterparts of the page at {@code url}, by language; empty when it has none. */
    public List<Counterpart> of(String url) {
        return byUrl.getOrDefault(url, List.of());
    }

    /** Builds the links both ways; the pairs must already agree with each other (checked by the model). */
    static Translations of(List<Pair> pairs) {
        Map<String, List<Counterpart>> byUrl = new TreeMap<>();
        for (Pair pair : pairs) {
            add(byUrl, pair.from(), pair.to());
            add(byUrl, pair.to(), pair.from());
        }
        byUrl.replaceAll((url, list) -> List.copyOf(list));
        return new Translations(Map.copyOf(byUrl));
    }

    private static void add(Map<String, List<Counterpart>> byUrl, Counterpart page, Counterpart other) {
        List<Counterpart> list = byUrl.computeIfAbsent(page.url(), url -> new ArrayList<>());
        if (!list.contains(other)) {
            list.add(other);
            list.sort(Comparator.comparing(Counterpart::lang));
        }
    }

    /** Two pages that are each other's translation. */
    record Pair(Counterpart from, Counterpart to) {
    }
}
