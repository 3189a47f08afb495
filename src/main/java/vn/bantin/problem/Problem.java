package vn.bantin.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong in the input, told the way an author can act on it:
 * {@code content/tin-tuc/a.md:3: cannot read date "21-03-2024" (hint: write 2024-03-21)}.
 *
 * @param severity whether it stops the bake
 * @param path     the file, relative to the site folder
 * @param line     1-based line, or 0 when the problem is about the whole file
 * @param message  the cause
 * @param hint     what to do about it, or empty
 */
public record Problem(Severity severity, String path, int line, String message, String hint)
        implements Comparable<Problem> {

    /** Errors fail the bake; warnings are reported and the bake goes on. */
    public enum Severity { ERROR, WARNING }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    /** Longer texts are shortened in the middle: they come from echoing what an author wrote. */
    private static final int MAX_TEXT = 300;

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        message = shortened(message);
        hint = hint == null ? "" : shortened(hint);
    }

    /**
     * A message quoting a 100 KB value (a date pasted over a whole line, say) would bury the list of
     * problems: keep its beginning and its end, where the quote closes.
     */
    private static String shortened(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int head = 200;
        int tail = text.length() - 60;
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        return text.substring(0, head) + "…" + text.substring(tail);
    }

    public static Problem error(String path, int line, String message, String hint) {
        return new Problem(Severity.ERROR, path, line, message, hint);
    }

    public static Problem warning(String path, int line, String message, String hint) {
        return new Problem(Severity.WARNING, path, line, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        out.append(message);
        if (!hint.isEmpty()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }
}
