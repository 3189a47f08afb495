package vn.bantin.finish.search;

import vn.bantin.text.FingerprintHash;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The search index in the output patched for an edit of one entry's text, in place of building it
 * again: when the edit leaves the entry's URL, date, title, summary and keywords (so its id and its
 * entry shard) as they were, and the average length postings are ranked against too, only the
 * postings of that entry change, in the terms whose level it changes. Those terms' shards are read,
 * changed and packed again by the rule a whole bake packs them by ({@link TermShards}), and the
 * manifest is made again. The files are the bytes {@link SearchIndexBuilder#build} would write for
 * the edited entries, or there is no patch: whenever it cannot be sure of that (the average moves,
 * a file is not the one the basis was made with), it steps aside, and the bake builds the index as
 * usual.
 */
public final class SearchIndexPatch {
    private SearchIndexPatch() {
    }

    /**
     * What a bake keeps so that the next can patch its index: small, since it is read at every
     * patch (40 kB for 10,000 entries).
     *
     * @param entries                how many entries the index holds
     * @param totalLength            the sum of their lengths, in syllables
     * @param average                the average length the postings were ranked against
     * @param termShardDigests       each term shard's digest ({@link TermShards#digest}), in the manifest's order
     * @param entryShardFingerprints each entry shard's {@link EntryShard#fingerprint}, as bytes
     */
    public record Basis(int entries, long totalLength, int average, byte[][] termShardDigests,
                        byte[][] entryShardFingerprints) {
        /** No index: nothing to patch. */
        public static final Basis NONE = new Basis(0, 0, 0, new byte[0][], new byte[0][]);
        private static final int FORMAT = 2;

        /** The basis of an index just built. */
        static Basis of(AnalysedIndex analysed, List<TermShards.Shard> termShards, List<EntryShard> entryShards) {
            long total = 0;
            for (int length : analysed.lengths) {
                total += length;
            }
            return new Basis(analysed.entries(), total, analysed.average,
                    termShards.stream().map(shard -> TermShards.digest(shard.bytes())).toArray(byte[][]::new),
                    entryShards.stream().map(shard -> HexFormat.of().parseHex(shard.fingerprint()))
                            .toArray(byte[][]::new));
        }

        /** Writes it, for {@link #read}. */
        public void write(DataOutputStream out) throws IOException {
            out.writeInt(FORMAT);
            out.writeInt(entries);
            out.writeLong(totalLength);
            out.writeInt(average);
            writeDigests(out, termShardDigests);
            writeDigests(out, entryShardFingerprints);
        }

        /**
         * A basis {@link #write} wrote.
         *
         * @throws IOException when the stream holds another format, or ends early
         */
        public static Basis read(DataInputStream in) throws IOException {
            if (in.readInt() != FORMAT) {
                throw new IOException("not a search index basis of format " + FORMAT);
            }
            int entries = in.readInt();
            long totalLength = in.readLong();
            int average = in.readInt();
            return new Basis(entries, totalLength, average, readDigests(in), readDigests(in));
        }

        private static void writeDigests(DataOutputStream out, byte[][] digests) throws IOException {
            out.writeInt(digests.length);
            for (byte[] digest : digests) {
                out.write(digest);
            }
        }

        /** Read one by one: a damaged count meets the end of the stream before it fills the memory. */
        private static byte[][] readDigests(DataInputStream in) throws IOException {
            int count = in.readInt();
            List<byte[]> digests = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] digest = new byte[FingerprintHash.BYTES];
                in.readFully(digest);
                digests.add(digest);
            }
            return digests.toArray(byte[][]::new);
        }

        /** Equal when every number and every digest is. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Basis basis && entries == basis.entries && totalLength == basis.totalLength
                    && average == basis.average && Arrays.deepEquals(termShardDigests, basis.termShardDigests)
                    && Arrays.deepEquals(entryShardFingerprints, basis.entryShardFingerprints);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(termShardDigests) * 31 + Long.hashCode(totalLength);
        }
    }

    /**
     * A patch of the index.
     *
     * @param files   the files it writes, by path inside the index folder ({@code t/<name>.json},
     *                {@code manifest.json}); none when the edit changes no posting
     * @param removed the files it removes: term shards the index no longer has
     * @param basis   the basis of the index patched, for the next patch
     */
    public record Patched(SortedMap<String, byte[]> files, SortedSet<String> removed, Basis basis) {
    }

    /** Why a patch steps aside; the bake builds the index instead. */
    static final class StepAside extends Exception {
        StepAside(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The patch of the index in {@code indexFolder} (what {@code basis} was made with) for the edit
     * of entry {@code id} from {@code before} to {@code after}; empty when it cannot give the bytes
     * a whole build would.
     *
     * @param before the entry as the index holds it, as entry {@code id}: the caller knows it (the
     *               previous bake's, of the same {@link EntryTerms#digest}); the patch checks it only
     *               in the postings it changes
     * @param after  the same entry with another text: the same URL, kind, title, dates, section,
     *               summary and keywords
     * @throws IOException when a file of the index is there but cannot be read
     */
    public static Optional<Patched> patch(Path indexFolder, Basis basis, int id, SearchEntry before,
                                          SearchEntry after) throws IOException {
        try {
            return Optional.of(patched(indexFolder, basis, id, before, after));
        } catch (StepAside why) {
            return Optional.empty();
        }
    }

    /** The patch, or why there is none. */
    static Patched patched(Path indexFolder, Basis basis, int id, SearchEntry before, SearchEntry after)
            throws IOException, StepAside {
        if (id < 0 || id >= basis.entries()) {
            throw new StepAside("the index holds no entry " + id);
        }
        if (!sameButText(before, after)) {
            throw new StepAside("more than the text changed");
        }
        EntryTerms was = EntryTerms.of(before);
        EntryTerms is = EntryTerms.of(after);
        long total = basis.totalLength() - was.length() + is.length();
        if (InvertedIndex.average(total, basis.entries()) != basis.average()) {
            throw new StepAside("the average length moves");
        }
        Manifest manifest = manifest(indexFolder, basis);
        checkEntry(indexFolder, id, before);
        SortedMap<String, TermShardsPatch.Levels> changes = changes(was, is, basis.average());
        TermShardsPatch.Patched shards = TermShardsPatch.patch(indexFolder, basis.termShardDigests(),
                manifest.boundaries(), id, changes);
        Basis patched = new Basis(basis.entries(), total, basis.average(), shards.digests(),
                basis.entryShardFingerprints());
        SortedMap<String, byte[]> files = new TreeMap<>(shards.written());
        if (!files.isEmpty() || !shards.removed().isEmpty()) {
            files.put(SearchIndexBuilder.MANIFEST, SearchIndexBuilder.manifest(manifest.root(), basis.entries(),
                    shards.boundaries(), SearchIndexBuilder.version(patched)));
        }
        return new Patched(files, shards.removed(), patched);
    }

    /** Whether the two entries differ in their text only: all a results list shows is the same, and the keywords. */
    private static boolean sameButText(SearchEntry before, SearchEntry after) {
        return before.url().equals(after.url()) && before.kind() == after.kind() && before.title().equals(after.title())
                && before.date().equals(after.date()) && before.dateIso().equals(after.dateIso())
                && before.section().equals(after.section()) && before.snippet().equals(after.snippet())
                && before.keywords().equals(after.keywords());
    }

    /**
     * The terms whose posting of the entry changes, sorted as the index sorts them, each with the
     * entry's level before and after (0 for none). Every level of the entry is ranked again: its
     * length, and so its norm, may have changed.
     */
    private static SortedMap<String, TermShardsPatch.Levels> changes(EntryTerms before, EntryTerms after, int average) {
        double normBefore = InvertedIndex.norm(before.length(), average);
        double normAfter = InvertedIndex.norm(after.length(), average);
        Map<String, Integer> marksAfter = new HashMap<>(after.terms().length * 2);
        for (int t = 0; t < after.terms().length; t++) {
            marksAfter.put(after.terms()[t], after.marks()[t]);
        }
        SortedMap<String, TermShardsPatch.Levels> changes = new TreeMap<>();
        for (int t = 0; t < before.terms().length; t++) {
            Integer markAfter = marksAfter.remove(before.terms()[t]);
            int levelBefore = InvertedIndex.level(before.marks()[t], normBefore);
            int levelAfter = markAfter == null ? 0 : InvertedIndex.level(markAfter, normAfter);
            if (levelBefore != levelAfter) {
                changes.put(before.terms()[t], new TermShardsPatch.Levels(levelBefore, levelAfter));
            }
        }
        marksAfter.forEach((term, mark) ->
                changes.put(term, new TermShardsPatch.Levels(0, InvertedIndex.level(mark, normAfter))));
        return changes;
    }

    /** What a patch takes of the manifest. */
    private record Manifest(String root, List<String> boundaries) {
    }

    /**
     * The manifest in the folder, which must be the one the basis was made with: made again from
     * what it holds and the basis's version, it is the same bytes.
     */
    private static Manifest manifest(Path indexFolder, Basis basis) throws IOException, StepAside {
        byte[] bytes = read(indexFolder, SearchIndexBuilder.MANIFEST);
        try {
            // Anything else than what the basis makes again, a value of another type too, is not the same bytes.
            if (JsonReader.read(new String(bytes, StandardCharsets.UTF_8)) instanceof Map<?, ?> json
                    && json.get("termShards") instanceof List<?> listed) {
                String root = String.valueOf(json.get("root"));
                List<String> boundaries = listed.stream().map(String::valueOf).toList();
                if (boundaries.size() == basis.termShardDigests().length && Arrays.equals(bytes, SearchIndexBuilder
                        .manifest(root, basis.entries(), boundaries, SearchIndexBuilder.version(basis)))) {
                    return new Manifest(root, boundaries);
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // not JSON: stepped aside below
        }
        throw new StepAside("the manifest is not the one the basis was made with");
    }

    /** Checks that the entry shard shows {@code entry} as entry {@code id}: the id is the entry's. */
    private static void checkEntry(Path indexFolder, int id, SearchEntry entry) throws IOException, StepAside {
        String path = "d/" + id / SearchIndexBuilder.ENTRIES_PER_SHARD + ".json";
        byte[] bytes = read(indexFolder, path);
        int place = id % SearchIndexBuilder.ENTRIES_PER_SHARD;
        try {
            if (JsonReader.read(new String(bytes, StandardCharsets.UTF_8)) instanceof List<?> shown
                    && place < shown.size() && Arrays.asList(EntryShard.fields(entry)).equals(shown.get(place))) {
                return;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // not JSON: stepped aside below
        }
        throw new StepAside(path + " does not show the entry as entry " + id);
    }

    /** A file of the index folder; a missing one is a reason to step aside. */
    static byte[] read(Path indexFolder, String path) throws IOException, StepAside {
        try {
            return Files.readAllBytes(indexFolder.resolve(path));
        } catch (NoSuchFileException e) {
            throw new StepAside(path + " is missing");
        }
    }
}
