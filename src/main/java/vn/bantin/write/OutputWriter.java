package vn.bantin.write;

import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write stage: writes the whole site into a staging folder beside the output, then swaps it in
 * with two renames. Until the swap, the previous output stays exactly as it was; a bake stopped
 * before it leaves the output whole, and one stopped between the two renames is repaired by the
 * next.
 *
 * <p>Pages can be {@linkplain Staging#put staged} as they are finished, so that no page's bytes
 * outlive its write; the rest of the site follows at {@link Staging#commit}. A file whose content
 * is the same as in the previous output ({@link PreviousOutput}) is hard-linked into the staging
 * folder instead of written: it keeps its bytes and its modification time. When no file changed,
 * none was added and none removed, the output is not touched at all.
 */
public final class OutputWriter {
    private final Path output;
    private final Path staging;
    private final Path previous;

    public OutputWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling(this.output.getFileName() + ".staging");
        this.previous = this.output.resolveSibling(this.output.getFileName() + ".previous");
    }

    /**
     * What the write did.
     *
     * @param written files written or copied anew; the others of the site were linked unchanged
     * @param digests every file of the output now, by path, for the next incremental write
     */
    public record Written(int written, Map<String, String> digests) {
    }

    /** Writes the whole site and swaps it in; returns the number of files written. */
    public int write(FinishedSite site) throws IOException {
        return write(site, PreviousOutput.NONE).written();
    }

    /**
     * Writes the files whose content differs from {@code previous}, links the others, and swaps the
     * result in; writes nothing and leaves the output as it is when nothing changed.
     */
    public Written write(FinishedSite site, PreviousOutput previous) throws IOException {
        Staging session = stage(previous);
        try {
            return session.commit(site);
        } catch (IOException | RuntimeException e) {
            session.abandon();
            throw e;
        }
    }

    /** Opens a staging session; nothing is written until the first changed file is staged. */
    public Staging stage(PreviousOutput before) {
        return new Staging(before);
    }

    /**
     * One write of the site, file by file, then {@link #commit} or {@link #abandon}. Safe to use
     * from many threads at once until the commit.
     */
    public final class Staging {
        private final PreviousOutput before;
        private final Map<String, String> digests = new ConcurrentHashMap<>();
        private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger written = new AtomicInteger();
        /** Folders of the staging folder made so far: 15,000 files share a few thousand folders. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private volatile boolean opened;

        private Staging(PreviousOutput before) {
            this.before = before;
        }

        /** Stages one generated file: written now when it differs from the previous output, else linked at the commit. */
        public void put(String path, byte[] bytes) {
            String digest = OutputDigest.of(bytes);
            digests.put(path, digest);
            if (digest.equals(before.digests().get(path))) {
                unchanged.add(path);
                return;
            }
            write(path, target -> Files.write(target, bytes));
        }

        /** Stages a file the previous output holds as it must be now (a page found unchanged). */
        public void keep(String path) {
            String digest = before.digests().get(path);
            if (digest == null) {
                throw new IllegalStateException(path + " was kept from a bake whose output is not known");
            }
            digests.put(path, digest);
            unchanged.add(path);
        }

        /**
         * Stages the rest of the site (files not staged yet, and the copies) and swaps the staging
         * folder in; when nothing differs from the previous output, removes what was staged and
         * leaves the output untouched.
         */
        public Written commit(FinishedSite site) throws IOException {
            try {
                site.files().parallelStream().filter(file -> !digests.containsKey(file.path()))
                        .forEach(this::putOrKeep);
                site.copies().entrySet().parallelStream().forEach(copy -> {
                    String digest = copyDigest(copy.getValue());
                    digests.put(copy.getKey(), digest);
                    if (digest.equals(before.digests().get(copy.getKey()))) {
                        unchanged.add(copy.getKey());
                    } else {
                        write(copy.getKey(), target -> Files.copy(copy.getValue(), target, StandardCopyOption.REPLACE_EXISTING));
                    }
                });
                if (written.get() == 0 && digests.keySet().equals(before.digests().keySet()) && Files.isDirectory(output)) {
                    abandon();
                    return new Written(0, Map.copyOf(digests)); // nothing changed: the output is not touched
                }
                open();
                unchanged.parallelStream().forEach(this::link);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            swap();
            return new Written(written.get(), Map.copyOf(digests));
        }

        /** Removes whatever was staged; the output stays as it was. */
        public void abandon() throws IOException {
            if (opened) {
                deleteTree(staging);
            }
        }

        private void putOrKeep(OutputFile file) {
            if (file.bytes() == null) {
                keep(file.path());
            } else {
                put(file.path(), file.bytes());
            }
        }

        private void write(String path, FileMaker make) {
            open();
            Path target = staging.resolve(path);
            try {
                folderOf(target);
                make.make(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.incrementAndGet();
        }

        /** Links a file of the output into the staging folder: same bytes, same time, nothing written. */
        private void link(String path) {
            Path target = staging.resolve(path);
            Path existing = output.resolve(path);
            try {
                folderOf(target);
                try {
                    Files.createLink(target, existing);
                } catch (UnsupportedOperationException | IOException e) {
                    // no hard links here (another file system): a copy keeps the time at least
                    Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void folderOf(Path file) throws IOException {
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
        }

        /** The staging folder, made once: emptied of what an interrupted bake left. */
        private void open() {
            if (opened) {
                return;
            }
            synchronized (this) {
                if (!opened) {
                    try {
                        recoverInterruptedSwap();
                        deleteTree(staging);
                        Files.createDirectories(staging);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    opened = true;
                }
            }
        }
    }

    @FunctionalInterface
    private interface FileMaker {
        void make(Path target) throws IOException;
    }

    private static String copyDigest(Path source) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            return OutputDigest.ofCopy(source, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return "unreadable:" + source; // the copy reports it
        }
    }

    private void swap() throws IOException {
        deleteTree(previous);
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(staging, output);
        deleteTree(previous);
    }

    /** A bake killed between the two renames left no output but a complete previous one: put it back. */
    private void recoverInterruptedSwap() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                if (error != null) {
                    throw error;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
