package vn.bantin;

import vn.bantin.load.Body;
import vn.bantin.load.BodyStore;
import vn.bantin.load.ParsedDocument;
import vn.bantin.load.ProcedureTable;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of a memory as written to a {@link BodyStore} in the memory's folder, before the
 * memory itself: appended to the store the memory was read with while most of that store is in
 * use, else into a new file ({@code bodies-<n>.bin}). Once the memory pointing at the new file is
 * in place, the others are removed.
 */
final class KeptBodies {
    private static final String PREFIX = "bodies-";
    private static final String SUFFIX = ".bin";

    private final Path file;
    private final long size;
    private final Map<Body, BodyStore.Kept> kept;

    private KeptBodies(Path file, long size, Map<Body, BodyStore.Kept> kept) {
        this.file = file;
        this.size = size;
        this.kept = kept;
    }

    /** Writes the bodies of {@code memory} into {@code folder}, appending to {@code current} if it is worth it. */
    static KeptBodies write(Path folder, BakeMemory memory, BodyStore current) throws IOException {
        List<Body> bodies = new ArrayList<>();
        memory.parsed().values().forEach(parsed -> bodies.add(parsed.document().body()));
        for (ProcedureTable table : memory.tables().values()) {
            table.records().stream().map(ParsedDocument::body).forEach(bodies::add);
        }
        long inUse = 0;
        for (Body body : bodies) {
            inUse += BodyStore.bytesIn(current, body);
        }
        Map<Body, BodyStore.Kept> kept = new IdentityHashMap<>();
        BodyStore.Writer writer = new BodyStore.Writer(current, unusedName(folder), inUse);
        try (writer) {
            for (Body body : bodies) {
                if (!kept.containsKey(body)) {
                    kept.put(body, writer.keep(body));
                }
            }
        }
        return new KeptBodies(writer.file(), writer.size(), kept);
    }

    /** The store written. */
    Path file() {
        return file;
    }

    /** Its size once written. */
    long size() {
        return size;
    }

    /** Where {@code body}, one of the memory's, is kept. */
    BodyStore.Kept of(Body body) {
        BodyStore.Kept where = kept.get(body);
        if (where == null) {
            throw new IllegalStateException(body + " is not one of the memory's bodies");
        }
        return where;
    }

    /**
     * Removes every other store of the folder: no memory points at them any more. One that cannot
     * be removed now (a system that keeps open files) is removed by a later bake.
     */
    void removeOthers() {
        try (DirectoryStream<Path> stores = Files.newDirectoryStream(file.getParent(), PREFIX + "*" + SUFFIX)) {
            for (Path store : stores) {
                if (!store.getFileName().equals(file.getFileName())) {
                    deleteIfPossible(store);
                }
            }
        } catch (IOException e) {
            // listed again by the next bake
        }
    }

    private static void deleteIfPossible(Path store) {
        try {
            Files.deleteIfExists(store);
        } catch (IOException e) {
            // removed by the next bake that can
        }
    }

    private static Path unusedName(Path folder) {
        for (int n = 1; ; n++) {
            Path candidate = folder.resolve(PREFIX + n + SUFFIX);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
