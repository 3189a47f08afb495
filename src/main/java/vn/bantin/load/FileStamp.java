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
    /** How long a file's time may lag its last write: file systems keep times in coarse ticks. */
    private static final long SETTLING_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * Files modified after this moment (in the stamp's nanoseconds) are parsed whatever their stamp:
     * a second save within the same tick of the file system's clock, with the same size, would
     * otherwise look unchanged (git calls such files "racily clean").
     */
    public static long settledBefore() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - SETTLING_NANOS;
    }

    /** The stamp of a file, or null when it cannot be read (the parse then reports why). */
    public static FileStamp of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null;
        }
    }

    /** The stamp of a file whose attributes were read already, without following a link. */
    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
