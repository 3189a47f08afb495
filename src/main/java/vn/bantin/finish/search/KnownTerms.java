package vn.bantin.finish.search;

import java.util.Arrays;

/**
 * The terms one analysing thread has met, entry after entry, each as one string with a number: a
 * term an entry has is taken from here rather than made again. Ten thousand articles have some
 * 34,000 distinct terms but four and a half million term-in-entry pairs; each string made once is
 * also hashed once. A word (a syllable, or a compound such as {@code 54/kh-ubnd}) is looked up by
 * its characters, a pair by the numbers of its two syllables. Forgets everything past
 * {@link #MOST} terms (between two entries), so that a long-running preview never holds more than
 * a site's vocabulary.
 */
final class KnownTerms {
    /** How many terms it keeps at most, unless told otherwise. */
    static final int MOST = 1 << 20;
    private static final int INITIAL_SLOTS = 1 << 12;

    /** Each known term by its number. */
    private String[] terms = new String[INITIAL_SLOTS / 2];
    private int count;
    /** Open addressing: a word's number plus one, 0 where the slot is free. */
    private int[] wordSlots = new int[INITIAL_SLOTS];
    private int words;
    /** Open addressing: a pair's number plus one, and its key (first syllable's number, second's). */
    private int[] pairSlots = new int[INITIAL_SLOTS];
    private long[] pairKeys = new long[INITIAL_SLOTS];
    private int pairs;
    private final int most;

    /** Keeping {@code most} terms at most. */
    KnownTerms(int most) {
        this.most = most;
    }

    /** The number of the word {@code chars[start, end)}. */
    int word(char[] chars, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i]; // String's hash: each string's own is worked out once, here
        }
        int mask = wordSlots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int known = wordSlots[slot] - 1;
            if (known < 0) {
                int term = add(new String(chars, start, end - start));
                wordSlots[slot] = term + 1;
                if (++words * 2 > wordSlots.length) {
                    wordSlots = grown(wordSlots, null);
                }
                return term;
            }
            String term = terms[known];
            if (term.hashCode() == hash && term.length() == end - start && sameChars(term, chars, start)) {
                return known;
            }
        }
    }

    /** The number of the pair {@code first second} of two known words. */
    int pair(int first, int second) {
        long key = (long) first << 32 | second;
        int mask = pairSlots.length - 1;
        for (int slot = spread(Long.hashCode(key)) & mask; ; slot = (slot + 1) & mask) {
            int known = pairSlots[slot] - 1;
            if (known < 0) {
                int term = add(new StringBuilder(terms[first].length() + 1 + terms[second].length())
                        .append(terms[first]).append(' ').append(terms[second]).toString());
                pairSlots[slot] = term + 1;
                pairKeys[slot] = key;
                if (++pairs * 2 > pairSlots.length) {
                    long[] keys = pairKeys;
                    pairSlots = grown(pairSlots, keys);
                }
                return term;
            }
            if (pairKeys[slot] == key) {
                return known;
            }
        }
    }

    String term(int number) {
        return terms[number];
    }

    /** Forgets every term if there are more than it keeps: numbers given before mean nothing after. */
    boolean forgetIfFull() {
        if (count <= most) {
            return false;
        }
        terms = new String[INITIAL_SLOTS / 2];
        count = 0;
        wordSlots = new int[INITIAL_SLOTS];
        words = 0;
        pairSlots = new int[INITIAL_SLOTS];
        pairKeys = new long[INITIAL_SLOTS];
        pairs = 0;
        return true;
    }

    private int add(String term) {
        if (count == terms.length) {
            terms = Arrays.copyOf(terms, count * 2);
        }
        terms[count] = term;
        return count++;
    }

    /**
     * The slots twice as many, each number placed again: a word's by its string's hash, a
     * pair's by its key ({@code keys}, made twice as many too, into {@link #pairKeys}).
     */
    private int[] grown(int[] slots, long[] keys) {
        int[] grown = new int[slots.length * 2];
        long[] grownKeys = keys == null ? null : new long[grown.length];
        int mask = grown.length - 1;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == 0) {
                continue;
            }
            int hash = keys == null ? terms[slots[i] - 1].hashCode() : Long.hashCode(keys[i]);
            int slot = spread(hash) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = slots[i];
            if (grownKeys != null) {
                grownKeys[slot] = keys[i];
            }
        }
        if (grownKeys != null) {
            pairKeys = grownKeys;
        }
        return grown;
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

    /** Mixes a hash so that its low bits, which pick the slot, depend on all of it. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
