package vn.bantin.finish;

import java.util.Arrays;

/**
 * A page's bytes as they are finished: a growable buffer that, unlike a
 * {@link java.io.ByteArrayOutputStream}, takes no lock at each write and can be emptied for the
 * next page ({@link #reset}), so that a finishing thread fills one buffer page after page.
 */
final class PageBytes {
    /** A buffer grown larger than this for a long page is not kept for the next. */
    private static final int KEPT = 1024 * 1024;

    private final int capacity;
    private byte[] bytes;
    private int size;

    PageBytes(int capacity) {
        this.capacity = Math.max(16, capacity);
        bytes = new byte[this.capacity];
    }

    void write(byte[] from, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    void write(byte[] from) {
        write(from, 0, from.length);
    }

    /** The bytes written since the last reset. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Empties the buffer for the next page. */
    void reset() {
        if (bytes.length > KEPT) {
            bytes = new byte[capacity];
        }
        size = 0;
    }
}
