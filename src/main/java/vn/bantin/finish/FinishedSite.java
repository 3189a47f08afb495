package vn.bantin.finish;

import vn.bantin.finish.search.AnalysedIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the output folder will hold.
 *
 * @param files         generated files (pages, feeds, sitemap), sorted by path
 * @param copies        files published as they are: output path to source file
 * @param externalLinks every http(s) link of the pages, to the files (content or template) showing it
 * @param pages         the finished pages, with their links, ids and stamps, for the next incremental bake
 * @param searchIndex   the search index as analysed, for the next incremental bake ({@link AnalysedIndex#NONE}
 *                      when the site has no search page)
 */
public record FinishedSite(List<OutputFile> files, Map<String, Path> copies, Map<String, Set<String>> externalLinks,
                           List<FinishedPage> pages, AnalysedIndex searchIndex) {

    public int pageCount() {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }
}
