package vn.bantin.serve;

import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.OutputFile;
import vn.bantin.problem.Problem;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the preview serves at one moment, swapped whole after each bake so that a request never
 * sees half of one bake and half of another.
 *
 * @param buildId  changes with every bake, good or failed: open pages reload when it does
 * @param site     the last good bake, or null while there has been none
 * @param problems the problems of the last bake when it failed, or empty
 */
record PreviewState(String buildId, BakedSite site, List<Problem> problems) {

    PreviewState {
        problems = List.copyOf(problems);
    }

    /** After a good bake. */
    PreviewState succeeded(String newBuildId, BakedSite newSite) {
        return new PreviewState(newBuildId, newSite, List.of());
    }

    /** After a failed bake: the last good site stays, with the problems shown over it. */
    PreviewState failed(String newBuildId, List<Problem> newProblems) {
        return new PreviewState(newBuildId, site, newProblems);
    }

    /**
     * A baked site held in memory: generated files as bytes, copied files by their source.
     *
     * @param basePath     the path the site is served under, e.g. {@code /} or {@code /ban-tin/}
     * @param indexFile    the file served for a folder address ({@code index.html})
     * @param notFoundFile the "not found" page, if the site has one ({@code 404.html})
     */
    record BakedSite(Map<String, byte[]> files, Map<String, Path> copies, String basePath, String indexFile,
                     String notFoundFile) {

        static BakedSite of(FinishedSite finished, String basePath, String indexFile, String notFoundFile) {
            Map<String, byte[]> files = new HashMap<>();
            for (OutputFile file : finished.files()) {
                files.put(file.path(), file.bytes());
            }
            return new BakedSite(Map.copyOf(files), Map.copyOf(finished.copies()), basePath, indexFile, notFoundFile);
        }

        boolean has(String path) {
            return files.containsKey(path) || copies.containsKey(path);
        }
    }
}
