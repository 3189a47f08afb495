package vn.bantin.finish;

import vn.bantin.finish.search.IndexedBefore;

import java.util.Set;

/**
 * What a previous bake finished, for an incremental bake: a page the render stage found unchanged
 * is taken from there as it was (bytes, links and ids), a feed or sitemap unchanged is kept, the
 * search index is analysed again only where entries changed, and the links of unchanged pages are
 * checked again only where what they point at may have changed.
 */
public interface FinishedBefore extends GeneratedBefore, IndexedBefore {
    /** The page at {@code url} as the previous bake finished it, or null. */
    FinishedPage finished(String url);

    /** Every file the previous bake's output held (pages, feeds, copies…); empty when there was none. */
    Set<String> outputPaths();
}
