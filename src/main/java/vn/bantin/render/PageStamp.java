package vn.bantin.render;

import java.util.List;

/**
 * What a bake knows of how it rendered a page, for the next incremental bake.
 *
 * @param fingerprint the page's fingerprint ({@link PageFingerprints}): its own values and those of
 *                    the shared variables it read
 * @param sharedRead  the shared variables its template read ({@code site}, {@code msg}, JBake's
 *                    {@code published_posts}…), sorted
 */
public record PageStamp(String fingerprint, List<String> sharedRead) {
}
