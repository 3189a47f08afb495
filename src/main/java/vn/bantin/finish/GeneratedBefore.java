package vn.bantin.finish;

/**
 * The feeds, sitemap and search entry shards a previous bake made, for an incremental bake: a
 * file whose fingerprint is unchanged since is kept as it was, not made again.
 */
@FunctionalInterface
public interface GeneratedBefore {
    /** The file at {@code outputPath} as the previous bake made it, or null. */
    GeneratedFile generated(String outputPath);
}
