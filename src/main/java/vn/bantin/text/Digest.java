package vn.bantin.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over tagged, length-prefixed parts, so that no two different sequences of values write
 * the same bytes: what bantin's fingerprints, build environment and search-index versions are
 * made of. One digest, one thread.
 */
public final class Digest {
    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest sha;

    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One byte telling what kind of value follows. */
    public Digest tag(char tag) {
        sha.update((byte) tag);
        return this;
    }

    public Digest count(int count) {
        sha.update((byte) (count >>> 24));
        sha.update((byte) (count >>> 16));
        sha.update((byte) (count >>> 8));
        sha.update((byte) count);
        return this;
    }

    public Digest text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public Digest bytes(byte[] bytes) {
        count(bytes.length);
        sha.update(bytes);
        return this;
    }

    /** The digest; the object is spent. */
    public byte[] bytes() {
        return sha.digest();
    }

    /** The digest in hexadecimal; the object is spent. */
    public String hex() {
        return HEX.formatHex(sha.digest());
    }
}
