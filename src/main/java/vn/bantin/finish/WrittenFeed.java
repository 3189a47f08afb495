package vn.bantin.finish;

/**
 * A feed as a bake wrote it, for the next incremental bake.
 *
 * @param outputPath  where it is in the output
 * @param fingerprint what it was made of ({@link Feed#fingerprint})
 * @param bytes       what was written; null when only the output holds them (a memory read from disk,
 *                    or a feed kept from the bake before)
 */
public record WrittenFeed(String outputPath, String fingerprint, byte[] bytes) {
}
