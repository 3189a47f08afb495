package vn.bantin.render;

/**
 * How a previous bake rendered each page, for an incremental bake: a page whose fingerprint is
 * unchanged is not rendered again. Only offered when the templates, messages, configuration and
 * engine are those of that bake.
 */
@FunctionalInterface
public interface PagesBefore {
    /** The stamp of the page at {@code url} in the previous bake, or null. */
    PageStamp lookup(String url);

    /** What the previous bake's pages were rendered from; {@link RenderBasis#NONE} when it is not known. */
    default RenderBasis basis() {
        return RenderBasis.NONE;
    }
}
