package vn.bantin.load;

import vn.bantin.text.Slugs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids a body's headings get, in order: the slug of the heading's text ({@code muc} when it has
 * none), made unique with {@code -2}, {@code -3}… against the ids already taken, the page
 * templates' among them.
 */
final class HeadingIds {
    /** Ids the page templates use; a heading never takes one of them. */
    private static final Set<String> RESERVED = Set.of("noi-dung", "top");

    private final Set<String> used = new HashSet<>(RESERVED);
    /**
     * The next number to try for each base: counting from 2 again for every heading made a body of
     * thousands of equal headings quadratic.
     */
    private final Map<String, Integer> next = new HashMap<>();

    /** Marks an id the body's elements already have as taken. */
    void taken(String id) {
        used.add(id);
    }

    /** The id of the next heading, whose text is {@code text}. */
    String of(String text) {
        String base = Slugs.slugify(text);
        if (base.isEmpty()) {
            base = "muc";
        }
        String id = base;
        int n = next.getOrDefault(base, 2);
        while (used.contains(id)) {
            id = base + "-" + n++;
        }
        next.put(base, n);
        used.add(id);
        return id;
    }
}
