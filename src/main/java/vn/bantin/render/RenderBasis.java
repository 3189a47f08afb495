package vn.bantin.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a bake's pages were rendered from, told apart in two: the site without its bodies (the
 * model's fingerprint, {@link PageFingerprints#site}) and each body's digest. The planner and the
 * templates make every page's variables from the model alone, so when the next bake's model has
 * the same fingerprint, each page reads what it read before, and only a page that shows a body
 * whose digest changed can differ: an edit to an article's text re-renders the pages that show
 * it without a fingerprint of every other page being made again.
 *
 * @param site   the model's fingerprint, or "" when none is known
 * @param bodies the digest of each body, by the file it was written in
 */
public record RenderBasis(String site, Map<String, byte[]> bodies) {
    /** No bake before, or one whose basis is not known: every page is fingerprinted. */
    public static final RenderBasis NONE = new RenderBasis("", Map.of());

    /** Whether the model is the one {@code before} was made from: then every page reads what it read then. */
    boolean sameSite(RenderBasis before) {
        return !site.isEmpty() && site.equals(before.site);
    }

    /** Whether each of these bodies, by source, has the digest it had in {@code before}; a body gone or new is not. */
    boolean sameBodies(List<String> sources, RenderBasis before) {
        for (String source : sources) {
            byte[] now = bodies.get(source);
            if (now == null || !Arrays.equals(now, before.bodies.get(source))) {
                return false;
            }
        }
        return true;
    }
}
