package vn.bantin;

import vn.bantin.config.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        MessageDigest digest = sha256();
        update(digest, ENGINE);
        update(digest, preview ? "preview" : "publish");
        hashFile(digest, config.siteFolder().resolve("jbake.properties"));
        Path templates = config.templateFolder();
        if (Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, templates.relativize(file).toString());
                    hashFile(digest, file);
                }
            } catch (IOException e) {
                update(digest, "unreadable templates: " + e.getMessage()); // the bake reports it
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The engine's code as built: the jar bantin runs from, or the folder of its classes, by the
     * names, sizes and times of its files. A rebuilt engine never trusts what an older one made.
     */
    private static String engineDigest() {
        MessageDigest digest = sha256();
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
                update(digest, code.relativize(file) + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            update(digest, "unknown engine " + System.nanoTime()); // never equal: nothing is reused
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void hashFile(MessageDigest digest, Path file) {
        try {
            byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            update(digest, String.valueOf(bytes.length));
            digest.update(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes);
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
