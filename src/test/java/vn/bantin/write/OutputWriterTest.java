package vn.bantin.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.OutputFile;
import vn.bantin.finish.search.AnalysedIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputWriterTest {
    @TempDir
    Path folder;

    private static FinishedSite site(String text) {
        return new FinishedSite(List.of(new OutputFile("index.html", text.getBytes(StandardCharsets.UTF_8)),
                new OutputFile("tin-tuc/index.html", text.getBytes(StandardCharsets.UTF_8))), Map.of(), List.of(), List.of(), AnalysedIndex.NONE);
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
                new OutputFile("a/b.html", new byte[] {2})), Map.of(), List.of(), List.of(), AnalysedIndex.NONE); // "a" cannot be a file and a folder
        assertThrows(IOException.class, () -> new OutputWriter(output).write(clashing));
        assertEquals("một", Files.readString(output.resolve("index.html")));
        assertTrue(Files.exists(output.resolve("tin-tuc/index.html")));
    }

    private static FinishedSite files(Map<String, String> texts) {
        return new FinishedSite(texts.entrySet().stream()
                .map(file -> new OutputFile(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8))).toList(),
                Map.of(), List.of(), List.of(), AnalysedIndex.NONE);
    }

    /** Every file of a folder and its text. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void keepsTheReplacedOutputAsASpareAndNextTimeTouchesOnlyWhatDiffersFromIt() throws IOException {
        Path output = folder.resolve("site");
        Path spare = folder.resolve("site.bantin/spare");
        OutputWriter writer = new OutputWriter(output, spare);
        Map<String, String> first = Map.of("a.html", "một", "same.html", "giữ nguyên", "gone.html", "bỏ", "x", "tệp");
        Map<String, String> second = Map.of("a.html", "hai", "same.html", "giữ nguyên", "gone.html", "bỏ", "x", "tệp");
        Map<String, String> third = Map.of("a.html", "ba", "same.html", "giữ nguyên", "new.html", "mới",
                "x/index.html", "tệp thành thư mục");

        OutputWriter.Written one = writer.write(files(first), PreviousOutput.NONE);
        assertEquals(Map.of(), one.spare(), "the first output replaced nothing known");
        OutputWriter.Written two = writer.write(files(second), new PreviousOutput(one.digests(), one.spare()));
        assertEquals(new TreeMap<>(first), contents(spare), "the replaced output is kept whole as the spare");
        assertEquals(one.digests(), two.spare());
        Object sameFile = Files.readAttributes(output.resolve("same.html"), BasicFileAttributes.class).fileKey();

        OutputWriter.Written three = writer.write(files(third), new PreviousOutput(two.digests(), two.spare()));
        assertEquals(new TreeMap<>(third), contents(output));
        assertEquals(new TreeMap<>(second), contents(spare), "the output it replaced is the next spare");
        assertEquals(two.digests(), three.spare());
        assertEquals(3, three.written(), "a.html, new.html and x/index.html (where the file x was) are new");
        assertEquals(sameFile, Files.readAttributes(output.resolve("same.html"), BasicFileAttributes.class).fileKey(),
                "an unchanged file is the very file it was, never rewritten");
        assertFalse(Files.exists(folder.resolve("site.staging")));
        assertFalse(Files.exists(folder.resolve("site.previous")));
    }

    @Test
    void aSpareLeftHalfUpdatedIsNeverTrusted() throws IOException {
        Path output = folder.resolve("site");
        Path spare = folder.resolve("site.bantin/spare");
        OutputWriter writer = new OutputWriter(output, spare);
        OutputWriter.Written one = writer.write(files(Map.of("a.html", "một", "b.html", "bê")), PreviousOutput.NONE);
        OutputWriter.Written two = writer.write(files(Map.of("a.html", "hai", "b.html", "bê")),
                new PreviousOutput(one.digests(), one.spare()));
        // A bake killed while it brought the spare up to date: its marker is gone, its files are anything.
        Files.delete(folder.resolve("site.bantin/spare.whole"));
        Files.delete(spare.resolve("b.html")); // replaced, as bantin does: never written through a link
        Files.writeString(spare.resolve("b.html"), "hỏng");

        writer.write(files(Map.of("a.html", "ba", "b.html", "bê")), new PreviousOutput(two.digests(), two.spare()));
        assertEquals(Map.of("a.html", "ba", "b.html", "bê"), contents(output));
        assertEquals(Map.of("a.html", "hai", "b.html", "bê"), contents(spare));
    }
}
