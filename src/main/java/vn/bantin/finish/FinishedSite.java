package vn.bantin.finish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the output folder will hold.
 *
 * @param files  generated files (pages, feeds, sitemap), sorted by path
 * @param copies files published as they are: output path to source file
 */
public record FinishedSite(List<OutputFile> files, Map<String, Path> copies) {

    public int pageCount() {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }
}
