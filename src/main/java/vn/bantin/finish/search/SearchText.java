package vn.bantin.finish.search;

import vn.bantin.text.VietnameseText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How text becomes search terms, for the index and for a reader's query alike. The browser's
 * {@code assets/js/search-index.js} repeats these rules line for line; a change here is a change
 * there (and a new {@link SearchIndexBuilder#FORMAT}).
 *
 * <p>Text is folded ({@link VietnameseText#fold}: lower case, no diacritics, đ to d, whatever the
 * Unicode normalisation it arrived in), then cut into <em>syllables</em>: runs of letters and
 * decimal digits. Vietnamese words are one to three syllables, so the index also holds each
 * <em>pair</em> of adjacent syllables ({@code "cai cach"}), which is how a phrase is recognised
 * without storing positions. Punctuation or a line feed between two syllables breaks the chain (no
 * pair across a full stop or from one paragraph to the next); spaces do not. Syllables joined by
 * {@code .}, {@code /} or {@code -} with no space also form one <em>compound</em> term, as typed:
 * a document number {@code 54/kh-ubnd}, a procedure code {@code 1.001193}, a period
 * {@code 2021-2025}.
 */
public final class SearchText {
    /** Longer runs are not words a reader types (hashes, encoded data): they are skipped. */
    static final int MAX_SYLLABLE = 32;
    static final int MAX_COMPOUND = 64;
    /** A query's first words only: each one costs the reader a download. */
    static final int MAX_QUERY_WORDS = 10;

    private SearchText() {
    }

    /** What the scanner finds, in reading order. */
    interface TermSink {
        /** A syllable; {@code joined} when it follows the previous one with only spaces or a connector between. */
        void syllable(String syllable, boolean joined);

        /** A compound such as {@code 54/kh-ubnd}, after its syllables. */
        void compound(String compound);
    }

    /**
     * What the scanner finds, as the place in the folded text where it is: for a sink that meets
     * the same syllables many times and wants no string for each time.
     */
    interface RangeSink {
        /** The syllable {@code folded.substring(start, end)}; {@code joined} as in {@link TermSink}. */
        void syllable(int start, int end, boolean joined);

        /** The compound {@code folded.substring(start, end)}, after its syllables. */
        void compound(int start, int end);
    }

    /**
     * A reader's query, as the index knows it: its distinct syllables ({@code words}), pairs of
     * adjacent syllables and compounds, each in the order typed.
     */
    public record Query(List<String> words, List<String> pairs, List<String> compounds) {
        public boolean isEmpty() {
            return words.isEmpty();
        }
    }

    /**
     * Each character's fold, for the characters of Vietnamese text (Latin, combining marks,
     * punctuation): the character it folds to, {@link #DROPPED} for a mark, or {@link #EXACT} when
     * only {@link #exactFold} can tell (outside the table, a surrogate, Σ whose lower case depends
     * on its place in a word). Folding character by character is what the exact fold does to these
     * characters, without normalising the whole text twice: a large bake folds 50 MB of text.
     */
    private static final int[] TABLE = new int[0x2070];
    private static final int DROPPED = -1;
    private static final int EXACT = -2;

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String folded = Character.isSurrogate(c) || c == '\u03a3' ? null : exactFold(String.valueOf(c));
            TABLE[c] = folded == null || folded.length() > 1 ? EXACT : folded.isEmpty() ? DROPPED : folded.charAt(0);
        }
    }

    /**
     * Folded for search: {@link VietnameseText#fold}, and the dashes word processors type
     * (‐ ‒ – — ―, −) made a plain {@code -}, so that "2021–2025" is found as "2021-2025".
     */
    public static String fold(String text) {
        return new Folded(text).toString();
    }

    /**
     * Text folded for search ({@link #fold}) as an array of characters, the first {@code length} of
     * them: the form the scanner reads fastest, and that need not be copied into a string.
     */
    static final class Folded {
        final char[] chars;
        final int length;

        /** @param text a string, or a string builder, whose characters are copied once */
        Folded(CharSequence text) {
            char[] chars = new char[text.length()]; // folded in place: a fold is never longer than its character
            if (text instanceof StringBuilder builder) {
                builder.getChars(0, chars.length, chars, 0);
            } else {
                text.toString().getChars(0, chars.length, chars, 0);
            }
            int length = 0;
            for (char c : chars) {
                int folded = c < TABLE.length ? TABLE[c] : EXACT;
                if (folded == EXACT) {
                    chars = exactFold(text.toString()).toCharArray();
                    length = chars.length;
                    break;
                }
                if (folded != DROPPED) {
                    chars[length++] = (char) folded;
                }
            }
            this.chars = chars;
            this.length = length;
        }

        /** The characters from {@code start} to {@code end}. */
        String substring(int start, int end) {
            return new String(chars, start, end - start);
        }

        @Override
        public String toString() {
            return substring(0, length);
        }
    }

    /** The definition of {@link #fold}, whatever the text. */
    static String exactFold(String text) {
        String folded = VietnameseText.fold(text);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                if (out == null) {
                    out = new StringBuilder(folded);
                }
                out.setCharAt(i, '-');
            }
        }
        return out == null ? folded : out.toString();
    }

    /** Every term of {@code text} in reading order, repeats included: syllables, pairs, compounds. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        scan(new Folded(text), new TermSink() {
            private String previous;

            @Override
            public void syllable(String syllable, boolean joined) {
                terms.add(syllable);
                if (joined && previous != null) {
                    terms.add(previous + " " + syllable);
                }
                previous = syllable;
            }

            @Override
            public void compound(String compound) {
                terms.add(compound);
            }
        });
        return terms;
    }

    /** A reader's query: at most {@link #MAX_QUERY_WORDS} syllables, duplicates dropped. */
    public static Query query(String typed) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> compounds = new LinkedHashSet<>();
        scan(new Folded(typed), new TermSink() {
            private String previous;
            private int count;

            @Override
            public void syllable(String syllable, boolean joined) {
                if (++count > MAX_QUERY_WORDS) {
                    return;
                }
                words.add(syllable);
                if (joined && previous != null && !previous.equals(syllable)) {
                    pairs.add(previous + " " + syllable);
                }
                previous = syllable;
            }

            @Override
            public void compound(String compound) {
                if (count <= MAX_QUERY_WORDS) {
                    compounds.add(compound);
                }
            }
        });
        return new Query(List.copyOf(words), List.copyOf(pairs), List.copyOf(compounds));
    }

    /** Scans folded text; the tokenising rules of the class comment. */
    static void scan(Folded folded, TermSink sink) {
        scan(folded, new RangeSink() {
            @Override
            public void syllable(int start, int end, boolean joined) {
                sink.syllable(folded.substring(start, end), joined);
            }

            @Override
            public void compound(int start, int end) {
                sink.compound(folded.substring(start, end));
            }
        });
    }

    /** {@link #scan(Folded, TermSink)}, telling where each term is instead of making a string of it. */
    static void scan(Folded folded, RangeSink sink) {
        char[] text = folded.chars;
        int length = folded.length;
        boolean joined = false;
        int i = 0;
        while (i < length) {
            int c = Character.codePointAt(text, i, length);
            if (!isWordChar(c)) {
                if (!isSpace(c)) {
                    joined = false;
                }
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int end = runEnd(text, i, length);
            int parts = 1;
            boolean usable = emit(start, end, joined, sink);
            boolean chainJoined = usable;
            while (end + 1 < length && isConnector(text[end]) && isWordChar(Character.codePointAt(text, end + 1, length))) {
                int next = runEnd(text, end + 1, length);
                chainJoined = emit(end + 1, next, chainJoined, sink);
                usable &= chainJoined;
                parts++;
                end = next;
            }
            if (parts > 1 && usable && end - start <= MAX_COMPOUND) {
                sink.compound(start, end);
            }
            joined = chainJoined;
            i = end;
        }
    }

    /** Emits one syllable; returns whether the next one may join it (false when it was too long to keep). */
    private static boolean emit(int start, int end, boolean joined, RangeSink sink) {
        if (end - start > MAX_SYLLABLE) {
            return false;
        }
        sink.syllable(start, end, joined);
        return true;
    }

    private static int runEnd(char[] text, int from, int length) {
        int i = from;
        while (i < length) {
            char c = text[i];
            if (c < 0x80) { // folded text is nearly all ASCII: a test the compiler inlines
                if (!isAsciiWordChar(c)) {
                    break;
                }
                i++;
                continue;
            }
            int codePoint = Character.codePointAt(text, i, length);
            if (!isWordChar(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** Letters of any script and decimal digits: {@code [\p{L}\p{Nd}]} in the script. */
    static boolean isWordChar(int c) {
        if (c < 0x80) { // folded text is nearly all ASCII
            return isAsciiWordChar(c);
        }
        return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isAsciiWordChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Spaces, tabs and other control characters but the line feed: they join syllables into pairs.
     * A line feed ends a phrase like punctuation: the end of a paragraph or of a table cell (see
     * {@link HtmlText}), or of one field of an entry before the next.
     */
    static boolean isSpace(int c) {
        return (c <= ' ' && c != '\n') || Character.isSpaceChar(c);
    }

    private static boolean isConnector(char c) {
        return c == '.' || c == '/' || c == '-';
    }
}
