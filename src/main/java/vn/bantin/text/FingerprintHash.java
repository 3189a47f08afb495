package vn.bantin.text;

import java.util.HexFormat;

/**
 * A 128-bit hash of a sequence of tagged, length-prefixed values, for what only tells whether
 * something changed since the previous bake (a page's fingerprint, a search entry's terms, the
 * search index's version): MurmurHash3 (x64, 128-bit) over the values as 64-bit words, text as
 * UTF-16 code units four to a word, so that no text is encoded to bytes first. Content authors do
 * not try to fool a bake, so 128 bits of a well-mixed hash do, where a cryptographic
 * {@link Digest} cost most of the time of fingerprinting every page of a 10,000-article site. One
 * hash, one thread.
 */
public final class FingerprintHash {
    /** The length of the hash in bytes. */
    public static final int BYTES = 16;
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final HexFormat HEX = HexFormat.of();
    private static final int CHUNK = 1024;

    private long h1;
    private long h2;
    private long pending;
    private boolean hasPending;
    private long words;
    /** Where {@link #text} copies the characters it hashes, made at its first use. */
    private char[] chars;

    /** One character telling what kind of value follows. */
    public FingerprintHash tag(char tag) {
        word(tag);
        return this;
    }

    public FingerprintHash count(int count) {
        word(count);
        return this;
    }

    public FingerprintHash text(String text) {
        int length = text.length();
        word(length);
        int i = 0;
        // Copied out a chunk at a time: charAt checks its index in a call of its own on a UTF-16
        // string, and every body a bake parses or links is hashed for its page's fingerprint.
        while (i + 4 <= length) {
            int chunk = Math.min(CHUNK, (length - i) & ~3);
            if (chars == null || chars.length < chunk) {
                chars = new char[chunk];
            }
            text.getChars(i, i + chunk, chars, 0);
            for (int c = 0; c < chunk; c += 4) {
                word(chars[c] | (long) chars[c + 1] << 16 | (long) chars[c + 2] << 32 | (long) chars[c + 3] << 48);
            }
            i += chunk;
        }
        if (i < length) {
            long last = 0;
            for (int shift = 0; i < length; i++, shift += 16) {
                last |= (long) text.charAt(i) << shift;
            }
            word(last);
        }
        return this;
    }

    public FingerprintHash bytes(byte[] bytes) {
        word(bytes.length);
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = value << 8 | (bytes[i + b] & 0xFF);
            }
            word(value);
        }
        if (i < bytes.length) {
            long last = 0;
            for (int shift = 0; i < bytes.length; i++, shift += 8) {
                last |= (long) (bytes[i] & 0xFF) << shift;
            }
            word(last);
        }
        return this;
    }

    /** The hash, {@link #BYTES} bytes; the object is spent. */
    public byte[] bytes() {
        if (hasPending) {
            long k1 = pending * C1;
            k1 = Long.rotateLeft(k1, 31) * C2;
            h1 ^= k1;
        }
        long length = words * Long.BYTES;
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h1 >>> (56 - 8 * i));
            out[8 + i] = (byte) (h2 >>> (56 - 8 * i));
        }
        return out;
    }

    /** The hash in hexadecimal; the object is spent. */
    public String hex() {
        return HEX.formatHex(bytes());
    }

    private void word(long value) {
        words++;
        if (!hasPending) {
            pending = value;
            hasPending = true;
            return;
        }
        hasPending = false;
        long k1 = pending * C1;
        k1 = Long.rotateLeft(k1, 31) * C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        long k2 = value * C2;
        k2 = Long.rotateLeft(k2, 33) * C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ k >>> 33;
    }
}
