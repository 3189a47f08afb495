package vn.bantin.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation, folding and collation of Vietnamese text. */
public final class VietnameseText {
    private static final Pattern WORDS = Pattern.compile("\\s+");

    /** Vietnamese locale: dates, numbers and collation. */
    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /** NFC form: the same word typed in NFD by some editors compares equal afterwards. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether the characters are in NFC without asking {@link Normalizer}: true when each is one that
     * normalisation neither changes nor composes with its neighbour (below U+0300, where the
     * combining marks begin; the precomposed Latin letters U+1E00–U+1EFF, Vietnamese's with two
     * marks among them; the dashes, quotes and ellipsis of U+2010–U+2027), which is most text
     * written in Vietnamese. False says nothing: ask {@link #nfc}.
     */
    public static boolean plainlyNfc(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF') && (c < '\u2010' || c > '\u2027')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case without diacritics, đ mapped to d: the form used to compare words as a reader
     * types them ("cai cach" for "cải cách").
     */
    public static String fold(String text) {
        String lower = nfc(text).toLowerCase(LOCALE).replace('đ', 'd');
        return Slugs.stripMarks(lower);
    }

    /** The identity of a tag: NFC, lower case; tags differing only in case or normalisation are one. */
    public static String tagKey(String tag) {
        return nfc(tag.strip()).toLowerCase(LOCALE);
    }

    /**
     * Vietnamese collation order: syllable by syllable as dictionaries sort ("An toàn" before "Ảnh"),
     * Đ after D, tones after the base letter. A new comparator each call: {@link Collator} is not
     * thread-safe.
     */
    public static Comparator<String> collation() {
        Collator collator = Collator.getInstance(LOCALE);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> {
            String[] left = WORDS.split(nfc(a).strip());
            String[] right = WORDS.split(nfc(b).strip());
            for (int i = 0; i < Math.min(left.length, right.length); i++) {
                int byWord = collator.compare(left[i], right[i]);
                if (byWord != 0) {
                    return byWord;
                }
            }
            int byLength = Integer.compare(left.length, right.length);
            return byLength != 0 ? byLength : a.compareTo(b);
        };
    }
}
