package vn.bantin.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.load.FileStamp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderFilesTest {
    @TempDir
    Path site;

    /**
     * content/ is a link to a folder elsewhere, holding a file, a file in a subfolder, a link to a
     * file and a link to a folder: the walk goes where the link leads and names what it finds
     * through it, lists a link to a file, and does not follow a link to a folder.
     */
    private Path content() throws Exception {
        Path elsewhere = Files.createDirectories(site.resolve("shared/bai-viet"));
        Files.writeString(elsewhere.resolve("a.md"), "một");
        Files.createDirectories(elsewhere.resolve("tin-tuc"));
        Files.writeString(elsewhere.resolve("tin-tuc/b.md"), "hai");
        Files.writeString(site.resolve("shared/c.md"), "ba");
        Files.createSymbolicLink(elsewhere.resolve("c.md"), site.resolve("shared/c.md"));
        Files.createSymbolicLink(elsewhere.resolve("thu-muc"), elsewhere.resolve("tin-tuc"));
        return Files.createSymbolicLink(site.resolve("content"), elsewhere);
    }

    @Test
    void everyFileIsListedThroughTheFolderLinkAndLinksToFoldersAreNotFollowed() throws Exception {
        Path content = content();
        Set<Path> expected = Set.of(content.resolve("a.md"), content.resolve("tin-tuc/b.md"), content.resolve("c.md"));
        assertEquals(expected, Set.copyOf(FolderFiles.of(content)));
        assertEquals(expected, FolderFiles.withAttributes(content).keySet());
        assertEquals(expected, FolderFiles.Listing.of(content).files().keySet());
    }

    @Test
    void theAttributesAreThoseAStampReadsALinkByItsOwn() throws Exception {
        Path content = content();
        Map<Path, BasicFileAttributes> files = FolderFiles.withAttributes(content);
        assertTrue(files.get(content.resolve("c.md")).isSymbolicLink(), "a link's own attributes, not its target's");
        assertFalse(files.get(content.resolve("a.md")).isSymbolicLink());
        files.forEach((file, attributes) -> assertEquals(FileStamp.of(file), FileStamp.of(attributes), file.toString()));
    }

    @Test
    void aMissingFolderHasNoFiles() throws Exception {
        Path missing = site.resolve("assets");
        assertTrue(FolderFiles.withAttributes(missing).isEmpty());
        assertTrue(FolderFiles.of(missing).isEmpty());
    }
}
