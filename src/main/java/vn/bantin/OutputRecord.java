package vn.bantin;

import vn.bantin.load.FileStamp;
import vn.bantin.write.PreviousOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output folder as a bake left it: each file's size, time and content digest. The next bake
 * trusts its memory only if the folder still matches, file for file: an output edited, deleted
 * or replaced by hand makes a full bake.
 */
record OutputRecord(Map<String, Entry> files) {

    /** One file of the output: its size and time, and the digest of its content. */
    record Entry(FileStamp stamp, String digest) {
    }

    /**
     * The record of {@code output} just written, from the digests of what the write put there; the
     * files' stamps read in parallel.
     */
    static OutputRecord of(Path output, Map<String, String> digests) throws IOException {
        Map<String, Entry> files = new ConcurrentHashMap<>(digests.size() * 2);
        digests.entrySet().parallelStream().forEach(file -> {
            FileStamp stamp = FileStamp.of(output.resolve(file.getKey()));
            if (stamp != null) {
                files.put(file.getKey(), new Entry(stamp, file.getValue()));
            }
        });
        for (String path : digests.keySet()) {
            if (!files.containsKey(path)) {
                throw new IOException("cannot read " + output.resolve(path) + " just written");
            }
        }
        return new OutputRecord(Map.copyOf(files));
    }

    /** Whether every file recorded is in {@code output}, as it was left. */
    boolean matches(Path output) {
        return files.entrySet().parallelStream()
                .allMatch(file -> file.getValue().stamp().equals(FileStamp.of(output.resolve(file.getKey()))));
    }

    /** Each file's size and time, as {@link BakeInputs} keeps them. */
    Map<String, FileStamp> stamps() {
        Map<String, FileStamp> stamps = new HashMap<>();
        files.forEach((path, entry) -> stamps.put(path, entry.stamp()));
        return stamps;
    }

    /** The output as an incremental write starts from, with the files of its spare folder ({@link PreviousOutput}). */
    PreviousOutput previous(Map<String, String> spare) {
        Map<String, String> digests = new HashMap<>();
        files.forEach((path, entry) -> digests.put(path, entry.digest()));
        return new PreviousOutput(Map.copyOf(digests), spare);
    }
}
