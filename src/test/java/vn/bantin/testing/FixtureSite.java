package vn.bantin.testing;

import vn.bantin.Bake;
import vn.bantin.problem.BakeFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, baked by the real pipeline: a fixture from
 * {@code src/test/resources/sites/<name>}, optionally with the sample's real templates and assets.
 */
public final class FixtureSite {
    /** The clock of every fixture bake: 21/11/2026 09:00 in Việt Nam. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Path FIXTURES = Path.of("src/test/resources/sites");

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** Copies fixture {@code name} into {@code folder}. */
    public static FixtureSite copy(String name, Path folder) {
        Folders.copyTree(FIXTURES.resolve(name), folder);
        return new FixtureSite(folder);
    }

    /** Copies fixture {@code name} and the repository's own {@code templates/} and {@code assets/}. */
    public static FixtureSite withSampleTemplates(String name, Path folder) {
        FixtureSite site = copy(name, folder);
        Folders.copyTree(Path.of("templates"), folder.resolve("templates"));
        Folders.copyTree(Path.of("assets"), folder.resolve("assets"));
        return site;
    }

    public Path root() {
        return root;
    }

    /** The output folder bakes write to. */
    public Path output() {
        return root.resolve("out");
    }

    /** Writes (or replaces) a file of the site, creating folders. */
    public FixtureSite write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureSite write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public FixtureSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Bakes with the fixed clock; fails the test with the problems if the bake fails. */
    public Bake.Result bake() {
        try {
            return new Bake(root, output(), CLOCK).run();
        } catch (BakeFailure failure) {
            throw new AssertionError("bake failed:\n" + String.join("\n",
                    failure.problems().stream().map(Object::toString).toList()), failure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bakes expecting the bake to fail; returns the failure. */
    public BakeFailure bakeFailing() {
        try {
            new Bake(root, output(), CLOCK).run();
        } catch (BakeFailure failure) {
            return failure;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the bake was expected to fail but succeeded");
    }

    public boolean exists(String outputPath) {
        return Files.isRegularFile(output().resolve(outputPath));
    }

    /** A file of the output as text. */
    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the output, as paths relative to it with {@code /}, sorted. */
    public List<String> outputFiles() {
        try (Stream<Path> walk = Files.walk(output())) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> output().relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
