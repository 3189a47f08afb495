package vn.bantin.load;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.bantin.problem.Problem;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV file of procedures as a spreadsheet exports it: the first row names the columns
 * ({@link ProcedureColumns}), every other row is one procedure, an empty cell is a key not given.
 * Cells holding a list have one entry per line (Alt+Enter in a spreadsheet), its parts separated by
 * {@code |}: {@code trực tiếp | Ngay trong ngày làm việc | Miễn lệ phí}. Tags are separated by
 * commas or lines. Values take the shapes front matter gives them, so that the model reads a
 * procedure the same way whichever way it was written.
 */
final class ProcedureCsv {
    /** The parts of each entry of a list cell, in the order they are written. */
    private static final Map<String, List<String>> PARTS = Map.of(
            "submission", List.of("way", "processing_time", "fee"),
            "documents", List.of("name", "originals", "copies"),
            "legal_basis", List.of("number", "title", "date"));

    private ProcedureCsv() {
    }

    /**
     * The records of the file, rows that hold nothing left out. What stops the whole file from being
     * read (a broken first row, a quote never closed) goes to {@code problems} and gives no record:
     * rows read past a broken one would not be the rows the author meant.
     *
     * @param path the file, site-relative, for messages
     * @param text the file, its byte order mark removed
     */
    static List<ProcedureRecord> read(String path, String text, Problems problems) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                // An empty line is a row like any other: skipping it inside the parser would put the
                // lines of the rows below it out of step with the file.
                .setIgnoreEmptyLines(false)
                .get();
        List<ProcedureRecord> records = new ArrayList<>();
        ProcedureColumns columns = null;
        int rowLine = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord row : parser) {
                List<String> cells = row.toList();
                int[] lines = cellLines(rowLine, cells);
                if (columns == null) {
                    Optional<ProcedureColumns> header = ProcedureColumns.read(path, cells, lines, problems);
                    if (header.isEmpty()) {
                        return List.of();
                    }
                    columns = header.get();
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    records.add(record(path, columns, cells, lines));
                }
                rowLine = lines[lines.length - 1] + lineBreaks(cells.get(cells.size() - 1)) + 1;
            }
        } catch (UncheckedIOException e) {
            problems.add(unreadable(path, rowLine, e.getCause()));
            return List.of();
        } catch (IOException e) {
            problems.add(unreadable(path, rowLine, e));
            return List.of();
        }
        return records;
    }

    /**
     * Excel writes {@code ;} between cells where the decimal mark is a comma, as in many locales:
     * the file uses whichever of the two separates more cells of its first row.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static ProcedureRecord record(String path, ProcedureColumns columns, List<String> cells, int[] lines) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        int stepsLine = lines[0];
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (column >= columns.count()) {
                if (!cell.isBlank()) {
                    problems.add(Problem.error(path, lines[column], "this row has a cell in column "
                                    + ProcedureColumns.letter(column) + ", but the first row names only "
                                    + columns.count() + " columns",
                            "give the column a name in the first row, or move the text into a named column"));
                    break;
                }
                continue;
            }
            Optional<String> key = columns.keyAt(column);
            if (key.isEmpty() || cell.isBlank()) {
                continue;
            }
            values.put(key.get(), value(path, key.get(), cell, lines[column], problems));
            keyLines.put(key.get(), lines[column]);
            if (key.get().equals("steps")) {
                stepsLine = lines[column];
            }
        }
        return new ProcedureRecord(lines[0], Collections.unmodifiableMap(values),
                Collections.unmodifiableMap(keyLines), stepsLine, List.copyOf(problems));
    }

    private static Object value(String path, String key, String written, int line, List<Problem> problems) {
        // Line ends inside a cell as YAML reads them, whichever ones the spreadsheet wrote.
        String cell = written.replace("\r\n", "\n").replace('\r', '\n');
        if (PARTS.containsKey(key)) {
            return entries(path, key, cell, line, problems);
        }
        if (key.equals("tags")) {
            List<Object> tags = new ArrayList<>();
            for (String tag : cell.split("[,\n]")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
            return Collections.unmodifiableList(tags);
        }
        // Steps are Markdown: their indentation is meaningful, and Markdown ignores blank lines around them.
        return key.equals("steps") ? cell : cell.strip();
    }

    /**
     * A list cell as front matter's list of maps. A part written empty is null, as {@code fee:} is in
     * YAML; a part not written at all is absent.
     */
    private static List<Object> entries(String path, String key, String cell, int line, List<Problem> problems) {
        List<String> parts = PARTS.get(key);
        List<String> written = cell.lines().toList();
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).isBlank()) {
                continue;
            }
            String[] values = written.get(i).split("\\|", -1);
            // A '|' left at the end of a line adds an empty part, which loses nothing.
            int given = values.length;
            while (given > parts.size() && values[given - 1].isBlank()) {
                given--;
            }
            if (given > parts.size()) {
                problems.add(Problem.error(path, line + i, "a line of '" + key + "' has " + given
                                + " parts separated by '|', at most " + parts.size() + " are read",
                        "write " + String.join(" | ", parts) + ", one entry per line of the cell"));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            for (int part = 0; part < Math.min(values.length, parts.size()); part++) {
                String value = values[part].strip();
                entry.put(parts.get(part), value.isEmpty() ? null : value);
            }
            entries.add(Collections.unmodifiableMap(entry));
        }
        return Collections.unmodifiableList(entries);
    }

    /** The line each cell starts on: only a quoted cell holds line ends, each one a line of the file. */
    private static int[] cellLines(int rowLine, List<String> cells) {
        int[] lines = new int[cells.size()];
        int line = rowLine;
        for (int i = 0; i < cells.size(); i++) {
            lines[i] = line;
            line += lineBreaks(cells.get(i));
        }
        return lines;
    }

    /** Line ends counted as {@link String#lines()} and {@link SourceText#lineOf} count them. */
    private static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    /**
     * Commons CSV's two complaints about what a spreadsheet can export, in words; the row is named
     * by the line it starts on, the quote being somewhere in it.
     */
    private static Problem unreadable(String path, int rowLine, Throwable cause) {
        String detail = String.valueOf(cause.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return Problem.error(path, rowLine, "a quote (\") opened in this row is never closed",
                    "end the quoted cell with a quote; a quote inside a cell is written twice: \"\"");
        }
        if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            return Problem.error(path, rowLine, "a quoted cell of this row has text after its closing quote",
                    "quote the whole cell, and write a quote inside it twice: \"\"");
        }
        return Problem.error(path, rowLine, "this row cannot be read as CSV",
                "export the sheet again as 'CSV UTF-8 (comma delimited)'");
    }
}
