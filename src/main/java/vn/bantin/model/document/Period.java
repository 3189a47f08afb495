package vn.bantin.model.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a plan covers ("giai đoạn"): one year, or a range such as 2021–2025.
 *
 * @param from the first year
 * @param to   the last year, equal to {@code from} for a single year
 */
public record Period(int from, int to) {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:\\s*[-\\u2010-\\u2015]\\s*(\\d{4}))?");

    /** {@code 2025} or {@code 2021–2025}, with an en dash. */
    public String display() {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    /** Reads {@code 2025}, {@code 2021-2025} or {@code 2021 – 2025}; empty when it is none of them or runs backwards. */
    static Optional<Period> parse(String written) {
        Matcher matcher = WRITTEN.matcher(written.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return to < from ? Optional.empty() : Optional.of(new Period(from, to));
    }
}
