package vn.bantin.write;

import java.util.Map;

/**
 * The output folder as the previous bake left it, file by file with the digest of its content,
 * for an incremental write: a file whose content is unchanged is linked, not written again, and
 * when nothing changed at all the output is not touched.
 *
 * @param digests output path to {@link OutputDigest} of its content; empty when unknown
 */
public record PreviousOutput(Map<String, String> digests) {
    /** Nothing known of the output: every file is written. */
    public static final PreviousOutput NONE = new PreviousOutput(Map.of());
}
