package vn.bantin;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Java's data streams over bantin's own binary files ({@code memory.bin}, {@code inputs.bin}),
 * without a lock at every byte: {@link DataInputStream#readInt} reads four single bytes, and
 * {@code BufferedInputStream}, {@code ByteArrayInputStream} and {@code BufferedOutputStream} each
 * take their lock for each. At 10,000 articles the memory holds millions of numbers.
 */
final class BinaryFiles {
    private BinaryFiles() {
    }

    /** The whole file, read at once. */
    static DataInputStream reading(Path file) throws IOException {
        return new DataInputStream(new Bytes(Files.readAllBytes(file)));
    }

    /** A new file (or one replaced), written through a buffer. */
    static DataOutputStream writing(Path file) throws IOException {
        return new DataOutputStream(new Buffer(Files.newOutputStream(file)));
    }

    private static final class Bytes extends InputStream {
        private final byte[] bytes;
        private int position;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int count = Math.min(length, bytes.length - position);
            if (count <= 0) {
                return -1;
            }
            System.arraycopy(bytes, position, into, offset, count);
            position += count;
            return count;
        }
    }

    private static final class Buffer extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int size;

        Buffer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int value) throws IOException {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = (byte) value;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - size) {
                flush();
                if (length > buffer.length) {
                    out.write(bytes, offset, length);
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        @Override
        public void flush() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }
}
