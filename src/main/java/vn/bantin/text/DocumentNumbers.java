package vn.bantin.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and symbol of a Vietnamese official document ("số, ký hiệu"), as written on it:
 * {@code 54/KH-UBND} (number / kind-issuer), {@code 45/2020/NĐ-CP} (with the year, for legal
 * documents), {@code 23/CT-TTg}, {@code 01-CTr/TU} (Party documents: number-kind / issuer).
 *
 * <p>Numbers restart every year, so a number alone does not name one document: the model pairs it
 * with the issuer and the year. Two spellings of one number compare equal through {@link #key}.
 */
public final class DocumentNumbers {
    /** One part of a symbol: a capital letter, then letters and digits ({@code KH}, {@code TTg}, {@code LĐLĐ}). */
    private static final String PART = "\\p{Lu}[\\p{L}\\p{N}]*";
    /** A hyphen, or one of the look-alikes word processors type in its place. */
    private static final String DASH = "[-\\u2010-\\u2015\\u2212]";
    private static final Pattern NUMBER = Pattern.compile(number("-"));
    private static final Pattern WITH_YEAR = Pattern.compile("\\d{1,5}/(\\d{4})/.*");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([/-])\\s*");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "\\s*,?\\s*ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A mention of a number inside running text. It is not glued to a longer number or word
     * ({@code 154/KH-UBND} holds no mention of {@code 54/KH-UBND}), and a symbol runs as far as it
     * goes ({@code 54/KH-UBND-VP} is another number). Dashes may be typographic.
     */
    public static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}/\\-\\u2010-\\u2015\\u2212])"
            + number(DASH) + "(?![\\p{L}\\p{N}])(?!" + DASH + "[\\p{L}\\p{N}])(?!/[\\p{L}\\p{N}])");

    /** State documents: number[/year]/symbol. Party documents: number-kind/issuer. */
    private static String number(String dash) {
        String symbol = PART + "(?:" + dash + PART + ")*";
        return "(?:\\d{1,5}(?:/\\d{4})?/" + symbol + "|\\d{1,5}" + dash + PART + "/" + symbol + ")";
    }

    private DocumentNumbers() {
    }

    /**
     * The number as it should be shown: NFC, typographic dashes made plain, spaces around
     * {@code /} and {@code -} removed. Empty when the text is no document number.
     */
    public static Optional<String> normalize(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = VietnameseText.nfc(written.strip());
        text = DASHES.matcher(text).replaceAll("-");
        text = SPACED_SEPARATOR.matcher(text).replaceAll("$1");
        return NUMBER.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** Whether the text is a document number once normalised. */
    public static boolean isNumber(String written) {
        return normalize(written).isPresent();
    }

    /**
     * The identity of a number, for comparing: leading zeros dropped ({@code 07/KH-UBND} is
     * {@code 7/KH-UBND}) and letters in capitals ({@code TTg} and {@code TTG} are one).
     *
     * @param number a normalised number, see {@link #normalize}
     */
    public static String key(String number) {
        String plain = DASHES.matcher(VietnameseText.nfc(number)).replaceAll("-");
        return LEADING_ZEROS.matcher(plain).replaceFirst("").toUpperCase(VietnameseText.LOCALE);
    }

    /**
     * The issue date written right after a mention that ends at {@code from} ("54/KH-UBND ngày
     * 24/02/2025"), or null: it tells apart documents that share a number.
     */
    public static LocalDate dateAfter(String text, int from) {
        Matcher matcher = DATE_AFTER.matcher(text).region(from, Math.min(text.length(), from + 40));
        if (!matcher.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year written inside a number such as {@code 45/2020/NĐ-CP}, or 0 when it has none. */
    public static int yearIn(String number) {
        Matcher matcher = WITH_YEAR.matcher(number);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /**
     * The address of a document: its number as a slug, with the issue year unless the number holds
     * one already. {@code 54/KH-UBND} issued in 2025 is {@code 54-kh-ubnd-2025}; {@code 45/2020/NĐ-CP}
     * is {@code 45-2020-nd-cp}. Years keep addresses apart when a number comes back the next year.
     */
    public static String slug(String number, int issueYear) {
        String base = Slugs.slugify(number);
        return yearIn(number) != 0 ? base : base + "-" + issueYear;
    }
}
