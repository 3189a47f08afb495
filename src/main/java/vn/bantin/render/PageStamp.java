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
 */
public record PageStamp(String fingerprint, List<String> variables, List<String> bodies) {
}
