package vn.bantin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies a bake keeps for the next one, in a store beside its memory ({@link KeptBodies},
 * {@link vn.bantin.load.BodyStore}): appended to, never rewritten in place, written afresh when
 * mostly out of use, and never trusted when not as the memory says. Each time the output is a
 * clean bake's, byte for byte.
 */
class KeptBodiesTest {
    private static final String ARTICLE = "content/tin-tuc/hoi-nghi-trien-khai.md";

    @TempDir
    Path folder;

    @Test
    void anEditAppendsOneBodyAndLeavesTheOthersWhereTheyWere() throws IOException {
        FixtureSite site = basicSite();
        site.bake();
        Path store = onlyStore(site);
        byte[] before = Files.readAllBytes(store);

        edit(site, 1);
        Bake.Result after = site.bake();
        assertEquals(1, after.rendered(), "the article's own page");
        assertEquals(store, onlyStore(site), "the same store, appended to");
        byte[] now = Files.readAllBytes(store);
        assertTrue(now.length > before.length, "the new body is added");
        assertArrayEquals(before, Arrays.copyOf(now, before.length), "what was there is where it was");
        assertEqualsCleanBake(site);
    }

    @Test
    void aStoreMostlyOutOfUseIsWrittenAfresh() throws IOException {
        FixtureSite site = basicSite();
        site.bake();
        Path first = onlyStore(site);
        long firstSize = Files.size(first);
        long lastSize = firstSize;
        int edits = 0;
        while (onlyStore(site).equals(first)) {
            lastSize = Files.size(first);
            assertTrue(++edits < 100, "written afresh at last: " + lastSize + " bytes, " + firstSize + " at first");
            edit(site, edits);
            site.bake();
        }
        assertTrue(edits > 1, "not at the first edit: appending is worth it while most of the store is in use");
        assertTrue(Files.size(onlyStore(site)) < lastSize, "only the bodies in use: "
                + Files.size(onlyStore(site)) + " bytes, " + lastSize + " before");
        assertEqualsCleanBake(site);
        edit(site, 1000);
        site.bake(); // and the fresh store is read back
        assertEqualsCleanBake(site);
    }

    @Test
    void aDamagedStoreIsNotTrustedAndTheBakeIsDoneInFull() throws IOException {
        FixtureSite site = basicSite();
        Bake.Result first = site.bake();
        Path store = onlyStore(site);
        byte[] damaged = Files.readAllBytes(store);
        Arrays.fill(damaged, (byte) 'x'); // the same length: only the bodies' digests tell
        Files.write(store, damaged);

        edit(site, 1);
        Bake.Result after = site.bake();
        assertEquals(first.pages(), after.rendered(), "every page rendered again, from the content files");
        assertEqualsCleanBake(site);
        site.bake();
        assertEqualsCleanBake(site);
    }

    @Test
    void aStoreCutShortOrMissingLeavesTheMemoryUnused() throws IOException {
        FixtureSite site = basicSite();
        Bake.Result first = site.bake();
        Path store = onlyStore(site);
        Files.write(store, Arrays.copyOf(Files.readAllBytes(store), (int) Files.size(store) - 1));
        edit(site, 1);
        assertEquals(first.pages(), site.bake().rendered(), "cut short: a full bake");
        assertEqualsCleanBake(site);

        Files.delete(onlyStore(site));
        edit(site, 2);
        assertEquals(first.pages(), site.bake().rendered(), "missing: a full bake");
        assertEqualsCleanBake(site);
    }

    private FixtureSite basicSite() throws IOException {
        return settled(FixtureSite.withSampleTemplates("basic", folder.resolve("site")));
    }

    /**
     * The site with every file last changed an hour ago: a file changed within the clock's
     * granularity is always parsed again ({@link vn.bantin.load.FileStamp#settledBefore}), and
     * these bakes are to take the others from the memory.
     */
    private static FixtureSite settled(FixtureSite site) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> walk = Files.walk(site.root())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        return site;
    }

    /**
     * Adds a sentence to the article's body, outside its summary: to its first paragraph, which the
     * model takes as the excerpt, so that the bake goes the whole way (an edit further down is
     * taken by a quick rebuild, which keeps no body in the store: {@link QuickRebuildTest}).
     */
    private static void edit(FixtureSite site, int n) {
        try {
            Path file = site.root().resolve(ARTICLE);
            String text = Files.readString(file);
            assertTrue(text.contains("Sáng 21/3,"), "the first paragraph");
            Files.writeString(file, text.replace("Sáng 21/3,", "Câu bổ sung số " + n + " về kết quả hội nghị. Sáng 21/3,"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyStore(FixtureSite site) throws IOException {
        try (Stream<Path> files = Files.list(Bake.memoryFile(site.output()).getParent())) {
            List<Path> stores = files.filter(f -> f.getFileName().toString().matches("bodies-\\d+\\.bin")).toList();
            assertEquals(1, stores.size(), "one store of bodies: " + stores);
            return stores.get(0);
        }
    }

    private void assertEqualsCleanBake(FixtureSite site) throws IOException {
        Path clean = folder.resolve("clean");
        new Bake(site.root(), clean, FixtureSite.CLOCK).clean().run();
        Map<String, byte[]> expected = files(clean);
        Map<String, byte[]> actual = files(site.output());
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
