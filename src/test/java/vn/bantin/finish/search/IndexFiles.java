package vn.bantin.finish.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A search index's files, in memory and in a folder, for tests that patch an index and compare it with a build. */
final class IndexFiles {
    private IndexFiles() {
    }

    /** Every file of a build: the manifest, the term shards, the entry shards. */
    static SortedMap<String, byte[]> of(SearchIndexBuilder.Built built) {
        SortedMap<String, byte[]> files = new TreeMap<>(built.files());
        built.entryShards().forEach(shard -> files.put(shard.path(), shard.bytes()));
        return files;
    }

    /** That {@code actual} are the files {@code expected} are, byte for byte, and no others. */
    static void assertSame(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    /** Every file in {@code folder}, by its path there. */
    static SortedMap<String, byte[]> read(Path folder) throws IOException {
        SortedMap<String, byte[]> held = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                held.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return held;
    }

    /** Writes {@code files} into {@code folder}, over what is there. */
    static void write(Path folder, SortedMap<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.createDirectories(folder.resolve(file.getKey()).getParent());
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes and removes in {@code folder} what {@code patch} does. */
    static void apply(Path folder, SearchIndexPatch.Patched patch) throws IOException {
        write(folder, patch.files());
        for (String path : patch.removed()) {
            Files.delete(folder.resolve(path));
        }
    }

    /** Makes {@code folder} hold {@code files} and nothing else. */
    static void replace(Path folder, SortedMap<String, byte[]> files) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        write(folder, files);
    }

    /** The terms of term shard {@code n}, in order. */
    static List<String> terms(SortedMap<String, byte[]> files, int n) {
        return shard(files, n).keySet().stream().map(String.class::cast).toList();
    }

    /** The encoded postings of {@code term} in term shard {@code n}. */
    static String postings(SortedMap<String, byte[]> files, int n, String term) {
        return (String) shard(files, n).get(term);
    }

    /** The room term shard {@code n} has left, as packing counts it: in UTF-16 code units, without its closing brace. */
    static int room(SortedMap<String, byte[]> files, int n) {
        return SearchIndexBuilder.TERM_SHARD_BYTES - (utf8(files.get(path(files, n))).length() - 2);
    }

    /** The term shards' boundaries the manifest lists. */
    static List<?> boundaries(SortedMap<String, byte[]> files) {
        return (List<?>) ((Map<?, ?>) JsonReader.read(utf8(files.get(SearchIndexBuilder.MANIFEST)))).get("termShards");
    }

    /** Where term shard {@code n} is: named after its boundary. */
    static String path(SortedMap<String, byte[]> files, int n) {
        return TermShards.path((String) boundaries(files).get(n));
    }

    private static Map<?, ?> shard(SortedMap<String, byte[]> files, int n) {
        return (Map<?, ?>) JsonReader.read(utf8(files.get(path(files, n))));
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
