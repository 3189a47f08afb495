package vn.bantin.finish;

/**
 * A file the finish stage makes besides the pages (a feed, the sitemap, a search entry shard) as a
 * bake made it, for the next incremental bake: one whose fingerprint is unchanged then is kept as it was.
 *
 * @param outputPath  where it is in the output
 * @param fingerprint what it was made of: everything its bytes depend on besides the configuration,
 *                    templates and engine (a change to which makes a whole new bake)
 * @param bytes       what was written; null when only the output holds them (a memory read from disk,
 *                    or a file kept from the bake before)
 */
public record GeneratedFile(String outputPath, String fingerprint, byte[] bytes) {
}
