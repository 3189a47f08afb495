package vn.bantin.finish.search;

import java.util.Arrays;

/**
 * The distinct terms of one entry and their marks ({@link EntryTerms}), counted without a string
 * for each time a term occurs: an article of 800 words meets each of its few hundred syllables
 * many times. Each term is looked up among those the thread has met ({@link KnownTerms}), which
 * makes its string the first time ever, and is counted by its number there. A thread counts
 * entry after entry with one counter ({@link #clear}), its tables allocated once rather than for
 * each entry.
 */
final class TermCounter {
    private static final int TERMS = 512;

    private final KnownTerms known;
    /** The entry's terms, by their numbers among the known ones, in the order met, with their marks. */
    private int[] numbers = new int[TERMS];
    private int[] marks = new int[TERMS];
    private int count;
    /**
     * For each known term, its place in {@link #numbers} plus one, if {@link #entryOf} says it was
     * met in this entry: nothing to clear from one entry to the next.
     */
    private int[] places = new int[TERMS];
    private int[] entryOf = new int[TERMS];
    /** This entry's number, from 1. */
    private int entry = 1;

    TermCounter() {
        this(KnownTerms.MOST);
    }

    /** A counter that keeps {@code mostKnownTerms} known terms at most between two entries. */
    TermCounter(int mostKnownTerms) {
        known = new KnownTerms(mostKnownTerms);
    }

    /** Forgets every term counted, for the next entry. */
    void clear() {
        count = 0;
        entry++;
        if (known.forgetIfFull() || entry == Integer.MAX_VALUE) {
            Arrays.fill(entryOf, 0);
            entry = 1;
        }
    }

    /**
     * Adds the terms of {@code text} with {@code mark}: {@link EntryTerms#COUNTED} counts each
     * occurrence, the other marks only set their bit. Returns the number of syllables.
     */
    int add(CharSequence text, int mark) {
        if (text.isEmpty()) {
            return 0;
        }
        SearchText.Folded folded = new SearchText.Folded(text);
        int[] syllableCount = {0};
        SearchText.scan(folded, new SearchText.RangeSink() {
            private int previous = -1;

            @Override
            public void syllable(int start, int end, boolean joined) {
                syllableCount[0]++;
                int syllable = known.word(folded.chars, start, end);
                mark(syllable, mark);
                if (joined && previous >= 0) {
                    mark(known.pair(previous, syllable), mark);
                }
                previous = syllable;
            }

            @Override
            public void compound(int start, int end) {
                mark(known.word(folded.chars, start, end), mark);
            }
        });
        return syllableCount[0];
    }

    /** The terms counted so far, grouped by the part of the index each belongs to. */
    EntryTerms entryTerms(int length) {
        int[] starts = new int[EntryTerms.PARTS + 1];
        int[] parts = new int[count];
        String[] terms = new String[count];
        for (int i = 0; i < count; i++) {
            terms[i] = known.term(numbers[i]);
            parts[i] = EntryTerms.part(terms[i]);
            starts[parts[i] + 1]++;
        }
        for (int part = 0; part < EntryTerms.PARTS; part++) {
            starts[part + 1] += starts[part];
        }
        int[] next = Arrays.copyOf(starts, EntryTerms.PARTS);
        String[] grouped = new String[count];
        int[] groupedMarks = new int[count];
        for (int i = 0; i < count; i++) {
            int at = next[parts[i]]++;
            grouped[at] = terms[i];
            groupedMarks[at] = marks[i];
        }
        return new EntryTerms(grouped, groupedMarks, starts, length);
    }

    /** Marks the known term {@code number} in this entry, counting it in the entry the first time. */
    private void mark(int number, int mark) {
        if (number >= places.length) {
            int size = Math.max(number + 1, places.length * 2);
            places = Arrays.copyOf(places, size);
            entryOf = Arrays.copyOf(entryOf, size);
        }
        int place;
        if (entryOf[number] == entry) {
            place = places[number] - 1;
        } else {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
                marks = Arrays.copyOf(marks, count * 2);
            }
            place = count++;
            numbers[place] = number;
            marks[place] = 0;
            places[number] = place + 1;
            entryOf[number] = entry;
        }
        marks[place] = mark == EntryTerms.COUNTED ? marks[place] + EntryTerms.COUNTED : marks[place] | mark;
    }
}
