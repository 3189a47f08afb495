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

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
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
