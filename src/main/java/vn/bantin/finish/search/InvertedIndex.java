package vn.bantin.finish.search;

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
     * They may start as a previous index's arrays, unchanged ({@link #kept}), which are copied
     * before anything is added: those arrays are never written.
     */
    private static final class Postings {
        int[] ids;
        int[] marks;
        int size;
        private boolean unordered;
        private boolean shared;
        /** The term's place in the previous index, whose postings these are, unchanged while {@link #shared}. */
        private final int previous;

        Postings(int capacity) {
            this(new int[Math.max(2, capacity)], new int[Math.max(2, capacity)], 0, false, -1);
        }

        private Postings(int[] ids, int[] marks, int size, boolean shared, int previous) {
            this.ids = ids;
            this.marks = marks;
            this.size = size;
            this.shared = shared;
            this.previous = previous;
        }

        /** The first {@code size} postings of term {@code previous} of a previous index, as they were. */
        static Postings kept(int[] ids, int[] marks, int size, int previous) {
            return new Postings(ids, marks, size, true, previous);
        }

        /** Its term's place in the previous index, if its postings are that term's there, unchanged; else -1. */
        int unchangedFrom() {
            return shared ? previous : -1;
        }

        void add(int id, int mark) {
            if (size == ids.length || shared) {
                ids = Arrays.copyOf(ids, Math.max(size * 2, 2));
                marks = Arrays.copyOf(marks, ids.length);
                shared = false;
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
    private final List<Map<String, Postings>> parts = new ArrayList<>();
    private final int[] lengths;
    /**
     * The terms of the index built on, in order, and which of them this one has: most of its
     * terms, already sorted. The others are those each part made.
     */
    private String[] previousTerms = new String[0];
    private boolean[] keptTerms = new boolean[0];
    /** The index built on, whose encoded postings are taken for the terms it holds unchanged. */
    private AnalysedIndex before = AnalysedIndex.NONE;
    private final List<List<String>> madeTerms = new ArrayList<>();

    /** An index of {@code entries} entries, ids 0 to {@code entries - 1}, each added once. */
    InvertedIndex(int entries) {
        lengths = new int[entries];
        for (int part = 0; part < PARTS; part++) {
            parts.add(new HashMap<>());
            madeTerms.add(new ArrayList<>());
        }
    }

    /** Adds entries analysed now: {@code terms.get(i)} is the entry of id {@code ids[i]}, ids increasing. */
    void add(int[] ids, List<EntryTerms> terms) {
        for (int i = 0; i < ids.length; i++) {
            lengths[ids[i]] = terms.get(i).length();
        }
        IntStream.range(0, PARTS).parallel().forEach(part -> {
            Map<String, Postings> postings = parts.get(part);
            List<String> made = madeTerms.get(part);
            for (int i = 0; i < ids.length; i++) {
                EntryTerms entry = terms.get(i);
                for (int t = entry.starts()[part]; t < entry.starts()[part + 1]; t++) {
                    postings.computeIfAbsent(entry.terms()[t], term -> {
                        made.add(term);
                        return new Postings(2);
                    }).add(ids[i], entry.marks()[t]);
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
        previousTerms = before.terms;
        keptTerms = new boolean[before.terms.length];
        for (int old = 0; old < newIds.length; old++) {
            if (newIds[old] >= 0) {
                lengths[newIds[old]] = before.lengths[old];
            }
        }
        IntStream.range(0, PARTS).parallel().forEach(part -> {
            Map<String, Postings> postings = parts.get(part);
            for (int t = 0; t < before.terms.length; t++) {
                if (EntryTerms.part(before.terms[t]) != part) {
                    continue;
                }
                int[] ids = before.ids[t];
                int[] marks = before.marks[t];
                int count = before.counts[t];
                if (count > 0 && keepsItsIds(ids, count, newIds)) {
                    postings.put(before.terms[t], Postings.kept(ids, marks, count, t)); // no copy: most terms
                    keptTerms[t] = true;
                    continue;
                }
                Postings kept = null;
                for (int i = 0; i < count; i++) {
                    int id = newIds[ids[i]];
                    if (id >= 0) {
                        if (kept == null) {
                            kept = postings.computeIfAbsent(before.terms[t], k -> new Postings(count));
                        }
                        kept.add(id, marks[i]);
                    }
                }
                keptTerms[t] = kept != null;
            }
        });
    }

    /** Whether every entry of these postings is still here under the same id. */
    private static boolean keepsItsIds(int[] ids, int count, int[] newIds) {
        for (int i = 0; i < count; i++) {
            if (newIds[ids[i]] != ids[i]) {
                return false;
            }
        }
        return true;
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
     * Ranks every posting against the average length of the entries, rounded to a whole term: an
     * edit to one entry seldom moves it, and while it stays, every term whose postings the index
     * built on holds unchanged (the same entries, of the same lengths, with the same marks) keeps
     * its encoding from there, and only the others are ranked.
     *
     * @param urls    each entry's URL, by id
     * @param digests each entry's {@link EntryTerms#digest}, by id
     */
    Ranked ranked(String[] urls, String[] digests) {
        int average = (int) Math.max(1, Math.round(Arrays.stream(lengths).average().orElse(1)));
        boolean sameAverage = average == before.average;
        double[] norms = new double[lengths.length];
        // The level of each usual mark (a count below 8, with its two bits), by entry: reckoned once
        // each, not once for each of millions of postings.
        byte[] usual = new byte[lengths.length * USUAL_MARKS];
        for (int id = 0; id < norms.length; id++) {
            norms[id] = K1 * (1 - B + B * lengths[id] / (double) average);
            for (int mark = 0; mark < USUAL_MARKS; mark++) {
                usual[id * USUAL_MARKS + mark] = level(mark, norms[id]);
            }
        }
        String[] sorted = sortedTerms();
        List<Term> terms = new ArrayList<>(sorted.length);
        int[][] ids = new int[sorted.length][];
        int[][] marks = new int[sorted.length][];
        int[] counts = new int[sorted.length];
        String[] encoded = new String[sorted.length];
        byte[] levels = new byte[16];
        for (int t = 0; t < sorted.length; t++) {
            Postings list = parts.get(EntryTerms.part(sorted[t])).get(sorted[t]);
            int unchangedFrom = list.unchangedFrom();
            if (sameAverage && unchangedFrom >= 0) {
                encoded[t] = before.encoded[unchangedFrom];
            } else {
                list.order();
                if (levels.length < list.size) {
                    levels = new byte[list.size];
                }
                for (int i = 0; i < list.size; i++) {
                    int mark = list.marks[i];
                    int id = list.ids[i];
                    levels[i] = mark < USUAL_MARKS ? usual[id * USUAL_MARKS + mark] : level(mark, norms[id]);
                }
                encoded[t] = PostingCodec.encode(list.ids, levels, list.size);
            }
            terms.add(new Term(sorted[t], encoded[t]));
            ids[t] = list.ids;
            marks[t] = list.marks;
            counts[t] = list.size;
        }
        return new Ranked(terms, new AnalysedIndex(urls, digests, lengths, average, sorted, ids, marks, counts,
                encoded));
    }

    /**
     * Every term, sorted: those of the index built on first, in their order, then those made
     * here, so that the sort has one long run to merge the few new terms into.
     */
    private String[] sortedTerms() {
        List<String> sorted = new ArrayList<>(parts.stream().mapToInt(Map::size).sum());
        for (int t = 0; t < previousTerms.length; t++) {
            if (keptTerms[t]) {
                sorted.add(previousTerms[t]);
            }
        }
        madeTerms.forEach(sorted::addAll);
        String[] terms = sorted.toArray(String[]::new);
        Arrays.sort(terms);
        return terms;
    }

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
