package vn.bantin.model;

import vn.bantin.problem.Problems;
import vn.bantin.text.Slugs;
import vn.bantin.text.VietnameseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the tags written on articles into {@link Tag}s: spellings differing only in case or
 * Unicode normalisation are one tag, shown with its most used spelling, with a unique slug.
 */
final class TagIndex {
    private final Map<String, Tag> byKey;
    private final List<Tag> tags;

    private TagIndex(Map<String, Tag> byKey, List<Tag> tags) {
        this.byKey = byKey;
        this.tags = tags;
    }

    /**
     * @param tagLists the tags of each published article; {@code paths} the article files, same order
     * @param urls     the site's URLs, or null when tags get no pages (their {@code url} is then null)
     */
    static TagIndex of(List<List<String>> tagLists, SiteUrls urls, Problems problems, List<String> paths) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        // Thousands of articles share a few dozen tags: each spelling is read once.
        Map<String, Spelling> read = new HashMap<>();
        for (int i = 0; i < tagLists.size(); i++) {
            Set<String> keysOfArticle = new LinkedHashSet<>();
            for (String written : tagLists.get(i)) {
                Spelling spelling = read.computeIfAbsent(written, Spelling::of);
                if (!spelling.named()) {
                    problems.error(paths.get(i), 1, "the tag '" + spelling.name() + "' has no letter or digit",
                            "remove it from tags");
                    continue;
                }
                spellings.computeIfAbsent(spelling.key(), k -> new TreeMap<>()).merge(spelling.name(), 1, Integer::sum);
                keysOfArticle.add(spelling.key());
            }
            keysOfArticle.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        List<String> names = new ArrayList<>();
        Map<String, String> nameOfKey = new HashMap<>();
        spellings.forEach((key, used) -> {
            String name = used.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> e.getKey().equals(e.getKey().toLowerCase(VietnameseText.LOCALE)))
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            names.add(name);
            nameOfKey.put(key, name);
        });
        names.sort(VietnameseText.collation());
        Map<String, Tag> tagOfName = new HashMap<>();
        Set<String> slugs = new java.util.HashSet<>();
        List<Tag> tags = new ArrayList<>();
        for (String name : names) {
            String base = Slugs.slugify(name);
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            String url = urls == null ? null : urls.tag(slug);
            Tag tag = new Tag(name, slug, url, url == null ? null : urls.feed(url), counts.get(VietnameseText.tagKey(name)));
            tags.add(tag);
            tagOfName.put(name, tag);
        }
        Map<String, Tag> byKey = new HashMap<>();
        nameOfKey.forEach((key, name) -> byKey.put(key, tagOfName.get(name)));
        return new TagIndex(byKey, List.copyOf(tags));
    }

    /**
     * A tag as an author wrote it: its name (NFC, trimmed), its key ({@link VietnameseText#tagKey}),
     * and whether it has a letter or digit to make a slug of.
     */
    private record Spelling(String name, String key, boolean named) {
        static Spelling of(String written) {
            String name = VietnameseText.nfc(written.strip());
            return new Spelling(name, VietnameseText.tagKey(name), !Slugs.slugify(name).isEmpty());
        }
    }

    /** All tags in Vietnamese collation order. */
    List<Tag> tags() {
        return tags;
    }

    /** The tags of one article, in the order written, without repeats; unknown ones (drafts') get count 0. */
    List<Tag> tagsOf(List<String> written) {
        Map<String, Tag> result = new java.util.LinkedHashMap<>();
        for (String name : written) {
            String key = VietnameseText.tagKey(name);
            Tag tag = byKey.get(key);
            if (tag == null) {
                String slug = Slugs.slugify(name);
                if (slug.isEmpty()) {
                    continue;
                }
                tag = new Tag(VietnameseText.nfc(name.strip()), slug, null, null, 0);
            }
            result.putIfAbsent(key, tag);
        }
        return List.copyOf(result.values());
    }
}
