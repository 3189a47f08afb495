package vn.bantin.model.procedure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A legal document a procedure rests on (căn cứ pháp lý).
 *
 * @param number number and symbol, e.g. {@code 60/2014/QH13}
 * @param title  e.g. "Luật Hộ tịch"
 * @param date   its issue date, or null when not given
 * @param url    its page on this site when the site hosts it, or null
 */
public record LegalBasis(String number, String title, LocalDate date, String url) {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** {@code 20/11/2014}, or empty. */
    public String dateDisplay() {
        return date == null ? "" : date.format(DISPLAY);
    }

    /** {@code 2014-11-20}, or empty. */
    public String dateIso() {
        return date == null ? "" : date.toString();
    }
}
