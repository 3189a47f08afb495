package vn.bantin.finish.search;

import vn.bantin.problem.ParallelWork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Term to entries, built from entries analysed now and from those a previous bake analysed
 * ({@link AnalysedIndex}), each posting ranked once at bake time into an impact level (1–16), so
 * that the browser only adds levels weighted by how rare each term is. The postings, and so the
 * index, are the same whichever way an entry came in.
 *
 * <p>The impact of a term in an entry is a BM25-style saturation of its count in the text
 * (repeating a word helps less and less; a long text needs more repeats than a short one), plus a
 * bonus when the title has the term and a larger one when a keyword (tag, document number,
 * procedure code) has it: a reader looking for "một cửa" wants the articles about it before those
 * that mention it.
 */
final class InvertedIndex {
    /** BM25's usual constants: saturation speed, and how much length counts. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double TITLE_BONUS = 1.5;
    private static final double KEYWORD_BONUS = 2.0;
    private static final double MAX_IMPACT = K1 + 1 + TITLE_BONUS + KEYWORD_BONUS;
    /** Marks below this (counts up to 7) are most postings' ({@link EntryTerms#marks}). */
    private static final int USUAL_MARKS = 8 * EntryTerms.COUNTED;

    /**
     * One term's postings while they are collected; ids come in increasing order but for a few.
     * They may start as a previous index's, unchanged ({@link #kept}), packed: their arrays are
     * made only when something is added, or when they must be ranked again.
     */
    private static final class Postings {
        int[] ids;
        int[] marks;
        int size;
        private boolean unordered;
        /** The previous index's postings these still are, as it packed them; null once changed, or for new ones. */
        private PackedPostings packed;
        /**
         * The term's place in the previous index, whose postings these are (unchanged while
         * {@link #packed}, else changed by the entries analysed again), or -1.
         */
        private final int previous;

        Postings(int capacity) {
            this(capacity, -1);
        }

        /** Empty, with room for {@code capacity}; of term {@code previous} of the previous index, or -1. */
        private Postings(int capacity, int previous) {
            this.ids = new int[Math.max(2, capacity)];
            this.marks = new int[Math.max(2, capacity)];
            this.previous = previous;
        }

        private Postings(PackedPostings packed, int previous) {
            this.packed = packed;
            this.size = packed.count();
            this.previous = previous;
        }

        /** The postings of term {@code previous} of a previous index, as they were. */
        static Postings kept(PackedPostings packed, int previous) {
            return new Postings(packed, previous);
        }

        /**
         * The postings of term {@code previous} of a previous index whose entries are still here,
         * each under its id in {@code newIds}; null if none is.
         */
        static Postings renumbered(PackedPostings packed, int previous, int[] newIds) {
            Postings kept = new Postings(packed.count() + 8, previous);
            packed.unpack(kept.ids, kept.marks);
            for (int i = 0; i < packed.count(); i++) {
                int id = newIds[kept.ids[i]];
                if (id >= 0) {
                    kept.unordered |= kept.size > 0 && kept.ids[kept.size - 1] > id;
                    kept.ids[kept.size] = id;
                    kept.marks[kept.size] = kept.marks[i];
                    kept.size++;
                }
            }
            return kept.size > 0 ? kept : null;
        }

        /** Its term's place in the previous index, if its postings are that term's there, unchanged; else -1. */
        int unchangedFrom() {
            return packed != null ? previous : -1;
        }

        /** Its term's place in the previous index, if its postings are that term's there, changed or not; else -1. */
        int from() {
            return previous;
        }

        /** Its postings packed: as the previous index packed them when they are still those. */
        PackedPostings packed() {
            return packed != null ? packed : PackedPostings.pack(ids, marks, size);
        }

        /** Makes its postings' arrays from the packed ones, with room for {@code more} besides, if not made yet. */
        void unpack(int more) {
            if (ids == null) {
                ids = new int[Math.max(2, size + more)];
                marks = new int[ids.length];
                packed.unpack(ids, marks);
            }
        }

