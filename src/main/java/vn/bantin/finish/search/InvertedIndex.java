package vn.bantin.finish.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Term to entries, built from entries in id order, each posting ranked once at bake time into an
 * impact level (1–16), so that the browser only adds levels weighted by how rare each term is.
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

    /** One term's postings while they are collected. */
    private static final class Postings {
        int[] ids = new int[2];
        int[] marks = new int[2];
        int size;

        void add(int id, int mark) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                marks = Arrays.copyOf(marks, size * 2);
            }
            ids[size] = id;
            marks[size] = mark;
            size++;
        }
    }

    /**
     * Terms split by hash, each part filled by its own thread: a large site adds ten million
     * postings. Which part a term is in changes nothing in the output.
     */
    private static final int PARTS = EntryTerms.PARTS;
    private final List<Map<String, Postings>> parts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();

    InvertedIndex() {
        for (int part = 0; part < PARTS; part++) {
            parts.add(new HashMap<>());
        }
    }

    /** Adds the next entries; entries must come in id order, from 0. */
    void addAll(List<EntryTerms> entries) {
        int first = lengths.size();
        entries.forEach(terms -> lengths.add(terms.length()));
        IntStream.range(0, PARTS).parallel().forEach(part -> {
            Map<String, Postings> postings = parts.get(part);
            for (int i = 0; i < entries.size(); i++) {
                EntryTerms terms = entries.get(i);
                for (int t = terms.starts()[part]; t < terms.starts()[part + 1]; t++) {
                    postings.computeIfAbsent(terms.terms()[t], k -> new Postings()).add(first + i, terms.marks()[t]);
                }
            }
        });
    }

    /** A term and its encoded postings ({@link PostingCodec}). */
    record Term(String term, String postings) {
    }

    /** Every term, sorted by UTF-16 code units (the order of JavaScript's {@code <}), with its postings. */
    List<Term> terms() {
        double average = lengths.stream().mapToInt(Integer::intValue).average().orElse(1);
        double[] norms = new double[lengths.size()];
        for (int id = 0; id < norms.length; id++) {
            norms[id] = K1 * (1 - B + B * lengths.get(id) / Math.max(1, average));
        }
        Map<String, Postings> postings = new HashMap<>();
        parts.forEach(postings::putAll);
        String[] sorted = postings.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        List<Term> terms = new ArrayList<>(sorted.length);
        byte[] levels = new byte[16];
        for (String term : sorted) {
            Postings list = postings.get(term);
            if (levels.length < list.size) {
                levels = new byte[list.size];
            }
            for (int i = 0; i < list.size; i++) {
                levels[i] = level(list.marks[i], norms[list.ids[i]]);
            }
            terms.add(new Term(term, PostingCodec.encode(list.ids, levels, list.size)));
        }
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
