package vn.bantin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file of an output folder with its bytes and modification time, to prove a failed bake touched nothing. */
public final class OutputSnapshot {
    private record Entry(byte[] bytes, FileTime modified) {
        boolean same(Entry other) {
            return other != null && Arrays.equals(bytes, other.bytes) && modified.equals(other.modified);
        }
    }

    private final Map<String, Entry> files;

    private OutputSnapshot(Map<String, Entry> files) {
        this.files = files;
    }

    public static OutputSnapshot of(Path output) {
        Map<String, Entry> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(file).toString(),
                        new Entry(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputSnapshot(files);
    }

    /** Fails unless {@code output} holds exactly the same files, bytes and modification times. */
    public void assertUnchanged(Path output) {
        OutputSnapshot now = of(output);
        assertEquals(files.keySet(), now.files.keySet(), "the previous output keeps every file");
        files.forEach((path, entry) -> assertTrue(entry.same(now.files.get(path)), path + " was rewritten"));
    }
}
