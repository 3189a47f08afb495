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
                    growWords();
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
                    growPairs();
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

    /** Twice as many word slots, each word placed again by its string's hash. */
    private void growWords() {
        int[] grown = new int[wordSlots.length * 2];
        int mask = grown.length - 1;
        for (int number : wordSlots) {
            if (number != 0) {
                grown[freeSlot(grown, spread(terms[number - 1].hashCode()) & mask)] = number;
            }
        }
        wordSlots = grown;
    }

    /** Twice as many pair slots, each pair placed again by its key. */
    private void growPairs() {
        int[] grown = new int[pairSlots.length * 2];
        long[] grownKeys = new long[grown.length];
        int mask = grown.length - 1;
        for (int i = 0; i < pairSlots.length; i++) {
            if (pairSlots[i] != 0) {
                int slot = freeSlot(grown, spread(Long.hashCode(pairKeys[i])) & mask);
                grown[slot] = pairSlots[i];
                grownKeys[slot] = pairKeys[i];
            }
        }
        pairSlots = grown;
        pairKeys = grownKeys;
    }

    /** The first free slot of {@code slots} from {@code slot} on, wrapping round. */
    private static int freeSlot(int[] slots, int slot) {
        int mask = slots.length - 1;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
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
