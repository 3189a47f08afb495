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
