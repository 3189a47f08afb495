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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The term shards of an index changed where one entry's postings change ({@link SearchIndexPatch}),
 * packed again as a whole bake would pack them, or a reason to step aside.
 *
 * <p>A whole bake packs the sorted terms greedily ({@link TermShards}): a shard starts afresh with
 * its first term whatever came before, so from a term that started a shard before and starts one
 * again, unchanged, the packing is the bake before's up to the next change. Each run of changes is
 * packed again from the shard holding the last unchanged term before it, term by term, by that
 * same rule: the terms of the shards read from the folder, the changed postings put in, the
 * emptied terms left out, the new ones put in their place in the order. The run goes on until the
 * packing starts a shard, unchanged, with a term that started one before: from there the next run
 * begins. Boundaries may move on the way (a shard grown past its size gives its last terms to the
 * next, one that shrank takes the next one's first), and a run may end with a shard more or less
 * than it began with: shards are named by their boundaries ({@link TermShards#path}), so those
 * after keep their files.
 */
final class TermShardsPatch {
    /**
     * The level of the entry's posting in a term, before and after the edit; 0 for none.
     */
    record Levels(int before, int after) {
    }

    /**
     * The term shards patched.
     *
     * @param boundaries every shard's boundary, in order, as {@link SearchIndexBuilder#separator} makes it
     * @param digests    every shard's digest ({@link TermShards#digest}), in the same order
     * @param written    the shards to write, by path inside the index folder: new, changed or renamed
     * @param removed    the paths of the shards the index no longer has
     */
    record Patched(List<String> boundaries, byte[][] digests, SortedMap<String, byte[]> written,
                   SortedSet<String> removed) {
    }

    /** A term shard as the folder holds it: its terms in order, their encoded postings, its bytes. */
    private record Read(String[] terms, String[] postings, byte[] bytes) {
        String last() {
            return terms[terms.length - 1];
        }
    }

    /** A shard of the index patched: shard {@code old} of the index before, as it was, or one packed again. */
    private record Slot(int old, TermShards.Shard packed) {
    }

    private final Path folder;
    private final byte[][] digests;
    private final List<String> boundaries;
    private final int id;
    private final String[] terms;
    private final Levels[] levels;
    private final Map<Integer, Read> read = new HashMap<>();
    private final List<Slot> slots = new ArrayList<>();
    /** The first shard of the index before not yet in {@link #slots}, as it was or packed again. */
    private int copied;

    private TermShardsPatch(Path folder, byte[][] digests, List<String> boundaries, int id,
                            SortedMap<String, Levels> changes) {
        this.folder = folder;
        this.digests = digests;
        this.boundaries = boundaries;
        this.id = id;
        this.terms = changes.keySet().toArray(String[]::new);
        this.levels = changes.values().toArray(Levels[]::new);
    }

    /**
     * The term shards of the index in {@code folder} with entry {@code id}'s postings changed.
     *
     * @param digests    each shard's digest ({@link TermShards#digest}), in order: a shard read must have it
     * @param boundaries each shard's boundary, from the manifest
     * @param changes    the terms whose posting of the entry changes, sorted
     */
    static Patched patch(Path folder, byte[][] digests, List<String> boundaries, int id,
                         SortedMap<String, Levels> changes) throws IOException, SearchIndexPatch.StepAside {
        TermShardsPatch patch = new TermShardsPatch(folder, digests, boundaries, id, changes);
        int next = 0;
        while (next < patch.terms.length) {
            int start = patch.start(next);
            patch.copyUpTo(start);
            next = patch.packAgain(start, next);
        }
        patch.copyUpTo(digests.length);
        return patch.patched();
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

    /** Takes the shards of the index before, as they were, up to shard {@code end}. */
    private void copyUpTo(int end) {
        for (; copied < end; copied++) {
            slots.add(new Slot(copied, null));
        }
    }

    /**
     * Packs the shards again from shard {@code start}, whose first term is unchanged and before
     * change {@code c}, with the changes from {@code c} on, until the packing meets the bake
     * before's again: it starts a shard with an unchanged term that started a shard before.
     * Returns the first change not packed; the next run starts from that shard or a later one.
     */
    private int packAgain(int start, int c) throws IOException, SearchIndexPatch.StepAside {
        TermShards packer = new TermShards();
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
                if (first && starts && shard > start) {
                    packed(packer.closed(), shard);
                    return c; // as before from here to the next run of changes
                }
                first = false;
            }
        }
        packed(packer.finish(), digests.length);
        return c;
    }

    /** The postings of {@code term} with the entry's posting changed; empty for none. */
    private String changed(String term, String postings, Levels change) throws SearchIndexPatch.StepAside {
        if (PostingCodec.level(postings, id) != change.before()) {
            throw new SearchIndexPatch.StepAside("the index does not hold the entry as given: " + term);
        }
        return PostingCodec.withLevel(postings, id, change.after());
    }

    /** Takes the shards of a run in place of the shards before up to shard {@code end}. */
    private void packed(List<TermShards.Shard> shards, int end) {
        shards.forEach(shard -> slots.add(new Slot(-1, shard)));
        copied = end;
    }

    /**
     * Every shard's boundary, digest and path, and the files to write and remove: a shard of the
     * same name and digest as one before is left as it is.
     */
    private Patched patched() throws IOException, SearchIndexPatch.StepAside {
        Map<String, Integer> before = new HashMap<>(boundaries.size() * 2);
        for (int n = 0; n < boundaries.size(); n++) {
            before.put(TermShards.path(boundaries.get(n)), n);
        }
        List<String> patchedBoundaries = new ArrayList<>(slots.size());
        byte[][] patchedDigests = new byte[slots.size()][];
        SortedMap<String, byte[]> written = new TreeMap<>();
        SortedSet<String> kept = new TreeSet<>();
        for (int p = 0; p < slots.size(); p++) {
            Slot slot = slots.get(p);
            boolean asBefore = p > 0 && slot.packed() == null && slots.get(p - 1).old() == slot.old() - 1;
            String boundary = p == 0 ? "" : asBefore ? boundaries.get(slot.old())
                    : SearchIndexBuilder.separator(last(slots.get(p - 1)), first(slot));
            patchedBoundaries.add(boundary);
            patchedDigests[p] = slot.packed() == null ? digests[slot.old()] : TermShards.digest(slot.packed().bytes());
            String path = TermShards.path(boundary);
            if (!kept.add(path)) {
                throw new SearchIndexPatch.StepAside("two term shards would be named " + path);
            }
            Integer old = before.get(path);
            if (old == null || !Arrays.equals(digests[old], patchedDigests[p])) {
                written.put(path, slot.packed() == null ? read(slot.old()).bytes() : slot.packed().bytes());
            }
        }
        SortedSet<String> removed = new TreeSet<>(before.keySet());
        removed.removeAll(kept);
        return new Patched(patchedBoundaries, patchedDigests, written, removed);
    }

    private String first(Slot slot) throws IOException, SearchIndexPatch.StepAside {
        return slot.packed() == null ? read(slot.old()).terms()[0] : slot.packed().first();
    }

    private String last(Slot slot) throws IOException, SearchIndexPatch.StepAside {
        return slot.packed() == null ? read(slot.old()).last() : slot.packed().last();
    }

    /** Term shard {@code number} as the folder holds it, read once; it must be the one the basis was made with. */
    private Read read(int number) throws IOException, SearchIndexPatch.StepAside {
        Read shard = read.get(number);
        if (shard != null) {
            return shard;
        }
        String path = TermShards.path(boundaries.get(number));
        byte[] bytes = SearchIndexPatch.read(folder, path);
        if (!Arrays.equals(TermShards.digest(bytes), digests[number])) {
            throw new SearchIndexPatch.StepAside(path + " is not the one the basis was made with");
        }
        // Its digest tells it is a shard a bake wrote: JSON, an object of strings.
        Map<?, ?> json = (Map<?, ?>) JsonReader.read(new String(bytes, StandardCharsets.UTF_8));
        if (json.isEmpty()) {
            throw new SearchIndexPatch.StepAside(path + " holds no term");
        }
        shard = new Read(json.keySet().toArray(String[]::new), json.values().toArray(String[]::new), bytes);
        read.put(number, shard);
        return shard;
    }
}
