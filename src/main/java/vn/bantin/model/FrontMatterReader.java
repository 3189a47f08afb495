package vn.bantin.model;

import vn.bantin.load.ParsedDocument;
import vn.bantin.problem.Problems;
import vn.bantin.text.ContentDates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of one content file's header, each bad value reported with its line. Public for the
 * model's sub-packages (one per content kind), which read their own headers with it.
 */
public final class FrontMatterReader {
    private final ParsedDocument document;
    private final Problems problems;

    public FrontMatterReader(ParsedDocument document, Problems problems) {
        this.document = document;
        this.problems = problems;
    }

    /** A text value, stripped; empty when absent. Lists and maps are reported, not guessed at. */
    public String text(String key) {
        Object value = document.header().values().get(key);
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text.strip();
        }
        error(key, "'" + key + "' must be a single text value", "write " + key + ": value on one line");
        return "";
    }

    /**
     * A required text value; a missing one is reported on the line absent keys point at: the
     * file's first line, or the first line of a procedure's record in a data file.
     */
    public String required(String key, String hint) {
        String value = text(key);
        if (value.isEmpty() && !document.header().values().containsKey(key)) {
            problems.error(document.path(), document.header().lineOf(key), "'" + key + "' is missing", hint);
        } else if (value.isEmpty()) {
            error(key, "'" + key + "' is empty", hint);
        }
        return value;
    }

    /** A list written as a YAML list, or as one text of comma-separated items. */
    public List<String> list(String key) {
        Object value = document.header().values().get(key);
        List<String> items = new ArrayList<>();
        if (value instanceof String text) {
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String text && !text.isBlank()) {
                    items.add(text.strip());
                } else if (item != null && !(item instanceof String)) {
                    error(key, "each item of '" + key + "' must be a plain text", "write " + key + ": [a, b, c]");
                }
            }
        } else if (value != null) {
            error(key, "'" + key + "' must be a list", "write " + key + ": [a, b, c]");
        }
        return items;
    }

    /** A whole number, or {@code fallback} when absent. */
    public int integer(String key, int fallback) {
        String text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            error(key, "'" + key + "' must be a whole number, not '" + text + "'", "for example " + key + ": 1");
            return fallback;
        }
    }

    /**
     * The day {@code text} (written under {@code key}, or in an item of its list) names, in the
     * site's time zone; null when empty, and when it cannot be read, which is reported.
     */
    public LocalDate day(String key, String text, ZoneId zone) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<ContentDates.ContentDate> date = ContentDates.parse(text, zone);
        if (date.isEmpty()) {
            error(key, ContentDates.unreadable(text, key), "write it as " + ContentDates.ACCEPTED);
            return null;
        }
        return date.get().moment().toLocalDate();
    }

    public boolean has(String key) {
        return document.header().values().get(key) != null;
    }

    public int line(String key) {
        return document.header().lineOf(key);
    }

    public void error(String key, String message, String hint) {
        problems.error(document.path(), line(key), message, hint);
    }

    /** Reports what is worth a look but does not stop the bake. */
    public void warning(String key, String message, String hint) {
        problems.warning(document.path(), line(key), message, hint);
    }
}
