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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The write stage: writes the whole site into a staging folder beside the output, then swaps it in
 * with two renames. Until the swap, the previous output stays exactly as it was; a bake stopped
 * between the two renames is repaired by the next one.
 *
 * <p>Incrementally ({@link #write(FinishedSite, PreviousOutput)}), a file whose content is the same
 * as in the previous output is hard-linked into the staging folder instead of written: it keeps
 * its bytes and its modification time. When no file changed, none was added and none removed, the
 * output is not touched at all.
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
        recoverInterruptedSwap();
        Map<String, String> digests = new ConcurrentHashMap<>();
        Map<String, Boolean> fresh = new ConcurrentHashMap<>();
        site.files().parallelStream().forEach(file -> {
            String digest = file.bytes() == null ? previous.digests().get(file.path()) : OutputDigest.of(file.bytes());
            if (digest == null) {
                throw new IllegalStateException(file.path() + " was kept from a bake whose output is not known");
            }
            digests.put(file.path(), digest);
            fresh.put(file.path(), !digest.equals(previous.digests().get(file.path())));
        });
        for (Map.Entry<String, Path> copy : site.copies().entrySet()) {
            String digest = copyDigest(copy.getValue());
            digests.put(copy.getKey(), digest);
            fresh.put(copy.getKey(), !digest.equals(previous.digests().get(copy.getKey())));
        }
        int written = (int) fresh.values().stream().filter(Boolean::booleanValue).count();
        if (written == 0 && digests.keySet().equals(previous.digests().keySet()) && Files.isDirectory(output)) {
            return new Written(0, Map.copyOf(digests)); // nothing changed: the output is not touched
        }
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            site.files().parallelStream().forEach(file -> place(file.path(), fresh.get(file.path()),
                    target -> Files.write(target, file.bytes())));
            site.copies().entrySet().parallelStream().forEach(copy -> place(copy.getKey(), fresh.get(copy.getKey()),
                    target -> Files.copy(copy.getValue(), target, StandardCopyOption.REPLACE_EXISTING)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        swap();
        return new Written(written, Map.copyOf(digests));
    }

    /** Puts one file into the staging folder: written anew, or linked to the same file of the output. */
    private void place(String path, boolean fresh, FileMaker make) {
        Path target = staging.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            if (!fresh) {
                Path existing = output.resolve(path);
                try {
                    Files.createLink(target, existing);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // no hard links here (another file system): a copy keeps the time at least
                    Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
                    return;
                }
            }
            make.make(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
