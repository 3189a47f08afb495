package vn.bantin.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What tells a file changed without reading it: its size and modification time, as make and git
 * do. An editor that saves a file changes its time; a file restored with an older time and the
 * same size is the one case it misses, which a clean bake ({@code bake --clean}) settles.
 *
 * @param size     bytes
 * @param modified modification time, in nanoseconds since the epoch as the file system keeps it
 */
public record FileStamp(long size, long modified) {

    /** The stamp of a file, or null when it cannot be read (the parse then reports why). */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return null;
        }
    }
}
