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

/**
 * The write stage: writes the whole site into a staging folder beside the output, then swaps it in
 * with two renames. Until the swap, the previous output stays exactly as it was; a bake stopped
 * between the two renames is repaired by the next one.
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

    /** Writes the site and swaps it in; returns the number of files written. */
    public int write(FinishedSite site) throws IOException {
        recoverInterruptedSwap();
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            site.files().parallelStream().forEach(this::writeFile);
            for (Map.Entry<String, Path> copy : site.copies().entrySet()) {
                Path target = staging.resolve(copy.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(copy.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        swap();
        return site.files().size() + site.copies().size();
    }

    private void writeFile(OutputFile file) {
        Path target = staging.resolve(file.path());
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
