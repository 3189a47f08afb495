package vn.bantin.write;

import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * with renames. Until the swap, the previous output stays exactly as it was; a bake stopped
 * before it leaves the output whole, and one stopped between the renames is repaired by the next.
 *
 * <p>Pages can be {@linkplain Staging#put staged} as they are finished, so that no page's bytes
 * outlive its write; the rest of the site follows at {@link Staging#commit}. A file whose content
 * is the same as in the previous output ({@link PreviousOutput}) is hard-linked into the staging
 * folder instead of written: it keeps its bytes and its modification time. When no file changed,
 * none was added and none removed, the output is not touched at all.
 *
 * <p>With a spare folder, the output a swap replaces is not deleted but kept there, its files
 * still linked to the unchanged ones of the new output. The next write brings that folder up to
 * date, touching only the files that differ from it (those changed by this bake or the one
 * before), and swaps it in: a small change to a large site costs a few files, not one link and
 * one folder per page. A marker beside the spare folder says it is whole; it is removed before
 * the folder is touched, so a spare folder left half-updated is never trusted again.
 */
public final class OutputWriter {
    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Path spare;
    private final Path spareMarker;

    /** A writer that keeps no spare folder: the replaced output is deleted after each swap. */
    public OutputWriter(Path output) {
        this(output, null);
    }

    /** @param spare where the replaced output is kept for the next write, on the output's file system; null for none */
    public OutputWriter(Path output, Path spare) {
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling(this.output.getFileName() + ".staging");
        this.previous = this.output.resolveSibling(this.output.getFileName() + ".previous");
        this.spare = spare == null ? null : spare.toAbsolutePath().normalize();
        this.spareMarker = spare == null ? null : this.spare.resolveSibling(this.spare.getFileName() + ".whole");
    }

    /**
     * What the write did.
     *
     * @param written files whose content is new in the output; the others were kept unchanged
     * @param digests every file of the output now, by path, for the next incremental write
     * @param spare   every file of the spare folder now, by path: the output this write replaced;
     *                empty when no spare folder was kept
     */
    public record Written(int written, Map<String, String> digests, Map<String, String> spare) {
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
     * from many threads at once until the commit. Changed files go to the staging folder; the
     * spare folder, when it is trusted, is only touched at the commit.
     */
    public final class Staging {
        private final PreviousOutput before;
        /** Whether the spare folder holds, whole, the files {@code before.spare()} lists. */
        private final boolean spareTrusted;
        private final Map<String, String> digests = new ConcurrentHashMap<>();
        private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
        /** Files whose content is new, written to the staging folder. */
        private final Set<String> staged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger written = new AtomicInteger();
        /** Folders of the staging folder made so far: 15,000 files share a few thousand folders. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private volatile boolean opened;

        private Staging(PreviousOutput before) {
            this.before = before;
            this.spareTrusted = spare != null && !before.spare().isEmpty() && !before.digests().isEmpty()
                    && Files.isRegularFile(spareMarker) && Files.isDirectory(spare) && Files.isDirectory(output);
        }

        /** Stages one generated file: written now when it differs from the previous output, else kept at the commit. */
        public void put(String path, byte[] bytes) {
            stage(path, OutputDigest.of(bytes), target -> Files.write(target, bytes));
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
         * Stages the rest of the site (files not staged yet, and the copies) and swaps the new
         * output in; when nothing differs from the previous output, removes what was staged and
         * leaves the output untouched.
         */
        public Written commit(FinishedSite site) throws IOException {
            try {
                site.files().parallelStream().filter(file -> !digests.containsKey(file.path()))
                        .forEach(this::putOrKeep);
                site.copies().entrySet().parallelStream().forEach(copy -> stage(copy.getKey(), copyDigest(copy.getValue()),
                        target -> Files.copy(copy.getValue(), target, StandardCopyOption.REPLACE_EXISTING)));
                if (written.get() == 0 && digests.keySet().equals(before.digests().keySet()) && Files.isDirectory(output)) {
                    abandon();
                    return new Written(0, Map.copyOf(digests), before.spare()); // nothing changed: the output is not touched
                }
                if (spareTrusted) {
                    return new Written(written.get(), Map.copyOf(digests), updateSpareAndSwap());
                }
                open();
                unchanged.parallelStream().forEach(path -> link(path, staging));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new Written(written.get(), Map.copyOf(digests), swap());
        }

        /** Removes whatever was staged; the output and the spare folder stay as they were. */
        public void abandon() throws IOException {
            if (opened) {
                deleteTree(staging);
            }
        }

        /**
         * Stages a file of content {@code digest}: kept when the previous output has it, left where
         * it is when the spare folder has it, else made in the staging folder.
         */
        private void stage(String path, String digest, FileMaker make) {
            digests.put(path, digest);
            if (digest.equals(before.digests().get(path))) {
                unchanged.add(path);
                return;
            }
            written.incrementAndGet();
            if (spareTrusted && digest.equals(before.spare().get(path))) {
                return; // the spare folder has these bytes already
            }
            write(path, make);
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
            staged.add(path);
        }

        /**
         * Makes the spare folder the new output: moves the staged files in, links from the output
         * the unchanged files it holds otherwise, removes the files the site no longer has; then
         * swaps it with the output, which becomes the next spare folder.
         */
        private Map<String, String> updateSpareAndSwap() throws IOException {
            Files.delete(spareMarker); // from here on the spare folder is not whole until the swap
            for (String path : before.spare().keySet()) { // first, so that a file may become a folder
                if (!digests.containsKey(path)) {
                    Path gone = spare.resolve(path);
                    Files.deleteIfExists(gone);
                    removeEmptyFolders(gone.getParent(), spare);
                }
            }
            try {
                staged.parallelStream().forEach(path -> {
                    Path target = spare.resolve(path);
                    try {
                        clear(target);
                        Files.createDirectories(target.getParent());
                        move(staging.resolve(path), target);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                unchanged.parallelStream()
                        .filter(path -> !before.digests().get(path).equals(before.spare().get(path)))
                        .forEach(path -> {
                            try {
                                clear(spare.resolve(path));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            link(path, spare);
                        });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            deleteTree(staging);
            deleteTree(previous);
            move(output, previous);
            move(spare, output);
            move(previous, spare);
            Files.createFile(spareMarker);
            return before.digests();
        }

        /**
         * Links a file of the output into {@code folder}, where nothing is at its place: same bytes,
         * same time, nothing written.
         */
        private void link(String path, Path folder) {
            Path target = folder.resolve(path);
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

        /**
         * Swaps the staging folder in. The replaced output becomes the spare folder when its files
         * are known; otherwise it is deleted. Returns the files of the spare folder.
         */
        private Map<String, String> swap() throws IOException {
            deleteTree(previous);
            boolean hadOutput = Files.exists(output);
            if (hadOutput) {
                move(output, previous);
            }
            move(staging, output);
            if (spare != null) {
                Files.deleteIfExists(spareMarker);
                deleteTree(spare);
                if (hadOutput && !before.digests().isEmpty()) {
                    Files.createDirectories(spare.getParent());
                    move(previous, spare);
                    Files.createFile(spareMarker);
                    return before.digests();
                }
            }
            deleteTree(previous);
            return Map.of();
        }
    }

    /** Removes whatever is at {@code target}, file or folder, so that a new file can take its place. */
    private static void clear(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(target);
        } else {
            Files.deleteIfExists(target); // never written through: the file may be linked to the output's
        }
    }

    /** Removes the folders from {@code folder} up to {@code root} (excluded) that are left empty. */
    private static void removeEmptyFolders(Path folder, Path root) throws IOException {
        for (Path at = folder; at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
            try (var entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            Files.delete(at);
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
