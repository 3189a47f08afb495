package vn.bantin.model.document;

import vn.bantin.text.Slugs;
import vn.bantin.text.VietnameseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The values of one registry filter (kinds, or issuing bodies): spellings differing only in case or
 * Unicode form are one value, shown with its most used spelling, with a unique slug.
 */
final class FacetNames {
    private final List<String> keys = new ArrayList<>();
    private final Map<String, String> nameOfKey = new HashMap<>();
    private final Map<String, String> slugOfKey = new HashMap<>();

    FacetNames(List<DocumentDraft> drafts, Function<DocumentDraft, String> value) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        for (DocumentDraft draft : drafts) {
            String name = VietnameseText.nfc(value.apply(draft).strip());
            spellings.computeIfAbsent(VietnameseText.tagKey(name), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
        }
        spellings.forEach((key, used) -> {
            String best = null;
            for (Map.Entry<String, Integer> spelling : used.entrySet()) {
                if (best == null || spelling.getValue() > used.get(best)) {
                    best = spelling.getKey();
                }
            }
            nameOfKey.put(key, best);
            keys.add(key);
        });
        Comparator<String> collation = VietnameseText.collation();
        keys.sort((a, b) -> collation.compare(nameOfKey.get(a), nameOfKey.get(b)));
        Set<String> slugs = new HashSet<>();
        for (String key : keys) {
            String base = Slugs.slugify(nameOfKey.get(key));
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugOfKey.put(key, slug);
        }
    }

    String slugOf(String written) {
        return slugOfKey.get(VietnameseText.tagKey(written));
    }

    /**
     * One facet per value, in Vietnamese order, each with its documents in the order given.
     *
     * @param url the filter page of a slug, or null when filter pages are not rendered
     */
    List<Facet> facets(List<Document> documents, Function<Document, String> value, Function<String, String> url) {
        Map<String, List<Document>> byKey = new LinkedHashMap<>();
        keys.forEach(key -> byKey.put(key, new ArrayList<>()));
        for (Document document : documents) {
            byKey.get(VietnameseText.tagKey(value.apply(document))).add(document);
        }
        List<Facet> facets = new ArrayList<>();
        byKey.forEach((key, list) -> facets.add(new Facet(nameOfKey.get(key), slugOfKey.get(key),
                url == null ? null : url.apply(slugOfKey.get(key)), List.copyOf(list))));
        return List.copyOf(facets);
    }
}
