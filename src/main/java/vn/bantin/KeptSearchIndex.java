package vn.bantin;

import vn.bantin.finish.search.AnalysedIndex;
import vn.bantin.finish.search.AnalysedIndexFile;
import vn.bantin.finish.search.IndexedBefore;
import vn.bantin.problem.Joined;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The search index as analysed, kept on disk beside a memory ({@link BakeMemoryFile}): read on
 * another thread from when the bake asks for it ahead, while the content is loaded and modelled,
 * which leave a core idle part of the time; the finish stage then finds it read. It is held only
 * until handed out, not for the rest of the bake.
 */
final class KeptSearchIndex implements IndexedBefore {
    private final Path file;
    private final String environment;
    private CompletableFuture<AnalysedIndex> reading;

    /** @param environment the environment of the memory it is kept with: an index of another is not read */
    KeptSearchIndex(Path file, String environment) {
        this.file = file;
        this.environment = environment;
    }

    @Override
    public synchronized void readAhead() {
        if (reading == null) {
            reading = CompletableFuture.supplyAsync(() -> AnalysedIndexFile.read(file, environment));
        }
    }

    @Override
    public AnalysedIndex analysedIndex() {
        CompletableFuture<AnalysedIndex> read;
        synchronized (this) {
            readAhead();
            read = reading;
            reading = null; // asked again, it is read again
        }
        return Joined.result(read);
    }
}
