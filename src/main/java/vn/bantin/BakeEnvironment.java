package vn.bantin;

import vn.bantin.config.FolderFiles;
import vn.bantin.config.SiteConfig;
import vn.bantin.text.Digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of everything a bake depends on besides the content: the engine's code, the
 * configuration file, every file of the templates folder (messages included) and whether it is a
 * preview. An incremental bake reuses a previous bake's work only when this is unchanged; any
 * change to a template or a setting makes a full bake.
 */
final class BakeEnvironment {
    private static final String ENGINE = engineDigest();

    private BakeEnvironment() {
    }

    static String of(SiteConfig config, boolean preview) {
        Digest digest = new Digest().text(ENGINE).text(preview ? "preview" : "publish");
        hashFile(digest, config.siteFolder().resolve("jbake.properties"));
        Path templates = config.templateFolder();
        try {
            for (Path file : FolderFiles.of(templates).stream().sorted().toList()) {
                hashFile(digest.text(templates.relativize(file).toString()), file);
            }
        } catch (IOException e) {
            digest.text("unreadable templates: " + e.getMessage()); // the bake reports it
        }
        return digest.hex();
    }

    /**
     * The engine's code as built: the jar bantin runs from, or the folder of its classes, by the
     * names, sizes and times of its files. A rebuilt engine never trusts what an older one made.
     */
    private static String engineDigest() {
        Digest digest = new Digest();
        try {
            Path code = Path.of(Bake.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(code);
            }
            for (Path file : files) {
                digest.text(code.relativize(file) + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            digest.text("unknown engine " + System.nanoTime()); // never equal: nothing is reused
        }
        return digest.hex();
    }

    /** A file's content; an absent file (no jbake.properties) as empty. */
    private static void hashFile(Digest digest, Path file) {
        try {
            digest.bytes(Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
