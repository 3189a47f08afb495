package vn.bantin;

import vn.bantin.config.FolderFiles;
import vn.bantin.config.SiteConfig;
import vn.bantin.load.FileStamp;
import vn.bantin.problem.Problem;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bake was made from, kept beside its memory so that the next bake can tell, without
 * loading anything, that nothing changed: the environment ({@link BakeEnvironment}), the stamp of
 * every file of the content, data and asset folders, the first moment the clock alone would change
 * the site, and the output it left (each file's stamp), with its counts and warnings.
 *
 * @param bakedAt    epoch milliseconds of the clock of that bake: a clock set back is not trusted
 * @param nextChange epoch milliseconds of that moment, or {@link Long#MAX_VALUE}
 * @param token      a number drawn for the bake, which the quick memory written with it holds too
 *                   ({@link QuickMemory}): the two are of one bake only if they hold the same
 */
record BakeInputs(String environment, long bakedAt, long nextChange, Map<String, FileStamp> inputs, Map<String, FileStamp> outputs,
                  int pages, List<Problem> warnings, long token) {
    private static final String MAGIC = "bantin-inputs";
    private static final int VERSION = 2;

    /**
     * The stamps of every file of the folders a bake reads besides its configuration and templates,
     * by path from the site folder.
     *
     * @param content the content folder's files with their stamps, listed already
     */
    static Map<String, FileStamp> stamps(SiteConfig config, Map<Path, FileStamp> content) throws IOException {
        Map<String, FileStamp> stamps = new HashMap<>();
        content.forEach((file, stamp) -> stamps.put(fromSite(config, file), stamp));
        for (Path folder : List.of(config.dataFolder(), config.assetFolder())) {
            FolderFiles.withAttributes(folder).forEach((file, attributes) ->
                    stamps.put(fromSite(config, file), FileStamp.of(attributes)));
        }
        return stamps;
    }

    /**
     * The stamps of the content folder's files, by path as the content loader names them: from
     * {@code listing} when it is of that folder, else walked now.
     */
    static Map<Path, FileStamp> contentStamps(SiteConfig config, FolderFiles.Listing listing) throws IOException {
        Map<Path, BasicFileAttributes> files = listing != null ? listing.filesOf(config.contentFolder())
                : FolderFiles.withAttributes(config.contentFolder());
        Map<Path, FileStamp> stamps = new HashMap<>(files.size() * 2);
        files.forEach((file, attributes) -> stamps.put(file, FileStamp.of(attributes)));
        return stamps;
    }

    private static String fromSite(SiteConfig config, Path file) {
        return config.siteFolder().relativize(file.toAbsolutePath().normalize()).toString();
    }

    /**
     * Whether a bake now, in {@code environment}, of files with these {@code stamps}, would make
     * exactly the output these inputs made, and that output is still there as it was left.
     */
    boolean sameAs(String environment, Instant now, Map<String, FileStamp> stamps, Path output) {
        if (!holdFor(environment, now) || !stamps.equals(inputs)) {
            return false;
        }
        long settled = FileStamp.settledBefore();
        if (stamps.values().stream().anyMatch(stamp -> stamp == null || stamp.modified() > settled)) {
            return false; // a file saved just now could hide a second save within the same clock tick
        }
        return outputAsLeft(output);
    }

    /**
     * Whether, the same files given, a bake now in {@code environment} would make what these inputs
     * made: the same environment, and the clock changes nothing yet (nor was set back).
     */
    boolean holdFor(String environment, Instant now) {
        return environment.equals(this.environment) && now.toEpochMilli() >= bakedAt && now.toEpochMilli() < nextChange;
    }

    /** Whether every file these inputs' bake left in {@code output} is still there, as it was left. */
    boolean outputAsLeft(Path output) {
        return outputs.entrySet().parallelStream()
                .allMatch(file -> file.getValue().equals(FileStamp.of(output.resolve(file.getKey()))));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = BinaryFiles.writing(temporary)) {
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(environment);
            out.writeLong(bakedAt);
            out.writeLong(nextChange);
            out.writeLong(token);
            writeStamps(out, inputs);
            writeStamps(out, outputs);
            out.writeInt(pages);
            out.writeInt(warnings.size());
            for (Problem warning : warnings) {
                out.writeUTF(warning.path());
                out.writeInt(warning.line());
                out.writeUTF(warning.message());
                out.writeUTF(warning.hint());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The inputs kept in {@code file}, or null when there are none usable. */
    static BakeInputs read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = BinaryFiles.reading(file)) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION) {
                return null;
            }
            String environment = in.readUTF();
            long bakedAt = in.readLong();
            long nextChange = in.readLong();
            long token = in.readLong();
            Map<String, FileStamp> inputs = readStamps(in);
            Map<String, FileStamp> outputs = readStamps(in);
            int pages = in.readInt();
            int count = in.readInt();
            List<Problem> warnings = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                warnings.add(Problem.warning(in.readUTF(), in.readInt(), in.readUTF(), in.readUTF()));
            }
            return new BakeInputs(environment, bakedAt, nextChange, inputs, outputs, pages, List.copyOf(warnings), token);
        } catch (IOException | RuntimeException e) {
            return null; // damaged: the next bake is a whole one
        }
    }

    private static void writeStamps(DataOutputStream out, Map<String, FileStamp> stamps) throws IOException {
        out.writeInt(stamps.size());
        for (Map.Entry<String, FileStamp> entry : stamps.entrySet()) {
            // Not writeUTF: it encodes a character at a time, and a site has tens of thousands of paths.
            byte[] path = entry.getKey().getBytes(StandardCharsets.UTF_8);
            out.writeShort(path.length);
            out.write(path);
            out.writeLong(entry.getValue() == null ? -1 : entry.getValue().size());
            out.writeLong(entry.getValue() == null ? -1 : entry.getValue().modified());
        }
    }

    private static Map<String, FileStamp> readStamps(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, FileStamp> stamps = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            String path = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
            long length = in.readLong();
            long modified = in.readLong();
            stamps.put(path, length < 0 ? null : new FileStamp(length, modified));
        }
        return stamps;
    }
}
