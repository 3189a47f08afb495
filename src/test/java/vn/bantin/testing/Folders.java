package vn.bantin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Folders copied for a test: a fixture, the sample, the repository. */
public final class Folders {
    private Folders() {
    }

    /**
     * Copies {@code from} and everything below it to {@code to}, replacing what is there.
     *
     * @param options more ways to copy each file, e.g. {@link StandardCopyOption#COPY_ATTRIBUTES}
     */
    public static void copyTree(Path from, Path to, CopyOption... options) {
        CopyOption[] copy = Stream.concat(Stream.of(StandardCopyOption.REPLACE_EXISTING), Stream.of(options))
                .toArray(CopyOption[]::new);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