        void add(int id, int mark) {
            unpack(Math.max(8, size / 8));
            packed = null; // changed
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, Math.max(size * 2, 2));
                marks = Arrays.copyOf(marks, ids.length);
            }
            unordered |= size > 0 && ids[size - 1] > id;
            ids[size] = id;
            marks[size] = mark;
            size++;
        }

        /**
         * Puts the ids in increasing order, each with its mark. Most lists that are out of order are
         * two ordered runs, the postings kept from the index built on and those of the entries
         * analysed now: those are merged, not sorted.
         */
        void order() {
            if (!unordered) {
                return;
            }
            unordered = false;
            int split = 1;
            while (ids[split - 1] < ids[split]) {
                split++;
            }
            int descent = split + 1;
            while (descent < size && ids[descent - 1] < ids[descent]) {
                descent++;
            }
            if (descent == size) {
                merge(split);
                return;
            }
            long[] pairs = new long[size];
            for (int i = 0; i < size; i++) {
                pairs[i] = (long) ids[i] << 32 | (marks[i] & 0xFFFFFFFFL);
            }
            Arrays.sort(pairs);
            for (int i = 0; i < size; i++) {
                ids[i] = (int) (pairs[i] >>> 32);
                marks[i] = (int) pairs[i];
            }
        }

        /** Merges the ordered runs before and from {@code split}. */
        private void merge(int split) {
            int[] mergedIds = new int[Math.max(2, size)];
            int[] mergedMarks = new int[Math.max(2, size)];
            int a = 0;
            int b = split;
            for (int i = 0; i < size; i++) {
                boolean fromFirst = b == size || (a < split && ids[a] < ids[b]);
                int from = fromFirst ? a++ : b++;
                mergedIds[i] = ids[from];
                mergedMarks[i] = marks[from];
            }
            ids = mergedIds;
            marks = mergedMarks;
        }
    }

    /**
     * Terms split by hash, each part filled by its own thread: a large site adds ten million
     * postings. Which part a term is in changes nothing in the output.
     */
    private static final int PARTS = EntryTerms.PARTS;
    /** How many sorted terms one thread ranks at a time ({@link #ranked}). */
    private static final int RUN = 1024;
    private final List<Map<String, Postings>> parts = new ArrayList<>();
    private final int[] lengths;
    /**
     * The index built on: its terms, in order (most of this one's, already sorted; the others are
     * those each part made), and the encoded postings of those it holds unchanged.
     */
    private AnalysedIndex before = AnalysedIndex.NONE;
    /** Which of the terms of the index built on this one has. */
    private boolean[] keptTerms = new boolean[0];
    /** Whether each entry of the index built on that is here has the id it had there. */
    private boolean sameIds;
    /** The entries analysed now, by id: their lengths and marks may differ from the index built on. */
    private final boolean[] analysedNow;
    private final List<List<String>> madeTerms = new ArrayList<>();

    /** An index of {@code entries} entries, ids 0 to {@code entries - 1}, each added once. */
    InvertedIndex(int entries) {
        lengths = new int[entries];
        analysedNow = new boolean[entries];
        for (int part = 0; part < PARTS; part++) {
            parts.add(new HashMap<>());
            madeTerms.add(new ArrayList<>());
        }
    }

    /** Adds entries analysed now: {@code terms.get(i)} is the entry of id {@code ids[i]}, ids increasing. */
    void add(int[] ids, List<EntryTerms> terms) {
        for (int i = 0; i < ids.length; i++) {
            lengths[ids[i]] = terms.get(i).length();
            analysedNow[ids[i]] = true;
        }
        ParallelWork.each(PARTS, part -> {
            Map<String, Postings> postings = parts.get(part);
            List<String> made = madeTerms.get(part);
            for (int i = 0; i < ids.length; i++) {
                EntryTerms entry = terms.get(i);
                for (int t = entry.starts()[part]; t < entry.starts()[part + 1]; t++) {
                    // Not computeIfAbsent: a lambda that captures is an object made at every call,
                    // through a method handle, which the quick compiler does not make cheap.
                    Postings list = postings.get(entry.terms()[t]);
                    if (list == null) {
                        list = new Postings(2);
                        postings.put(entry.terms()[t], list);
                        made.add(entry.terms()[t]);
                    }
                    list.add(ids[i], entry.marks()[t]);
                }
            }
        });
    }

    /**
     * Adds the entries {@code before} analysed that are still here: entry {@code old} of it under
     * the id {@code newIds[old]}, or not at all where that is -1.
     */
    void add(AnalysedIndex before, int[] newIds) {
        this.before = before;
        keptTerms = new boolean[before.terms.length];
        for (int old = 0; old < newIds.length; old++) {
            if (newIds[old] >= 0) {
                lengths[newIds[old]] = before.lengths[old];
            }
        }
        int[] moved = IntStream.range(0, newIds.length).filter(old -> newIds[old] != old).toArray();
        sameIds = IntStream.of(moved).allMatch(old -> newIds[old] < 0);
        ParallelWork.each(PARTS, part -> {
            Map<String, Postings> postings = parts.get(part);
            for (int t = 0; t < before.terms.length; t++) {
                if (EntryTerms.part(before.terms[t]) != part) {
                    continue;
                }
                PackedPostings packed = before.packed[t];
                int count = packed.count();
                // After an edit, the few entries analysed again are sought, and most terms are not unpacked.
                if (count > 0 && (moved.length <= count ? !packed.holdsAny(moved) : packed.keepsIds(newIds))) {
                    postings.put(before.terms[t], Postings.kept(packed, t));
                    keptTerms[t] = true;
                    continue;
                }
                Postings kept = Postings.renumbered(packed, t, newIds);
                if (kept != null) {
                    postings.put(before.terms[t], kept);
                }
                keptTerms[t] = kept != null;
            }
        });
    }

    /** A term and its encoded postings ({@link PostingCodec}). */
    record Term(String term, String postings) {
    }

    /**
     * The ranked index: every term, sorted by UTF-16 code units (the order of JavaScript's
     * {@code <}), with its postings ranked and encoded; and the index as analysed, for the next bake.
     */
    record Ranked(List<Term> terms, AnalysedIndex analysed) {
    }

    /**
     * Ranks every posting against the average length of the entries, rounded to a whole syllable: an
     * edit to one entry seldom moves it, and while it stays, every term whose postings the index
     * built on holds unchanged (the same entries, of the same lengths, with the same marks) keeps
     * its encoding from there, and only the others are ranked.
     *
     * @param urls    each entry's URL, by id
     * @param digests each entry's {@link EntryTerms#digest}, by id
     */
    Ranked ranked(String[] urls, String[] digests) {
        long total = 0;
        for (int length : lengths) {
            total += length;
        }
        int average = average(total, lengths.length);
        boolean sameAverage = average == before.average;
        double[] norms = new double[lengths.length];
        // The level of each usual mark (a count below 8, with its two bits), by entry: reckoned once
        // each, not once for each of millions of postings.
        byte[] usual = new byte[lengths.length * USUAL_MARKS];
        for (int id = 0; id < norms.length; id++) {
            norms[id] = norm(lengths[id], average);
            for (int mark = 0; mark < USUAL_MARKS; mark++) {
                usual[id * USUAL_MARKS + mark] = level(mark, norms[id]);
            }
        }
        String[] sorted = sortedTerms();
        String[] encoded = new String[sorted.length];
        PackedPostings[] packed = new PackedPostings[sorted.length];
        // Terms ranked a run at a time on every core: in a full bake, every term is encoded.
        ParallelWork.each((sorted.length + RUN - 1) / RUN, run -> {
            Scratch scratch = new Scratch();
            for (int t = run * RUN; t < Math.min(sorted.length, (run + 1) * RUN); t++) {
                Postings list = parts.get(EntryTerms.part(sorted[t])).get(sorted[t]);
                int unchangedFrom = list.unchangedFrom();
                if (sameAverage && unchangedFrom >= 0) {
                    encoded[t] = before.encoded[unchangedFrom];
                } else {
                    list.unpack(0);
                    list.order();
                    byte[] levels = scratch.levels(list.size);
                    encoded[t] = sameAverage && sameIds && list.from() >= 0
                            ? spliced(list, levels, norms, usual, scratch)
                            : encoded(list, levels, norms, usual);
                }
                packed[t] = list.packed();
            }
        });
        List<Term> terms = new ArrayList<>(sorted.length);
        for (int t = 0; t < sorted.length; t++) {
            terms.add(new Term(sorted[t], encoded[t]));
        }
        return new Ranked(terms, new AnalysedIndex(urls, digests, lengths, average, sorted, packed, encoded));
    }

    /** The arrays one run of terms is ranked in, grown as its terms need. */
    private static final class Scratch {
        private byte[] levels = new byte[16];
        /** A changed term's postings in the index built on, unpacked to be spliced ({@link #spliced}). */
        private int[] oldIds = new int[0];
        private int[] oldMarks = new int[0];

        byte[] levels(int size) {
            if (levels.length < size) {
                levels = new byte[size];
            }
            return levels;
        }

        void holdOld(int size) {
            if (oldIds.length < size) {
                oldIds = new int[size];
                oldMarks = new int[size];
            }
        }
    }

    /** Every posting of {@code list} ranked (into {@code levels}) and encoded. */
    private static String encoded(Postings list, byte[] levels, double[] norms, byte[] usual) {
        ranked(list, 0, list.size, levels, norms, usual);
        return PostingCodec.encode(list.ids, levels, list.size);
    }

    /** The postings from {@code from} to {@code to} ranked, into {@code levels}. */
    private static void ranked(Postings list, int from, int to, byte[] levels, double[] norms, byte[] usual) {
        for (int i = from; i < to; i++) {
            int mark = list.marks[i];
            int id = list.ids[i];
            levels[i] = mark < USUAL_MARKS ? usual[id * USUAL_MARKS + mark] : level(mark, norms[id]);
        }
    }

    /**
     * The postings of a term the index built on holds, changed by the entries analysed now, ranked
     * against the same average with every other entry under the same id: encoded from the previous
     * encoding, only the postings between the first and the last that differ ranked and encoded.
     */
    private String spliced(Postings list, byte[] levels, double[] norms, byte[] usual, Scratch scratch) {
        int previous = list.from();
        int oldSize = before.packed[previous].count();
        scratch.holdOld(oldSize);
        int[] oldIds = scratch.oldIds;
        int[] oldMarks = scratch.oldMarks;
        before.packed[previous].unpack(oldIds, oldMarks);
        int from = 0;
        while (from < oldSize && from < list.size && same(oldIds[from], oldMarks[from], list, from)) {
            from++;
        }
        int after = 0; // postings alike at the end of both
        while (after < oldSize - from && after < list.size - from
                && same(oldIds[oldSize - 1 - after], oldMarks[oldSize - 1 - after], list, list.size - 1 - after)) {
            after++;
        }
        // The first of those is written as its gap from the posting before it: the same id in both, or
        // it is encoded too.
        while (after > 0 && idBefore(oldIds, oldSize - after) != idBefore(list.ids, list.size - after)) {
            after--;
        }
        ranked(list, from, list.size - after, levels, norms, usual);
        return PostingCodec.splice(before.encoded[previous], oldSize - after, list.ids, levels, from, list.size - after);
    }

    /** Whether a posting of the index built on is posting {@code i} of {@code list}, ranked the same. */
    private boolean same(int oldId, int oldMark, Postings list, int i) {
        return oldId == list.ids[i] && oldMark == list.marks[i] && !analysedNow[oldId];
    }

    private static int idBefore(int[] ids, int index) {
        return index == 0 ? -1 : ids[index - 1];
    }

    /**
     * Every term, sorted: those of the index built on first, in their order, then those made
     * here, so that the sort has one long run to merge the few new terms into.
     */
    private String[] sortedTerms() {
        List<String> sorted = new ArrayList<>(parts.stream().mapToInt(Map::size).sum());
        for (int t = 0; t < before.terms.length; t++) {
            if (keptTerms[t]) {
                sorted.add(before.terms[t]);
            }
        }
        madeTerms.forEach(sorted::addAll);
        String[] terms = sorted.toArray(String[]::new);
        Arrays.sort(terms);
        return terms;
    }

    /** The average length postings are ranked against: {@code total} over {@code entries}, rounded, at least 1. */
    static int average(long total, int entries) {
        return (int) Math.max(1, Math.round(entries == 0 ? 1 : total / (double) entries));
    }

    /** How an entry of {@code length} weighs its counts, against the {@link #average}: BM25's length norm. */
    static double norm(int length, int average) {
        return K1 * (1 - B + B * length / (double) average);
    }

    /** The impact level (1–{@link PostingCodec#LEVELS}) of a term of {@code mark} in an entry of {@code norm}. */
    static byte level(int mark, double norm) {
        int count = mark >>> 2;
        double impact = count == 0 ? 0 : count * (K1 + 1) / (count + norm);
        if ((mark & EntryTerms.IN_TITLE) != 0) {
            impact += TITLE_BONUS;
        }
        if ((mark & EntryTerms.IN_KEYWORDS) != 0) {
            impact += KEYWORD_BONUS;
        }
        int level = (int) Math.ceil(impact / MAX_IMPACT * PostingCodec.LEVELS);
        return (byte) Math.max(1, Math.min(PostingCodec.LEVELS, level));
    }
}
