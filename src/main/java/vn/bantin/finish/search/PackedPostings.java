package vn.bantin.finish.search;

import java.util.Arrays;

/**
 * One term's postings as analysed, before ranking, packed into bytes: for each posting the gap
 * from the id before it (the first from -1) and its mark, as variable-length integers (7 bits a
 * byte, lowest first, the high bit set on every byte but a number's last). Kept so between two
 * bakes, and in the file ({@link AnalysedIndexFile}) as they are: a bake after an edit unpacks only
 * the postings of the terms the edited entries have, and copies the others' bytes. Ten million
 * postings unpacked into arrays would cost more than the rest of the search index.
 *
 * @param bytes  where they are, shared: never written
 * @param offset where they start in {@code bytes}
 * @param length how many bytes they take
 * @param count  how many postings
 */
record PackedPostings(byte[] bytes, int offset, int length, int count) {
    /** A number of 32 bits takes five bytes at most. */
    static final int MOST_PER_NUMBER = 5;

    /** The first {@code count} postings of {@code ids} (increasing) and {@code marks}, packed. */
    static PackedPostings pack(int[] ids, int[] marks, int count) {
        byte[] bytes = new byte[count * 2 + 16]; // most gaps and marks take a byte
        int size = 0;
        int previous = -1;
        for (int i = 0; i < count; i++) {
            if (bytes.length - size < 2 * MOST_PER_NUMBER) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            size = writeNumber(bytes, size, ids[i] - previous);
            size = writeNumber(bytes, size, marks[i]);
            previous = ids[i];
        }
        return new PackedPostings(Arrays.copyOf(bytes, size), 0, size, count);
    }

    /**
     * Writes {@code value} at {@code at} as a variable-length integer, the way every number of
     * {@link AnalysedIndexFile} is written too; returns where the next number goes.
     */
    static int writeNumber(byte[] bytes, int at, int value) {
        int rest = value;
        int position = at;
        while ((rest & ~0x7F) != 0) {
            bytes[position++] = (byte) (rest & 0x7F | 0x80);
            rest >>>= 7;
        }
        bytes[position++] = (byte) rest;
        return position;
    }

    /**
     * Whether {@code length} bytes from {@code offset} are {@code count} postings whose ids are
     * below {@code entries}: what a file must hold before a bake trusts it, checked without
     * unpacking anything.
     */
    static boolean isWhole(byte[] bytes, int offset, int length, int count, int entries) {
        int numbers = 0;
        int id = -1;
        int value = 0;
        int shift = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (shift > 28) {
                return false;
            }
            value |= (b & 0x7F) << shift;
            if (b < 0) {
                shift += 7;
                continue;
            }
            if (numbers % 2 == 0) {
                if (value <= 0) {
                    return false;
                }
                id += value;
                if (id >= entries) {
                    return false;
                }
            }
            numbers++;
            value = 0;
            shift = 0;
        }
        return shift == 0 && numbers == 2 * count;
    }

    /** Unpacks every posting into {@code ids} and {@code marks}, which hold at least {@link #count}. */
    void unpack(int[] ids, int[] marks) {
        Reading reading = new Reading();
        int id = -1;
        for (int i = 0; i < count; i++) {
            id += reading.next();
            ids[i] = id;
            marks[i] = reading.next();
        }
    }

    /**
     * Whether any of {@code sought} (increasing) is among the postings: read only as far as the
     * largest of them. After an edit, the entries analysed again are sought in every term's
     * postings; they are most often the newest, of the lowest ids, found or passed in a few bytes.
     */
    boolean holdsAny(int[] sought) {
        if (sought.length == 0) {
            return false;
        }
        Reading reading = new Reading();
        int id = -1;
        int next = 0;
        for (int i = 0; i < count; i++) {
            id += reading.next();
            reading.next();
            while (sought[next] < id) {
                if (++next == sought.length) {
                    return false;
                }
            }
            if (sought[next] == id) {
                return true;
            }
        }
        return false;
    }

    /** Whether each posting's entry has the same id in {@code newIds}, a map from the ids these are of. */
    boolean keepsIds(int[] newIds) {
        Reading reading = new Reading();
        int id = -1;
        for (int i = 0; i < count; i++) {
            id += reading.next();
            reading.next();
            if (newIds[id] != id) {
                return false;
            }
        }
        return true;
    }

    /** Reads the numbers one by one from the start. */
    private final class Reading {
        private int position = offset;

        int next() {
            byte b = bytes[position++];
            if (b >= 0) { // one byte: most gaps and marks
                return b;
            }
            int value = b & 0x7F;
            for (int shift = 7; ; shift += 7) {
                b = bytes[position++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
