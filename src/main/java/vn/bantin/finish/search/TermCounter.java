package vn.bantin.finish.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct terms of one entry and their marks ({@link EntryTerms}), counted without a string
 * for each time a term occurs: an article of 800 words meets each of its few hundred syllables
 * many times. A syllable is looked up by its place in the folded text and a pair by the numbers of
 * its two syllables; a string is made once per distinct term. A thread counts entry after entry
 * with one counter ({@link #clear}), its tables allocated once rather than for each entry.
 */
final class TermCounter {
    private static final int TERMS = 512;
    private static final int SYLLABLE_SLOTS = 1024;
    private static final int PAIR_SLOTS = 2048;
    /** Tables grown larger than this for a long entry are not kept for the next. */
    private static final int KEPT_SLOTS = 64 * 1024;

    private String[] terms = new String[TERMS];
    private int[] marks = new int[TERMS];
    /** For each term that is a syllable, its {@link String#hashCode}: a table grows without hashing again. */
    private int[] hashes = new int[TERMS];
    private int count;

    /** Open addressing: a syllable's term number plus one, 0 where the slot is free. */
    private int[] syllableSlots = new int[SYLLABLE_SLOTS];
    private int syllables;
    /** Open addressing: a pair's term number plus one, and its key (first syllable's number, second's). */
    private int[] pairSlots = new int[PAIR_SLOTS];
    private long[] pairKeys = new long[PAIR_SLOTS];
    private int pairs;
    /** Compounds are few: a number, a code. */
    private final Map<String, Integer> compounds = new HashMap<>();

    /** Forgets every term counted, for the next entry. */
    void clear() {
        Arrays.fill(terms, 0, count, null);
        Arrays.fill(marks, 0, count, 0);
        count = 0;
        if (syllableSlots.length > KEPT_SLOTS) {
            syllableSlots = new int[SYLLABLE_SLOTS];
        } else {
            Arrays.fill(syllableSlots, 0);
        }
        syllables = 0;
        if (pairSlots.length > KEPT_SLOTS) {
            pairSlots = new int[PAIR_SLOTS];
            pairKeys = new long[PAIR_SLOTS];
        } else {
            Arrays.fill(pairSlots, 0);
        }
        pairs = 0;
        compounds.clear();
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
                int syllable = syllableTerm(folded, start, end);
                mark(syllable, mark);
                if (joined && previous >= 0) {
                    mark(pairTerm(previous, syllable), mark);
                }
                previous = syllable;
            }

            @Override
            public void compound(int start, int end) {
                mark(compounds.computeIfAbsent(folded.substring(start, end), TermCounter.this::term), mark);
            }
        });
        return syllableCount[0];
    }

    /** The terms counted so far, grouped by the part of the index each belongs to. */
    EntryTerms entryTerms(int length) {
        int[] starts = new int[EntryTerms.PARTS + 1];
        int[] parts = new int[count];
        for (int term = 0; term < count; term++) {
            parts[term] = EntryTerms.part(terms[term]);
            starts[parts[term] + 1]++;
        }
        for (int part = 0; part < EntryTerms.PARTS; part++) {
            starts[part + 1] += starts[part];
        }
        int[] next = Arrays.copyOf(starts, EntryTerms.PARTS);
        String[] grouped = new String[count];
        int[] groupedMarks = new int[count];
        for (int term = 0; term < count; term++) {
            int at = next[parts[term]]++;
            grouped[at] = terms[term];
            groupedMarks[at] = marks[term];
        }
        return new EntryTerms(grouped, groupedMarks, starts, length);
    }

    private void mark(int term, int mark) {
        marks[term] = mark == EntryTerms.COUNTED ? marks[term] + EntryTerms.COUNTED : marks[term] | mark;
    }

    /** The number of the syllable {@code folded.substring(start, end)}, a new one the first time. */
    private int syllableTerm(SearchText.Folded folded, int start, int end) {
        char[] chars = folded.chars;
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int length = end - start;
        int mask = syllableSlots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int term = syllableSlots[slot] - 1;
            if (term < 0) {
                term = term(folded.substring(start, end));
                hashes[term] = hash;
                syllableSlots[slot] = term + 1;
                if (++syllables * 2 > syllableSlots.length) {
                    growSyllables();
                }
                return term;
            }
            String known = terms[term];
            if (hashes[term] == hash && known.length() == length && sameChars(known, chars, start)) {
                return term;
            }
        }
    }

    /** Whether {@code known} has the characters of {@code chars} from {@code start}, as many as it has. */
    private static boolean sameChars(String known, char[] chars, int start) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** The number of the pair of syllables {@code first second}, a new one the first time. */
    private int pairTerm(int first, int second) {
        long key = (long) first << 32 | second;
        int mask = pairSlots.length - 1;
        for (int slot = spread(Long.hashCode(key)) & mask; ; slot = (slot + 1) & mask) {
            int term = pairSlots[slot] - 1;
            if (term < 0) {
                term = term(terms[first] + " " + terms[second]);
                pairSlots[slot] = term + 1;
                pairKeys[slot] = key;
                if (++pairs * 2 > pairSlots.length) {
                    growPairs();
                }
                return term;
            }
            if (pairKeys[slot] == key) {
                return term;
            }
        }
    }

    private int term(String text) {
        if (count == terms.length) {
            terms = Arrays.copyOf(terms, count * 2);
            marks = Arrays.copyOf(marks, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        terms[count] = text;
        return count++;
    }

    private void growSyllables() {
        int[] old = syllableSlots;
        syllableSlots = new int[old.length * 2];
        int mask = syllableSlots.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int slot = spread(hashes[entry - 1]) & mask;
                while (syllableSlots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                syllableSlots[slot] = entry;
            }
        }
    }

    private void growPairs() {
        int[] oldSlots = pairSlots;
        long[] oldKeys = pairKeys;
        pairSlots = new int[oldSlots.length * 2];
        pairKeys = new long[oldSlots.length * 2];
        int mask = pairSlots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = spread(Long.hashCode(oldKeys[i])) & mask;
                while (pairSlots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                pairSlots[slot] = oldSlots[i];
                pairKeys[slot] = oldKeys[i];
            }
        }
    }

    /** Mixes a hash so that its low bits, which pick the slot, depend on all of it. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
