package vn.bantin.finish.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A posting list (the entries holding a term, each with its impact level) written as a short
 * ASCII string that JSON carries without escaping. Entries are listed by id, each as the gap from
 * the previous id: a term on every entry costs one character per entry.
 *
 * <p>Characters are the 64 of URL-safe base64 ({@code A-Z a-z 0-9 - _}), each 6 bits. An entry's
 * first character holds the impact level minus one (bits 5–2), a "more" flag (bit 1) and the
 * lowest bit of (gap − 1) (bit 0); with the flag set, the rest of (gap − 1) follows, 5 bits per
 * character, lowest first, bit 5 set on every character but the last. The first gap is counted
 * from −1, so an entry of id 0 has gap 1.
 */
public final class PostingCodec {
    /** Impact levels run from 1 to this. */
    public static final int LEVELS = 16;
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** The alphabet as bytes: a list is written into a byte array, one ASCII byte per character. */
    private static final byte[] DIGITS = ALPHABET.getBytes(StandardCharsets.US_ASCII);
    /** The most characters one entry takes: its first, and 31 bits of gap at 5 bits per character. */
    private static final int MOST_PER_ENTRY = 8;
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private PostingCodec() {
    }

    /** Told of each entry of a decoded list, ids increasing. */
    @FunctionalInterface
    public interface PostingSink {
        void posting(int id, int level);
    }

    /**
     * @param ids    entry ids, strictly increasing, from 0
     * @param levels impact levels, 1 to {@link #LEVELS}
     * @param count  how many of the arrays' first values to write
     */
    public static String encode(int[] ids, byte[] levels, int count) {
        return encode(ids, levels, 0, count, -1, new AsciiOut(count + count / 2)).text();
    }

    /**
     * The list {@code ids} (with {@code levels}) of {@code count} entries, made from {@code before},
     * the encoding of a list equal to it but in one place: the entries before {@code from} are the
     * same in both, and so are those from {@code to} of this list and from {@code beforeTo} of that
     * one on, the entry before them having the same id in both (their gaps are the same). Only the
     * entries between are encoded; the rest is copied: an edit to one entry changes one place in
     * the list of each of its terms, some of which hold nearly every entry.
     */
    static String splice(String before, int beforeTo, int[] ids, byte[] levels, int from, int to) {
        int start = offset(before, 0, 0, from);
        int end = offset(before, start, from, beforeTo);
        AsciiOut middle = encode(ids, levels, from, to, from == 0 ? -1 : ids[from - 1], new AsciiOut(to - from));
        return before.substring(0, start) + middle.text() + before.substring(end);
    }

    /** Where entry {@code index} of {@code encoded} starts, scanning on from entry {@code at}, which starts at {@code offset}. */
    private static int offset(String encoded, int offset, int at, int index) {
        int i = offset;
        for (int entry = at; entry < index; entry++) {
            if ((value(encoded.charAt(i++)) & 2) != 0) {
                while ((value(encoded.charAt(i++)) & 32) != 0) {
                    // the gap's next 5 bits
                }
            }
        }
        return i;
    }

    /** Writes entries {@code from} to {@code to} into {@code out}, after the entry of id {@code previous}. */
    private static AsciiOut encode(int[] ids, byte[] levels, int from, int to, int previous, AsciiOut out) {
        byte[] bytes = out.bytes;
        int length = out.length;
        for (int i = from; i < to; i++) {
            int gap = ids[i] - previous - 1;
            int level = levels[i];
            if (gap < 0 || level < 1 || level > LEVELS) {
                throw new IllegalArgumentException("ids must increase and levels be 1.." + LEVELS + ": " + ids[i]);
            }
            if (length + MOST_PER_ENTRY > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + MOST_PER_ENTRY);
            }
            int rest = gap >>> 1;
            bytes[length++] = DIGITS[((level - 1) << 2) | (rest > 0 ? 2 : 0) | (gap & 1)];
            while (rest > 0) {
                int bits = rest & 31;
                rest >>>= 5;
                bytes[length++] = DIGITS[bits | (rest > 0 ? 32 : 0)];
            }
            previous = ids[i];
        }
        out.bytes = bytes;
        out.length = length;
        return out;
    }

    /** ASCII characters written one by one into a growing array. */
    private static final class AsciiOut {
        byte[] bytes;
        int length;

        AsciiOut(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        String text() {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }
    }

    /** Decodes a list written by {@link #encode}. */
    public static void decode(String postings, PostingSink sink) {
        int previous = -1;
        int i = 0;
        while (i < postings.length()) {
            int first = value(postings.charAt(i++));
            int gap = first & 1;
            if ((first & 2) != 0) {
                int shift = 1;
                int next;
                do {
                    next = value(postings.charAt(i++));
                    gap |= (next & 31) << shift;
                    shift += 5;
                } while ((next & 32) != 0);
            }
            previous += gap + 1;
            sink.posting(previous, (first >> 2) + 1);
        }
    }

    /** The level of entry {@code id} in a list, or 0 when the list does not hold it. */
    static int level(String postings, int id) {
        int[] level = {0};
        decode(postings, (entry, entryLevel) -> {
            if (entry == id) {
                level[0] = entryLevel;
            }
        });
        return level[0];
    }

    /** The list with entry {@code id} at {@code level}, put in or replaced; without it for level 0. */
    static String withLevel(String postings, int id, int level) {
        int count = count(postings);
        int[] ids = new int[count + 1];
        byte[] levels = new byte[count + 1];
        int[] size = {0};
        decode(postings, (entry, entryLevel) -> {
            if (entry != id) {
                ids[size[0]] = entry;
                levels[size[0]++] = (byte) entryLevel;
            }
        });
        int kept = size[0];
        if (level == 0) {
            return encode(ids, levels, kept);
        }
        int at = -Arrays.binarySearch(ids, 0, kept, id) - 1;
        System.arraycopy(ids, at, ids, at + 1, kept - at);
        System.arraycopy(levels, at, levels, at + 1, kept - at);
        ids[at] = id;
        levels[at] = (byte) level;
        return encode(ids, levels, kept + 1);
    }

    /** How many entries a list holds: its document frequency, without decoding it. */
    public static int count(String postings) {
        int count = 0;
        boolean inGap = false;
        for (int i = 0; i < postings.length(); i++) {
            int value = value(postings.charAt(i));
            if (inGap) {
                inGap = (value & 32) != 0;
            } else {
                count++;
                inGap = (value & 2) != 0;
            }
        }
        return count;
    }

    private static int value(char c) {
        int value = c < 128 ? VALUES[c] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("not a posting character: " + c);
        }
        return value;
    }
}
