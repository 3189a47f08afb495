package vn.bantin.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where Freemarker writes one page: straight into UTF-8, the form the page is finished and
 * written in. A {@link java.io.StringWriter} locked its buffer at every write, copied the page into
 * a string, and the page was then encoded whole; here each piece is encoded as it comes. The
 * template's own text, written again on every page, is encoded once per bake ({@link TemplateText}).
 * A character outside the Basic Multilingual Plane (an emoji) may come in two writes, one half in
 * each: it is encoded whole all the same, and a half without its other half becomes {@code ?}, as
 * {@link String#getBytes} makes it. Not safe for use by several threads: a page is rendered by one,
 * and each rendering thread writes page after page into its own writer ({@link #reset}), so that a
 * bake of 16,000 pages does not allocate and grow a buffer for each.
 */
final class PageWriter extends Writer {
    private static final byte UNPAIRED = '?';
    private static final int START = 32 * 1024;
    /** A buffer grown larger than this for a long page is not kept for the next. */
    private static final int KEPT = 1024 * 1024;

    private final TemplateText templateText;
    private byte[] bytes = new byte[START];
    private int size;
    /** The first half of a character whose second half is still to come, or 0. */
    private char highSurrogate;
    private final List<SharedPart> sharedParts = new ArrayList<>();

    PageWriter(TemplateText templateText) {
        this.templateText = templateText;
    }

    /** Empties the writer for the next page. */
    void reset() {
        if (bytes.length > KEPT) {
            bytes = new byte[START];
        }
        size = 0;
        highSurrogate = 0;
        sharedParts.clear();
    }

    /** The page written so far, in UTF-8. */
    byte[] toByteArray() {
        flushUnpaired();
        return Arrays.copyOf(bytes, size);
    }

    /**
     * A part other pages share, its text already in UTF-8 too: the bytes are copied as they are,
     * and where they lie is noted ({@link #sharedParts}). Unless a character's first half waits
     * for its second: then {@code text} is written as any text is.
     */
    void writeShared(Object part, String text, byte[] utf8) {
        if (highSurrogate == 0) {
            int start = size;
            put(utf8);
            sharedParts.add(new SharedPart(start, size, part));
        } else {
            write(text);
        }
    }

    /**
     * Bytes of UTF-8 from {@code from} to {@code to}, whole characters, copied as they are. Unless a
     * character's first half waits for its second: then they are written as any text is.
     */
    void writeUtf8(byte[] utf8, int from, int to) {
        if (highSurrogate == 0) {
            put(utf8, from, to);
        } else {
            write(new String(utf8, from, to - from, StandardCharsets.UTF_8));
        }
    }

    /** The shared parts written, in order. */
    List<SharedPart> sharedParts() {
        return List.copyOf(sharedParts);
    }

    @Override
    public void write(int c) {
        char ch = (char) c;
        if (highSurrogate == 0 && ch < 0x80) {
            ensure(1);
            bytes[size++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) {
        if (offset == 0 && length == text.length && highSurrogate == 0) {
            byte[] encoded = templateText.encoded(text);
            if (encoded != null) {
                put(encoded);
                return;
            }
        }
        for (int i = offset, end = offset + length; i < end; i++) {
            encode(text[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length == 0) {
            return;
        }
        String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
        if (highSurrogate != 0 || Character.isHighSurrogate(part.charAt(length - 1))) {
            for (int i = 0; i < length; i++) {
                encode(part.charAt(i));
            }
        } else {
            put(part.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) {
        String string = String.valueOf(text).substring(start, end);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public Writer append(char c) {
        write(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void put(byte[] encoded) {
        put(encoded, 0, encoded.length);
    }

    private void put(byte[] encoded, int from, int to) {
        ensure(to - from);
        System.arraycopy(encoded, from, bytes, size, to - from);
        size += to - from;
    }

    /** One UTF-16 unit: a whole character, or half of one. */
    private void encode(char c) {
        ensure(4);
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xf0 | (codePoint >> 18));
                bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
                bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 | (codePoint & 0x3f));
                return;
            }
            bytes[size++] = UNPAIRED;
            ensure(4);
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xc0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = UNPAIRED;
        } else {
            bytes[size++] = (byte) (0xe0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            bytes[size++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    private void flushUnpaired() {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            ensure(1);
            bytes[size++] = UNPAIRED;
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /**
     * The template's own text in UTF-8, encoded once per bake: Freemarker writes each block of a
     * template's text as the same array on every page. An array is looked up by identity and its
     * characters compared with those it had when it was encoded, so an array written again with
     * other characters in it (a buffer) is encoded afresh, never given stale bytes.
     */
    static final class TemplateText {
        /** Enough for every block of text of a site's templates; beyond it, text is encoded as it comes. */
        private static final int MOST = 20_000;

        private record Encoded(char[] text, byte[] bytes) {
        }

        private final Map<char[], Encoded> blocks = new ConcurrentHashMap<>(); // arrays: identity keys

        /** The UTF-8 of {@code text}, or null when it is not kept (a half character at its end, too many blocks). */
        byte[] encoded(char[] text) {
            Encoded known = blocks.get(text);
            if (known != null && Arrays.equals(known.text(), text)) {
                return known.bytes();
            }
            if (text.length == 0 || Character.isHighSurrogate(text[text.length - 1]) || blocks.size() >= MOST) {
                return null;
            }
            byte[] bytes = new String(text).getBytes(StandardCharsets.UTF_8);
            blocks.put(text, new Encoded(text.clone(), bytes));
            return bytes;
        }
    }
}
