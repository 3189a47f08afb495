package vn.bantin.finish;

/**
 * The pages a previous bake finished, for an incremental bake: a page the render stage found
 * unchanged is taken from there as it was, bytes, links and ids.
 */
@FunctionalInterface
public interface FinishedBefore {
    /** The page at {@code url} as the previous bake finished it, or null. */
    FinishedPage finished(String url);
}
