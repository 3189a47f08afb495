package vn.bantin.write;

import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A short digest of a file's content, to tell whether a generated file differs from the one in
 * the output: its length and two different CRCs (64 bits of checksum, both computed by the
 * processor's own instructions, so digesting a whole site costs little next to writing it).
 * A file published as it is gets the stamp of its source instead, which is not read at all.
 */
public final class OutputDigest {
    private OutputDigest() {
    }

    public static String of(byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        return bytes.length + ":" + Long.toHexString(castagnoli.getValue()) + ":" + Long.toHexString(ieee.getValue());
    }

    /** A copied file: its source's path, size and time, as the copy keeps them. */
    static String ofCopy(Path source, long size, long modified) {
        return "copy:" + size + ":" + modified + ":" + source;
    }
}
