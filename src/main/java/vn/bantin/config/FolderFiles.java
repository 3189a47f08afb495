package vn.bantin.config;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The files of one of the site's folders (content, data, assets, templates), that folder being a
 * link or not. A folder shared between sites, or kept on another disk, is often a link, and a walk
 * that starts at a link sees the link alone: its files were never listed, so an edit in them went
 * unseen and its assets were not copied.
 *
 * <p>Each file is looked at once, by the walk itself: the content folder of a 10,000-article site
 * is listed before every bake, even one with nothing to do, and a second and third look at each
 * file (is it a regular file, what are its size and time) cost as much as the walk.
 */
public final class FolderFiles {
    private FolderFiles() {
    }

    /**
     * Every regular file under {@code folder}, in no particular order, walked where the folder
     * really is and named as seen through {@code folder}; empty when it is no folder. A link
     * inside is listed when it leads to a regular file.
     */
    public static List<Path> of(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        walk(folder, (file, attributes) -> files.add(file));
        return List.copyOf(files);
    }

    /**
     * The same files, each with the attributes the walk read: a file's own, and a link's own (not
     * its target's), as {@code Files.readAttributes} with {@code NOFOLLOW_LINKS} reads them.
     */
    public static Map<Path, BasicFileAttributes> withAttributes(Path folder) throws IOException {
        Map<Path, BasicFileAttributes> files = new HashMap<>();
        walk(folder, files::put);
        return files;
    }

    /**
     * A folder's files with the attributes a walk read ({@link #withAttributes}), kept to be handed
     * on: the launcher counts the content folder's files to set up the JVM, and the bake then takes
     * the same listing instead of walking the folder again.
     */
    public record Listing(Path folder, Map<Path, BasicFileAttributes> files) {
        /** The listing of {@code folder}, walked now. */
        public static Listing of(Path folder) throws IOException {
            return new Listing(folder, Collections.unmodifiableMap(withAttributes(folder)));
        }

        /** This listing's files, if it is of {@code folder} as named there; else {@code folder}'s, walked now. */
        public Map<Path, BasicFileAttributes> filesOf(Path folder) throws IOException {
            return folder.equals(this.folder) ? files : withAttributes(folder);
        }
    }

    private static void walk(Path folder, BiConsumer<Path, BasicFileAttributes> found) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Path real = folder.toRealPath();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.accept(folder.resolve(real.relativize(file).toString()), attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
