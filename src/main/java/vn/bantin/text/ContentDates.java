package vn.bantin.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates authors write in front matter and formats them the Vietnamese way. */
public final class ContentDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DISPLAY_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    /** Accepted forms, for hints in error messages. */
    public static final String ACCEPTED = "2024-03-21, 2024-03-21 15:46 or 21/03/2024 15:46";

    private ContentDates() {
    }

    /**
     * A moment from front matter, and whether the author gave a time of day; made with
     * {@link #ContentDate(ZonedDateTime, boolean)}, which derives the other components from them.
     *
     * @param epochSecond the moment as seconds since 1970: lists of thousands of articles are sorted
     *                    and searched by it, far more cheaply than by comparing zoned date-times
     * @param display     {@code 21/03/2024 15:46}, or {@code 21/03/2024} when no time was given:
     *                    formatted once, as every list an article is in shows it
     * @param iso         ISO 8601 with offset, for {@code <time datetime>} and JSON; formatted once too
     */
    public record ContentDate(ZonedDateTime moment, boolean hasTime, long epochSecond, String display, String iso) {
        public ContentDate(ZonedDateTime moment, boolean hasTime) {
            this(moment, hasTime, moment.toEpochSecond(), moment.format(hasTime ? DISPLAY_DATE_TIME : DISPLAY_DATE),
                    moment.toOffsetDateTime().toString());
        }

        /** RFC 822 with numeric offset, for RSS. */
        public String rfc822() {
            return moment.format(RFC_822);
        }
    }

    /**
     * Parses {@code 2024-03-21}, {@code 2024-03-21 15:46[:ss]}, ISO with {@code T} and offset, or
     * {@code 21/03/2024 [15:46]}; local times are in {@code zone}. Empty when the text is no such date.
     */
    public static Optional<ContentDate> parse(String text, ZoneId zone) {
        Written written = Written.of(text);
        if (written == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(written.moment(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The error for {@code text}, which {@link #parse} refused: "cannot read the date '31/02/2024'
     * in 'effective': 02/2024 has 29 days, not 31".
     *
     * @param key the front matter key it was written under, named in the message; null to name none
     */
    public static String unreadable(String text, String key) {
        return "cannot read the date '" + text + "'" + (key == null ? "" : " in '" + key + "'")
                + impossibility(text).map(cause -> ": " + cause).orElse("");
    }

    /**
     * Why {@code text}, written in an accepted form, names no moment: "02/2024 has 29 days, not 31",
     * "there is no month 13: …". Empty when it is not in an accepted form at all, or is a date.
     * An author told only that the date cannot be read, with the accepted forms as a hint, would
     * look for a mistake in a form that is right.
     */
    static Optional<String> impossibility(String text) {
        Written written = Written.of(text);
        return written == null ? Optional.empty() : written.impossibility();
    }

    /**
     * A date as written in one of the accepted forms, its fields as text; each field but the date's
     * may be null. Its numbers are not checked: {@link #moment} fails on a day that does not exist,
     * {@link #impossibility} tells why.
     *
     * @param order how the form orders the date's fields, for messages
     */
    private record Written(String year, String month, String day, String hour, String minute, String second,
                           String offset, String order) {

        /** The fields of {@code text}, or null when it is in none of the accepted forms. */
        static Written of(String text) {
            if (text == null) {
                return null;
            }
            String value = text.strip();
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return new Written(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6),
                        iso.group(7), "year-month-day, e.g. 2024-03-21");
            }
            Matcher vn = VIETNAMESE.matcher(value);
            if (vn.matches()) {
                return new Written(vn.group(3), vn.group(2), vn.group(1), vn.group(4), vn.group(5), vn.group(6), null,
                        "day/month/year, e.g. 21/03/2024");
            }
            return null;
        }

        /** The moment written, local times in {@code zone}; a {@link DateTimeException} when there is none. */
        ContentDate moment(ZoneId zone) {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            boolean hasTime = hour != null;
            LocalTime time = hasTime
                    ? LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second))
                    : LocalTime.MIDNIGHT;
            LocalDateTime local = LocalDateTime.of(date, time);
            ZonedDateTime moment;
            if (offset != null) {
                String normalised = offset.equals("Z") ? "Z" : offset.length() == 5
                        ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
                moment = OffsetDateTime.of(local, ZoneOffset.of(normalised)).atZoneSameInstant(zone);
            } else {
                moment = local.atZone(zone);
            }
            return new ContentDate(moment, hasTime);
        }

        /** Why it names no moment; empty when it does. */
        Optional<String> impossibility() {
            int m = Integer.parseInt(month);
            if (m < 1 || m > 12) {
                return Optional.of("there is no month " + m + ": a date is written " + order);
            }
            int length = YearMonth.of(Integer.parseInt(year), m).lengthOfMonth();
            int d = Integer.parseInt(day);
            if (d < 1) {
                return Optional.of("there is no day 0");
            }
            if (d > length) {
                return Optional.of(String.format("%02d/%s has %d days, not %d", m, year, length, d));
            }
            if (hour != null && Integer.parseInt(hour) > 23) {
                return Optional.of("the hour must be 0 to 23, not " + Integer.parseInt(hour));
            }
            if (minute != null && Integer.parseInt(minute) > 59) {
                return Optional.of("the minutes must be 0 to 59, not " + Integer.parseInt(minute));
            }
            if (second != null && Integer.parseInt(second) > 59) {
                return Optional.of("the seconds must be 0 to 59, not " + Integer.parseInt(second));
            }
            if (offset != null) {
                try {
                    moment(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    return Optional.of("'" + offset + "' is no offset from UTC: write e.g. +07:00");
                }
            }
            return Optional.empty();
        }
    }
}
