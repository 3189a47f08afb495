package vn.bantin.model.document;

import vn.bantin.text.ContentDates;
import vn.bantin.text.DocumentNumbers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number written in front matter to name another document. Since numbers restart every year, it
 * may carry the issue date or year to tell apart documents sharing a number:
 * {@code 54/KH-UBND}, {@code 54/KH-UBND ngày 24/02/2025}, {@code 54/KH-UBND năm 2025}.
 *
 * @param written as the author wrote it
 * @param number  the number, normalised
 * @param date    the issue date written after it, or null
 * @param year    the issue year written after it (or the date's), or 0
 */
record Reference(String written, String number, LocalDate date, int year) {
    private static final Pattern FORM = Pattern.compile("(.+?)(?:\\s+(?:ngày\\s+(\\S+)|năm\\s+(\\d{4})))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How a reference may be written, for hints. */
    static final String FORMS = "76/NQ-CP, or 54/KH-UBND ngày 24/02/2025 when several documents share the number";

    String key() {
        return DocumentNumbers.key(number);
    }

    /** Empty when {@code written} is no number, or its date cannot be read. */
    static Optional<Reference> parse(String written, ZoneId zone) {
        Matcher matcher = FORM.matcher(written.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<String> number = DocumentNumbers.normalize(matcher.group(1));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = null;
        int year = 0;
        if (matcher.group(2) != null) {
            Optional<ContentDates.ContentDate> parsed = ContentDates.parse(matcher.group(2), zone);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            date = parsed.get().moment().toLocalDate();
            year = date.getYear();
        } else if (matcher.group(3) != null) {
            year = Integer.parseInt(matcher.group(3));
        }
        return Optional.of(new Reference(written.strip(), number.get(), date, year));
    }

    /** Whether a document issued on {@code issued} may be the one meant. */
    boolean matches(LocalDate issued) {
        return (date == null || date.equals(issued)) && (year == 0 || year == issued.getYear());
    }
}
