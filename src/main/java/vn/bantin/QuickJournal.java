package vn.bantin;

import vn.bantin.finish.search.SearchIndexPatch;
import vn.bantin.load.FileStamp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What quick rebuilds ({@link QuickRebuild}) changed since the last whole bake, kept beside its
 * memory ({@code quick-since.bin}), small enough to be written again by each: the bodies they took,
 * the output files they wrote or removed and the search index's basis as they left it. A whole
 * bake writes it with nothing changed yet; the next whole bake lays those changes over the
 * memory's record of the output ({@link Bake}), else it would find the output changed by hand.
 *
 * @param token       the token of the inputs ({@code inputs.bin}) of the bake that wrote it
 *                    ({@link BakeInputs#token}): a quick rebuild trusts it only with those
 * @param memoryStamp the stamp of the memory file of the last whole bake: the files written are
 *                    laid over that memory's record only
 * @param search      the search index's basis for a patch ({@link SearchIndexPatch.Basis#NONE} without one)
 * @param bodies      the body of each article a quick rebuild took, as the load stage made it, in
 *                    UTF-8, by its file's path from the site folder
 * @param written     the output files quick rebuilds wrote, by output path
 * @param removed     the output files they removed (search index shards), by output path
 */
record QuickJournal(long token, FileStamp memoryStamp, SearchIndexPatch.Basis search, Map<String, byte[]> bodies,
                    Map<String, OutputRecord.Entry> written, Set<String> removed) {
    private static final String MAGIC = "bantin-quick-since";
    private static final int VERSION = 2;

    /** The file beside a memory. */
    static Path fileBeside(Path memoryFile) {
        return memoryFile.resolveSibling("quick-since.bin");
    }

    /** The journal after one more quick rebuild, for the inputs of {@code token}. */
    QuickJournal after(long token, SearchIndexPatch.Basis search, String source, byte[] body,
                       Map<String, OutputRecord.Entry> wrote, Set<String> removedNow) {
        Map<String, byte[]> allBodies = new HashMap<>(bodies);
        allBodies.put(source, body);
        Map<String, OutputRecord.Entry> allWritten = new HashMap<>(written);
        allWritten.keySet().removeAll(removedNow);
        allWritten.putAll(wrote);
        Set<String> allRemoved = new HashSet<>(removed);
        allRemoved.removeAll(wrote.keySet());
        allRemoved.addAll(removedNow);
        return new QuickJournal(token, memoryStamp, search, Map.copyOf(allBodies), Map.copyOf(allWritten),
                Set.copyOf(allRemoved));
    }

    void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = BinaryFiles.writing(temporary)) {
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(token);
            out.writeLong(memoryStamp.size());
            out.writeLong(memoryStamp.modified());
            search.write(out);
            out.writeInt(bodies.size());
            for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
                QuickMemory.text(out, body.getKey());
                out.writeInt(body.getValue().length);
                out.write(body.getValue());
            }
            out.writeInt(written.size());
            for (Map.Entry<String, OutputRecord.Entry> output : written.entrySet()) {
                QuickMemory.text(out, output.getKey());
                out.writeLong(output.getValue().stamp().size());
                out.writeLong(output.getValue().stamp().modified());
                QuickMemory.text(out, output.getValue().digest());
            }
            out.writeInt(removed.size());
            for (String path : removed) {
                QuickMemory.text(out, path);
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The journal kept in {@code file}, or null when there is none usable. */
    static QuickJournal read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = BinaryFiles.reading(file)) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != VERSION) {
                return null;
            }
            long token = in.readLong();
            FileStamp memoryStamp = new FileStamp(in.readLong(), in.readLong());
            SearchIndexPatch.Basis search = SearchIndexPatch.Basis.read(in);
            int bodyCount = in.readInt();
            Map<String, byte[]> bodies = new HashMap<>(bodyCount * 2);
            for (int i = 0; i < bodyCount; i++) {
                String source = QuickMemory.text(in);
                bodies.put(source, in.readNBytes(in.readInt()));
            }
            int writtenCount = in.readInt();
            Map<String, OutputRecord.Entry> written = new HashMap<>(writtenCount * 2);
            for (int i = 0; i < writtenCount; i++) {
                String path = QuickMemory.text(in);
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
                written.put(path, new OutputRecord.Entry(stamp, QuickMemory.text(in)));
            }
            int removedCount = in.readInt();
            Set<String> removed = new HashSet<>(removedCount * 2);
            for (int i = 0; i < removedCount; i++) {
                removed.add(QuickMemory.text(in));
            }
            return new QuickJournal(token, memoryStamp, search, Map.copyOf(bodies), Map.copyOf(written),
                    Set.copyOf(removed));
        } catch (IOException | RuntimeException e) {
            return null; // damaged: no quick rebuild, and no file laid over the memory's record
        }
    }
}
