package vn.bantin.render;

import java.util.HashSet;
import java.util.List;
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

    void variable(String name) {
        variables.add(name);
    }

    void body(String source) {
        bodies.add(source);
    }

    /** The variables read, sorted. */
    List<String> variables() {
        return sorted(variables);
    }

    /** The bodies shown, by the file each was written in, sorted. */
    List<String> bodies() {
        return sorted(bodies);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
