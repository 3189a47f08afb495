package vn.bantin.finish.search;

/**
 * The search index a previous bake analysed, for an incremental bake: an entry unchanged since is
 * not analysed again.
 */
@FunctionalInterface
public interface IndexedBefore {
    /** No previous bake: every entry is analysed. */
    IndexedBefore NONE = () -> AnalysedIndex.NONE;

    /** The index as the previous bake analysed it, or {@link AnalysedIndex#NONE}. */
    AnalysedIndex analysedIndex();

    /**
     * Starts reading the index meanwhile, where it is kept on disk, so that {@link #analysedIndex}
     * need not wait for it; nothing to do where it is held in memory.
     */
    default void readAhead() {
    }
}
