package vn.bantin.finish;

/**
 * The feeds a previous bake wrote, for an incremental bake: a feed whose fingerprint is unchanged
 * since is kept as it was, not written again.
 */
@FunctionalInterface
public interface FeedsBefore {
    /** No previous bake: every feed is written. */
    FeedsBefore NONE = path -> null;

    /** The feed at {@code outputPath} as the previous bake wrote it, or null. */
    WrittenFeed written(String outputPath);
}
