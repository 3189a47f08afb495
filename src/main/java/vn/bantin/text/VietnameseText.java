package vn.bantin.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Normalisation, folding and collation of Vietnamese text. */
public final class VietnameseText {
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
     * Vietnamese collation order (Đ after D, tones after the base letter). A new comparator each
     * call: {@link Collator} is not thread-safe.
     */
    public static Comparator<String> collation() {
        Collator collator = Collator.getInstance(LOCALE);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> {
            int byCollation = collator.compare(nfc(a), nfc(b));
            return byCollation != 0 ? byCollation : a.compareTo(b);
        };
    }
}
