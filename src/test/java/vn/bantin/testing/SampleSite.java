package vn.bantin.testing;

import vn.bantin.Bake;
import vn.bantin.problem.BakeFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository's own sample bulletin, baked by the real pipeline with {@link FixtureSite#CLOCK}:
 * as it is, or copied with another {@code bantin.base_path} to be served under a sub-path.
 */
public final class SampleSite {
    private static final List<String> PARTS = List.of("jbake.properties", "content", "templates", "assets", "data");

    private SampleSite() {
    }

    /**
     * Bakes the sample into {@code folder/out}; for a base path other than {@code /}, a copy in
     * {@code folder/site} with that {@code bantin.base_path}. Fails the test when the bake fails.
     */
    public static Path bake(Path folder, String basePath) {
        Path sample = Path.of("").toAbsolutePath();
        Path site = sample;
        try {
            if (!basePath.equals("/")) {
                site = folder.resolve("site");
                for (String part : PARTS) {
                    if (Files.exists(sample.resolve(part))) {
                        Folders.copyTree(sample.resolve(part), site.resolve(part));
                    }
                }
                Path properties = site.resolve("jbake.properties");
                String text = Files.readString(properties);
                String changed = text.replaceAll("(?m)^bantin\\.base_path=.*$", "bantin.base_path=" + basePath);
                if (changed.equals(text) && !text.contains("bantin.base_path=" + basePath)) {
                    throw new AssertionError("the sample's jbake.properties sets no bantin.base_path");
                }
                Files.writeString(properties, changed);
            }
            Path output = folder.resolve("out");
            new Bake(site, output, FixtureSite.CLOCK).run();
            return output;
        } catch (BakeFailure failure) {
            throw new AssertionError("the sample does not bake:\n" + String.join("\n",
                    failure.problems().stream().map(Object::toString).toList()), failure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
