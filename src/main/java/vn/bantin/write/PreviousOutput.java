package vn.bantin.write;

import java.util.Map;

/**
 * The output folder as the previous bake left it, file by file with the digest of its content,
 * for an incremental write: a file whose content is unchanged is linked, not written again, and
 * when nothing changed at all the output is not touched.
 *
 * @param digests output path to {@link OutputDigest} of its content; empty when unknown
 * @param spare   the same for the spare folder, the output of the bake before that one, which the
 *                write brings up to date and swaps in ({@link OutputWriter}); empty when there is
 *                none to trust
 */
public record PreviousOutput(Map<String, String> digests, Map<String, String> spare) {
    /** Nothing known of the output: every file is written. */
    public static final PreviousOutput NONE = new PreviousOutput(Map.of(), Map.of());

    /** An output whose files are known, with no spare folder. */
    public PreviousOutput(Map<String, String> digests) {
        this(digests, Map.of());
    }
}
