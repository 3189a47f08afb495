package vn.bantin.finish.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The terms of one entry, before ranking: for each distinct term, how often the text has it and
 * whether the title and the keywords have it; and the text's length in syllables, which ranking
 * weighs against the average. Computed for many entries in parallel, then merged in id order.
 *
 * @param terms  distinct terms, grouped by {@link #part}
 * @param marks  for each term: its count in the text shifted left by 2, bit 1 set when the title
 *               has it, bit 0 when a keyword has it
 * @param starts where each part's terms start in {@code terms}, and the end: the thread filling a
 *               part of the index reads only its own
 * @param length syllables in the text
 */
record EntryTerms(String[] terms, int[] marks, int[] starts, int length) {
    /** Parts of the index, filled in parallel. */
    static final int PARTS = 8;
    static final int IN_TITLE = 2;
    static final int IN_KEYWORDS = 1;

    static EntryTerms of(SearchEntry entry) {
        Map<String, int[]> marks = new HashMap<>(1024);
        int length = add(entry.text(), 4, marks);
        add(entry.title(), IN_TITLE, marks);
        for (String keyword : entry.keywords()) {
            add(keyword, IN_KEYWORDS, marks);
        }
        int[] starts = new int[PARTS + 1];
        for (String term : marks.keySet()) {
            starts[part(term) + 1]++;
        }
        for (int part = 0; part < PARTS; part++) {
            starts[part + 1] += starts[part];
        }
        int[] next = java.util.Arrays.copyOf(starts, PARTS);
        String[] terms = new String[marks.size()];
        int[] values = new int[marks.size()];
        for (Map.Entry<String, int[]> term : marks.entrySet()) {
            int at = next[part(term.getKey())]++;
            terms[at] = term.getKey();
            values[at] = term.getValue()[0];
        }
        return new EntryTerms(terms, values, starts, length);
    }

    /**
     * The part of the index a term belongs to: the top bits of a mixed hash, since each part's
     * hash map indexes by the low bits (parts by low bits would crowd each map's buckets).
     */
    static int part(String term) {
        return (term.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(PARTS));
    }

    /**
     * Adds the terms of {@code text}: the text counts each occurrence ({@code mark} 4, one count),
     * the title and keywords only set their bit. Returns the number of syllables.
     */
    private static int add(String text, int mark, Map<String, int[]> marks) {
        if (text.isEmpty()) {
            return 0;
        }
        int[] syllables = {0};
        SearchText.scan(SearchText.fold(text), new SearchText.TermSink() {
            private String previous;

            @Override
            public void syllable(String syllable, boolean joined) {
                syllables[0]++;
                put(syllable);
                if (joined && previous != null) {
                    put(previous + " " + syllable);
                }
                previous = syllable;
            }

            @Override
            public void compound(String compound) {
                put(compound);
            }

            private void put(String term) {
                int[] value = marks.computeIfAbsent(term, t -> new int[1]);
                value[0] = mark == 4 ? value[0] + 4 : value[0] | mark;
            }
        });
        return syllables[0];
    }
}
