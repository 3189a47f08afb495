package vn.bantin.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file of bodies ({@link Body}), each as UTF-8, one after another, kept beside a bake's memory:
 * the memory holds where each body starts, its length and its digest, and a later bake reads a
 * body back only when something shows it. A bake appends the bodies it parsed to the file its
 * memory started from, so the offsets the memory before holds stay true; when the file holds more
 * bodies nobody points at than bodies in use, it writes a new file of the bodies in use instead.
 *
 * <p>A body read back is checked against its digest. A store found damaged says so
 * ({@link #damaged}), and the bake that met it is done again without any memory.
 */
public final class BodyStore {
    private static final Cleaner CLOSER = Cleaner.create();

    private final Path file;
    private final FileChannel channel;
    private volatile boolean damaged;

    private BodyStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        CLOSER.register(this, () -> {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing is written through it: nothing is lost
            }
        });
    }

    /**
     * The store a memory was written with, or null when it is missing or shorter than the memory
     * says: then the memory cannot be used.
     *
     * @param size how many bytes it held when the memory was written
     */
    public static BodyStore open(Path file, long size) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            if (channel.size() < size) {
                channel.close();
                return null;
            }
            return new BodyStore(file, channel);
        } catch (IOException e) {
            return null;
        }
    }

    /** A body kept here: {@code length} bytes at {@code offset}, with the digest of its HTML. */
    public Body body(String source, long offset, int length, byte[] digest) {
        return Body.stored(source, this, offset, length, digest);
    }

    /** Whether a body read from here was not what its memory said: then no body of it can be trusted. */
    public boolean damaged() {
        return damaged;
    }

    /** The UTF-8 of {@code body}, kept here, checked against its digest. */
    byte[] read(Body body) {
        ByteBuffer bytes = ByteBuffer.allocate(body.storedLength());
        long offset = body.offsetIn(this);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    throw damaged(body, "the file ends before it");
                }
            }
        } catch (IOException e) {
            damaged = true;
            throw new UncheckedIOException("cannot read the body of " + body.source() + " from " + file, e);
        }
        if (!Arrays.equals(Body.digestOf(bytes.array()), body.digest())) {
            throw damaged(body, "it is not the body the memory remembers");
        }
        return bytes.array();
    }

    private IllegalStateException damaged(Body body, String why) {
        damaged = true;
        return new IllegalStateException("the kept body of " + body.source() + " in " + file + " is damaged: " + why);
    }

    /**
     * Writes the bodies of a bake's memory: appended to {@code current} when most of what it holds
     * is still in use, else into a new file. Each body is written once, in the order given.
     */
    public static final class Writer implements AutoCloseable {
        private final BodyStore current;
        private final Path file;
        private final OutputStream out;
        private long size;

        /**
         * @param current  the store the memory being written started from, or null
         * @param fresh    the file to write when {@code current} is not appended to
         * @param inUse    how many bytes of {@code current} the memory being written points at
         */
        public Writer(BodyStore current, Path fresh, long inUse) throws IOException {
            long currentSize = current == null ? 0 : current.channel.size();
            boolean append = current != null && !current.damaged && inUse * 2 >= currentSize;
            this.current = append ? current : null;
            this.file = append ? current.file : fresh;
            this.size = append ? currentSize : 0;
            this.out = new BufferedOutputStream(append
                    ? Files.newOutputStream(file, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file), 1 << 16);
        }

        /** The file written. */
        public Path file() {
            return file;
        }

        /** Its size once every body is written. */
        public long size() {
            return size;
        }

        /**
         * Where {@code body} is kept in {@link #file}: where it was, when it is already there,
         * else where it is written now.
         */
        public Kept keep(Body body) throws IOException {
            long offset = current == null ? -1 : body.offsetIn(current);
            if (offset >= 0) {
                return new Kept(offset, body.storedLength(), body.digest());
            }
            byte[] bytes = body.utf8();
            out.write(bytes);
            Kept kept = new Kept(size, bytes.length, body.digest());
            size += bytes.length;
            return kept;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Where a body is kept, and the digest of its HTML. */
    public record Kept(long offset, int length, byte[] digest) {
    }

    /** How many bytes of this store {@code body} takes, or 0 when it is not kept here. */
    public static long bytesIn(BodyStore store, Body body) {
        return store != null && body.offsetIn(store) >= 0 ? body.storedLength() : 0;
    }
}
