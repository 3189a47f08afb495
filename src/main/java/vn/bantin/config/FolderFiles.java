package vn.bantin.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one of the site's folders (content, data, assets, templates), that folder being a
 * link or not. A folder shared between sites, or kept on another disk, is often a link, and a walk
 * that starts at a link sees the link alone: its files were never listed, so an edit in them went
 * unseen and its assets were not copied.
 */
public final class FolderFiles {
    private FolderFiles() {
    }

    /**
     * Every regular file under {@code folder}, in no particular order, walked where the folder
     * really is and named as seen through {@code folder}; empty when it is no folder.
     */
    public static List<Path> of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Path real = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.resolve(real.relativize(file).toString())).toList();
        }
    }
}
