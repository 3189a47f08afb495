package vn.bantin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the templates read while rendering one page: the names of the variables they looked up
 * (the page's own and the shared ones, present or not) and the bodies they showed, by the file
 * each was written in. A page's fingerprint covers only these ({@link PageFingerprints}): the
 * rendering is a function of the values it read, so while they stay the same, so does the page.
 * One page, one thread.
 */
final class PageReads {
    private final Set<String> variables = new HashSet<>();
    private final Set<String> bodies = new HashSet<>();
    /**
     * Bodies written by {@code <@body>}, by the file each was written in, each as its slot is
     * named ({@link PageStamp#slot}).
     */
    private final Map<String, String> written = new HashMap<>();
    /** Bodies read otherwise (as a string, or more than once): no slot of the page is theirs alone. */
    private final Set<String> readOtherwise = new HashSet<>();
    /** The reads of parts of the page being rendered ({@link #startNoting}), noted in them as well. */
    private final List<PageReads> parts = new ArrayList<>();

    void variable(String name) {
        variables.add(name);
        for (PageReads part : parts) { // no lambda: one that captures is an object made at every read
            part.variable(name);
        }
    }

    void body(String source) {
        bodies.add(source);
        readOtherwise.add(source);
        for (PageReads part : parts) {
            part.body(source);
        }
    }

    /**
     * Notes a body written whole by {@code <@body>}, its tables labelled {@code tableLabel} (null
     * for none): in the page, it is one run of bytes a quick rebuild may replace ({@link #slots}).
     */
    void bodyWritten(String source, String tableLabel) {
        bodies.add(source);
        if (written.putIfAbsent(source, PageStamp.slot(source, tableLabel)) != null || !parts.isEmpty()) {
            readOtherwise.add(source); // written twice, or in a part pages share: no one place of the page is its
        }
        for (PageReads part : parts) {
            part.body(source); // a part shared by pages is no slot of any one of them
        }
    }

    /** Notes what is read from now on in a set of its own as well, until {@link #stopNoting}. */
    PageReads startNoting() {
        PageReads part = new PageReads();
        parts.add(part);
        return part;
    }

    void stopNoting(PageReads part) {
        parts.remove(part);
    }

    /** Notes everything {@code other} read, as if this page had read it itself. */
    void addAll(PageReads other) {
        other.variables.forEach(this::variable);
        other.bodies.forEach(this::body);
    }

    /** The variables read, sorted. */
    List<String> variables() {
        return sorted(variables);
    }

    /** The bodies the page shows only where {@code <@body>} wrote each once, sorted ({@link PageStamp#slots}). */
    List<String> slots() {
        Set<String> slots = new HashSet<>();
        written.forEach((source, slot) -> {
            if (!readOtherwise.contains(source)) {
                slots.add(slot);
            }
        });
        return sorted(slots);
    }

    /** The bodies shown, by the file each was written in, sorted. */
    List<String> bodies() {
        return sorted(bodies);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
