package vn.bantin.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.OutputFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputWriterTest {
    @TempDir
    Path folder;

    private static FinishedSite site(String text) {
        return new FinishedSite(List.of(new OutputFile("index.html", text.getBytes(StandardCharsets.UTF_8)),
                new OutputFile("tin-tuc/index.html", text.getBytes(StandardCharsets.UTF_8))), Map.of(), Map.of(), List.of());
    }

    @Test
    void replacesTheWholeOutputAndRemovesWhatIsGone() throws IOException {
        Path output = folder.resolve("site");
        new OutputWriter(output).write(site("một"));
        Files.writeString(output.resolve("cu.html"), "file of an older bake");
        new OutputWriter(output).write(site("hai"));
        assertEquals("hai", Files.readString(output.resolve("index.html")));
        assertFalse(Files.exists(output.resolve("cu.html")), "a file no longer produced disappears");
        assertFalse(Files.exists(folder.resolve("site.staging")));
        assertFalse(Files.exists(folder.resolve("site.previous")));
    }

    @Test
    void repairsABakeKilledBetweenTheTwoRenames() throws IOException {
        Path output = folder.resolve("site");
        new OutputWriter(output).write(site("một"));
        Files.move(output, folder.resolve("site.previous")); // killed right after the first rename
        Files.createDirectories(folder.resolve("site.staging").resolve("half"));
        new OutputWriter(output).write(site("hai"));
        assertEquals("hai", Files.readString(output.resolve("index.html")));
        assertFalse(Files.exists(folder.resolve("site.previous")));
        assertFalse(Files.exists(output.resolve("half")), "a stale staging folder is never published");
    }

    @Test
    void aFailedWriteLeavesThePreviousOutput() throws IOException {
        Path output = folder.resolve("site");
        new OutputWriter(output).write(site("một"));
        FinishedSite clashing = new FinishedSite(List.of(new OutputFile("a", new byte[] {1}),
                new OutputFile("a/b.html", new byte[] {2})), Map.of(), Map.of(), List.of()); // "a" cannot be a file and a folder
        assertThrows(IOException.class, () -> new OutputWriter(output).write(clashing));
        assertEquals("một", Files.readString(output.resolve("index.html")));
        assertTrue(Files.exists(output.resolve("tin-tuc/index.html")));
    }
}
