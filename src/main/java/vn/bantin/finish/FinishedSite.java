package vn.bantin.finish;

import vn.bantin.finish.search.AnalysedIndex;
import vn.bantin.finish.search.SearchIndexPatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the output folder will hold.
 *
 * @param files         generated files (pages, feeds, sitemap, search index), sorted by path; a file's
 *                      bytes are null when only the output holds them (a page, feed, sitemap or entry
 *                      shard unchanged since the last bake)
 * @param copies        files published as they are: output path to source file
 * @param pages         the finished pages, with their links, ids and stamps, for the next incremental bake
 * @param generated     the feeds, sitemap and search entry shards, with their fingerprints, for the
 *                      next incremental bake
 * @param searchIndex   the search index as analysed, for the next incremental bake ({@link AnalysedIndex#NONE}
 *                      when the site has no search page)
 * @param searchBasis   what a quick rebuild needs to patch the search index
 * @param feedsOfBody   the feeds that show each body, by output path, by the file the body was written in
 */
public record FinishedSite(List<OutputFile> files, Map<String, Path> copies, List<FinishedPage> pages,
                           List<GeneratedFile> generated, AnalysedIndex searchIndex,
                           SearchIndexPatch.Basis searchBasis, Map<String, List<String>> feedsOfBody) {

    /** A site without a search index, whose feeds show no body: as tests of the write stage make one. */
    public FinishedSite(List<OutputFile> files, Map<String, Path> copies, List<FinishedPage> pages,
                        List<GeneratedFile> generated, AnalysedIndex searchIndex) {
        this(files, copies, pages, generated, searchIndex, SearchIndexPatch.Basis.NONE, Map.of());
    }

    /**
     * Every http(s) link of the pages, to the files (content or template) showing it, sorted: for
     * {@code check --external}, so gathered only when asked for.
     */
    public Map<String, Set<String>> externalLinks() {
        Map<String, Set<String>> external = new TreeMap<>();
        for (FinishedPage page : pages) {
            for (String link : page.externalLinks()) {
                external.computeIfAbsent(link, k -> new TreeSet<>()).add(page.sourcePath());
            }
        }
        return external;
    }

    public int pageCount() {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }
}
