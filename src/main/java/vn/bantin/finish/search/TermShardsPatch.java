package vn.bantin.finish.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The term shards of an index changed where one entry's postings change ({@link SearchIndexPatch}),
 * packed again as a whole bake would pack them, or a reason to step aside.
 *
 * <p>A whole bake packs the sorted terms greedily ({@link TermShards}): a shard starts afresh with
 * its first term whatever came before, so from a term that started shard {@code k} before and
 * starts shard {@code k} again, unchanged, the packing is the bake before's up to the next change.
 * Each run of changes is packed again from the shard holding the last unchanged term before it,
 * term by term, by that same rule: the terms of the shards read from the folder, the changed
 * postings put in, the emptied terms left out, the new ones put in their place in the order. The
 * run goes on until the packing starts a shard, unchanged, with the term that started it before,
 * under the same number: from there the next run begins. Boundaries may move on the way (a shard
 * grown past its size gives its last terms to the next, one that shrank takes the next one's
 * first): those shards are packed again too. The patch steps aside when the number of shards would
 * change: every shard after would be numbered otherwise.
 */
final class TermShardsPatch {
    /**
     * The level of the entry's posting in a term, before and after the edit; 0 for none.
     */
    record Levels(int before, int after) {
    }

    /**
     * The shards packed again, and every shard's boundary in the manifest.
     *
     * @param shards     the shards packed again, some of them as they were
     * @param boundaries the boundary of every shard, as {@link SearchIndexBuilder#separator} makes it
     */
    record Patched(List<TermShards.Shard> shards, List<String> boundaries) {
    }

    /** A term shard as the folder holds it: its terms in order, and their encoded postings. */
    private record Read(String[] terms, String[] postings) {
    }

    private final Path folder;
    private final byte[][] digests;
    private final List<String> boundaries;
    private final int id;
    private final String[] terms;
    private final Levels[] levels;
    private final Map<Integer, Read> read = new HashMap<>();
    private final List<TermShards.Shard> packed = new ArrayList<>();
    private final List<String> patchedBoundaries;

    private TermShardsPatch(Path folder, byte[][] digests, List<String> boundaries, int id,
                            SortedMap<String, Levels> changes) {
        this.folder = folder;
        this.digests = digests;
        this.boundaries = boundaries;
        this.id = id;
        this.terms = changes.keySet().toArray(String[]::new);
        this.levels = changes.values().toArray(Levels[]::new);
        this.patchedBoundaries = new ArrayList<>(boundaries);
    }

    /**
     * The term shards of the index in {@code folder} with entry {@code id}'s postings changed.
     *
     * @param digests    each shard's digest ({@link TermShards#digest}): a shard read must have it
     * @param boundaries each shard's boundary, from the manifest
     * @param changes    the terms whose posting of the entry changes, sorted
     */
    static Patched patch(Path folder, byte[][] digests, List<String> boundaries, int id,
                         SortedMap<String, Levels> changes) throws IOException, SearchIndexPatch.StepAside {
        TermShardsPatch patch = new TermShardsPatch(folder, digests, boundaries, id, changes);
        int next = 0;
        while (next < patch.terms.length) {
            next = patch.packAgain(patch.start(next), next);
        }
        return new Patched(patch.packed, patch.patchedBoundaries);
    }

    /**
     * The shard of the last term of the index before changed term {@code c}; 0 if none. The
     * manifest's boundaries tell the shard {@code c} sorts into, or the one after: a boundary is
     * only a start of its shard's first term.
     */
    private int start(int c) throws IOException, SearchIndexPatch.StepAside {
        int shard = SearchQuery.shardOf(terms[c], boundaries);
        return shard > 0 && terms[c].compareTo(read(shard).terms()[0]) <= 0 ? shard - 1 : shard;
    }

    /**
     * Packs the shards again from shard {@code start}, whose first term is unchanged and before
     * change {@code c}, with the changes from {@code c} on, until the packing meets the bake
     * before's again: it starts a shard with an unchanged term that started the shard of that
     * number before. Returns the first change not packed; the next run starts from that shard or
     * a later one.
     */
    private int packAgain(int start, int c) throws IOException, SearchIndexPatch.StepAside {
        TermShards packer = new TermShards(start);
        for (int shard = start; shard < digests.length; shard++) {
            Read old = read(shard);
            String next = shard + 1 < digests.length ? read(shard + 1).terms()[0] : null;
            boolean first = true; // the old shard's first term comes next, unchanged
            int t = 0;
            while (true) {
                boolean oldLeft = t < old.terms().length;
                boolean changeLeft = c < terms.length && (next == null || terms[c].compareTo(next) < 0);
                if (!oldLeft && !changeLeft) {
                    break;
                }
                boolean changing = changeLeft && (!oldLeft || terms[c].compareTo(old.terms()[t]) <= 0);
                String term;
                String postings;
                if (changing) {
                    term = terms[c];
                    boolean held = t < old.terms().length && term.equals(old.terms()[t]);
                    postings = changed(term, held ? old.postings()[t++] : "", levels[c++]);
                    first = false;
                    if (postings.isEmpty()) {
                        continue;
                    }
                } else {
                    term = old.terms()[t];
                    postings = old.postings()[t++];
                }
                boolean starts = packer.add(term, postings);
                if (first && starts && shard > start && packer.number() == shard) {
                    keep(packer.closed(), start);
                    patchedBoundaries.set(shard, SearchIndexBuilder.separator(lastPacked().last(), term));
                    return c; // as before from here to the next run of changes
                }
                first = false;
            }
        }
        List<TermShards.Shard> shards = packer.finish();
        if (packer.number() != digests.length - 1) {
            throw new SearchIndexPatch.StepAside("the index would have another number of term shards");
        }
        keep(shards, start);
        return c;
    }

    /** The postings of {@code term} with the entry's posting changed; empty for none. */
    private String changed(String term, String postings, Levels change) throws SearchIndexPatch.StepAside {
        if (PostingCodec.level(postings, id) != change.before()) {
            throw new SearchIndexPatch.StepAside("the index does not hold the entry as given: " + term);
        }
        return PostingCodec.withLevel(postings, id, change.after());
    }

    /** Keeps the shards packed again from {@code start} on, with the boundaries of those after it. */
    private void keep(List<TermShards.Shard> shards, int start) {
        for (TermShards.Shard shard : shards) {
            if (shard.number() > start) {
                patchedBoundaries.set(shard.number(), SearchIndexBuilder.separator(lastPacked().last(), shard.first()));
            }
            packed.add(shard);
        }
    }

    private TermShards.Shard lastPacked() {
        return packed.get(packed.size() - 1);
    }

    /** Term shard {@code number} as the folder holds it, read once; it must be the one the basis was made with. */
    private Read read(int number) throws IOException, SearchIndexPatch.StepAside {
        Read shard = read.get(number);
        if (shard != null) {
            return shard;
        }
        String path = TermShards.path(number);
        byte[] bytes = SearchIndexPatch.read(folder, path);
        if (!Arrays.equals(TermShards.digest(bytes), digests[number])) {
            throw new SearchIndexPatch.StepAside(path + " is not the one the basis was made with");
        }
        // Its digest tells it is a shard a bake wrote: JSON, an object of strings.
        Map<?, ?> json = (Map<?, ?>) JsonReader.read(new String(bytes, StandardCharsets.UTF_8));
        if (json.isEmpty()) {
            throw new SearchIndexPatch.StepAside(path + " holds no term");
        }
        shard = new Read(json.keySet().toArray(String[]::new), json.values().toArray(String[]::new));
        read.put(number, shard);
        return shard;
    }
}
