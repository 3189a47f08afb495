package vn.bantin.finish.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * An {@link AnalysedIndex} kept on disk between two runs of bantin. The format is bantin's own:
 * a header naming the format and the bake environment it was made in, the entries and the average
 * length they were ranked against, the terms with their postings packed ({@link PackedPostings},
 * preceded by their count and their length in bytes) and as encoded, and a CRC-32 of all that.
 * What is read keeps the file's bytes: the postings are unpacked only for the terms a bake changes.
 * A file that is missing, of another format or environment, or damaged is not used: every entry is
 * then analysed again, which only costs time.
 */
public final class AnalysedIndexFile {
    private static final byte[] MAGIC = "bantin-search-terms\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 3;

    private AnalysedIndexFile() {
    }

    /**
     * Writes {@code index} atomically: a reader finds the previous file or this one whole.
     *
     * @param environment the bake environment's digest: a bake made in another ignores the file
     */
    public static void write(Path file, String environment, AnalysedIndex index) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream stream = Files.newOutputStream(temporary)) {
            Writer out = new Writer(stream);
            out.bytes(MAGIC);
            out.number(FORMAT);
            out.text(environment);
            out.number(index.entries());
            for (int id = 0; id < index.entries(); id++) {
                out.text(index.urls[id]);
                out.text(index.digests[id]);
                out.number(index.lengths[id]);
            }
            out.number(index.average);
            out.number(index.terms.length);
            for (int t = 0; t < index.terms.length; t++) {
                PackedPostings packed = index.packed[t];
                out.text(index.terms[t]);
                out.number(packed.count());
                out.number(packed.length());
                out.bytes(packed.bytes(), packed.offset(), packed.length()); // as packed: nothing unpacked
                out.text(index.encoded[t]);
            }
            out.finish();
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The index kept in {@code file} by a bake made in {@code environment}, or {@link AnalysedIndex#NONE}. */
    public static AnalysedIndex read(Path file, String environment) {
        try {
            if (!Files.isRegularFile(file)) {
                return AnalysedIndex.NONE;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < MAGIC.length + Integer.BYTES
                    || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return AnalysedIndex.NONE;
            }
            int end = bytes.length - Integer.BYTES;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, end);
            int stored = (bytes[end] & 0xFF) << 24 | (bytes[end + 1] & 0xFF) << 16 | (bytes[end + 2] & 0xFF) << 8
                    | (bytes[end + 3] & 0xFF);
            if ((int) crc.getValue() != stored) {
                return AnalysedIndex.NONE;
            }
            Reader in = new Reader(bytes, MAGIC.length, end);
            if (in.number() != FORMAT || !in.text().equals(environment)) {
                return AnalysedIndex.NONE;
            }
            int entries = in.number();
            if (entries < 0 || entries > bytes.length) {
                return AnalysedIndex.NONE;
            }
            String[] urls = new String[entries];
            String[] digests = new String[entries];
            int[] lengths = new int[entries];
            for (int id = 0; id < entries; id++) {
                urls[id] = in.text();
                digests[id] = in.text();
                lengths[id] = in.number();
            }
            int average = in.number();
            int termCount = in.number();
            if (termCount < 0 || termCount > bytes.length) {
                return AnalysedIndex.NONE;
            }
            String[] terms = new String[termCount];
            PackedPostings[] packed = new PackedPostings[termCount];
            String[] encoded = new String[termCount];
            for (int t = 0; t < termCount; t++) {
                terms[t] = in.text();
                int count = in.number();
                int length = in.number();
                int offset = in.skip(length);
                if (count < 0 || count > entries || !PackedPostings.isWhole(bytes, offset, length, count, entries)) {
                    return AnalysedIndex.NONE;
                }
                packed[t] = new PackedPostings(bytes, offset, length, count); // the file's bytes, not copied
                encoded[t] = in.ascii();
            }
            return in.atEnd() ? new AnalysedIndex(urls, digests, lengths, average, terms, packed, encoded)
                    : AnalysedIndex.NONE;
        } catch (IOException | RuntimeException e) {
            return AnalysedIndex.NONE; // unreadable or damaged: every entry is analysed again
        }
    }

    /** Bytes into a buffer, flushed as it fills, with a running CRC-32. */
    private static final class Writer {
        private final OutputStream stream;
        private final CRC32 crc = new CRC32();
        private final byte[] buffer = new byte[1 << 16];
        private int size;

        Writer(OutputStream stream) {
            this.stream = stream;
        }

        void number(int value) throws IOException {
            if (size + PackedPostings.MOST_PER_NUMBER > buffer.length) {
                flush();
            }
            size = PackedPostings.writeNumber(buffer, size, value);
        }

        void text(String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            bytes(utf8);
        }

        void bytes(byte[] bytes) throws IOException {
            bytes(bytes, 0, bytes.length);
        }

        void bytes(byte[] bytes, int offset, int length) throws IOException {
            if (size + length > buffer.length) {
                flush();
            }
            if (length > buffer.length) {
                crc.update(bytes, offset, length);
                stream.write(bytes, offset, length);
                return;
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        /** Writes what is buffered, then the CRC-32 of everything. */
        void finish() throws IOException {
            flush();
            int value = (int) crc.getValue();
            stream.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        }

        private void flush() throws IOException {
            crc.update(buffer, 0, size);
            stream.write(buffer, 0, size);
            size = 0;
        }
    }

    /** Numbers and texts from a byte array, up to {@code end}; past it, an exception. */
    private static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int position;

        Reader(byte[] bytes, int position, int end) {
            this.bytes = bytes;
            this.position = position;
            this.end = end;
        }

        int number() {
            if (position < end && bytes[position] >= 0) { // one byte: most gaps and marks
                return bytes[position++];
            }
            int value = 0;
            for (int shift = 0; shift < Integer.SIZE; shift += 7) {
                byte next = next();
                value |= (next & 0x7F) << shift;
                if (next >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("a number runs on");
        }

        String text() {
            return text(StandardCharsets.UTF_8);
        }

        private String text(Charset charset) {
            int length = number();
            if (length < 0 || length > end - position) {
                throw new IllegalStateException("a text runs past the end");
            }
            String text = new String(bytes, position, length, charset);
            position += length;
            return text;
        }

        /** A text of ASCII characters only, as {@link Writer#text} wrote it. */
        String ascii() {
            return text(StandardCharsets.US_ASCII);
        }

        /** Passes over {@code length} bytes; returns where they start. */
        int skip(int length) {
            if (length < 0 || length > end - position) {
                throw new IllegalStateException("a run of bytes runs past the end");
            }
            int start = position;
            position += length;
            return start;
        }

        boolean atEnd() {
            return position == end;
        }

        private byte next() {
            if (position >= end) {
                throw new IllegalStateException("the file ends early");
            }
            return bytes[position++];
        }
    }
}
