package vn.bantin.render;

import java.util.List;

/**
 * What a bake knows of how it rendered a page, for the next incremental bake.
 *
 * @param fingerprint the page's fingerprint ({@link PageFingerprints}): its kind, URL and template,
 *                    and the values of what it read
 * @param variables   the variables its templates read ({@code article}, {@code site}, {@code msg},
 *                    JBake's {@code published_posts}…), sorted
 * @param bodies      the bodies its templates showed, by the file each was written in, sorted
 * @param slots       of those, the bodies {@code <@body>} wrote once and nothing else showed: each
 *                    is one run of the page's bytes, which a quick rebuild may replace with the
 *                    body's new HTML written the same way ({@link #slot}), sorted
 */
public record PageStamp(String fingerprint, List<String> variables, List<String> bodies, List<String> slots) {
    /** A slot's name: the body's file, then its tables' label after a line feed when they have one. */
    static String slot(String source, String tableLabel) {
        return tableLabel == null ? source : source + '\n' + tableLabel;
    }

    /** The slot of the body of {@code source}: its name, or null when the page shows it otherwise or not at all. */
    public String slotOf(String source) {
        for (String slot : slots) {
            if (slot.startsWith(source) && (slot.length() == source.length() || slot.charAt(source.length()) == '\n')) {
                return slot;
            }
        }
        return null;
    }

    /** The tables' label of a slot ({@link #slotOf}), or null when its tables get no scrolling region. */
    public static String tableLabel(String slot, String source) {
        return slot.length() == source.length() ? null : slot.substring(source.length() + 1);
    }
}
