package vn.bantin.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese-aware URL slugs: diacritics dropped, đ/Đ mapped to d, words joined by hyphens. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * Turns any text into a slug: {@code "Đẩy mạnh tuyên truyền"} becomes {@code "day-manh-tuyen-truyen"}.
     * Returns an empty string when the text has no letter or digit that survives.
     */
    public static String slugify(String text) {
        String folded = VietnameseText.fold(text);
        String hyphenated = NOT_ALNUM.matcher(folded).replaceAll("-");
        int start = 0;
        int end = hyphenated.length();
        while (start < end && hyphenated.charAt(start) == '-') {
            start++;
        }
        while (end > start && hyphenated.charAt(end - 1) == '-') {
            end--;
        }
        return hyphenated.substring(start, end);
    }

    /** Whether the text is already a slug: lower-case ASCII letters and digits, single hyphens between. */
    public static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    static String stripMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
