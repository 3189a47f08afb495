package vn.bantin.load;

import vn.bantin.problem.Problems;
import vn.bantin.text.Slugs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first row of a CSV file of procedures: which column holds which key. A column is named by
 * the key ({@code code}, {@code processing_time}) or, for the sections of the national form that
 * publishes procedures, by its Vietnamese name ({@code Mã thủ tục}, {@code Thời hạn giải quyết});
 * case, diacritics and punctuation do not matter. Columns with another name, such as {@code STT} or
 * {@code Ghi chú}, are not read.
 */
final class ProcedureColumns {
    /** The keys of a procedure, in the order of its Markdown template. */
    static final List<String> KEYS = List.of("code", "title", "field", "level", "agency", "applicants", "steps",
            "submission", "documents", "processing_time", "fees", "result", "conditions", "legal_basis", "online",
            "online_url", "status", "replaced_by", "decision", "updated", "tags");
    /** Every accepted column name, as a slug, to its key. */
    private static final Map<String, String> NAMES = names();

    /** The key of each column, or null for a column that is not read. */
    private final List<String> keys;

    private ProcedureColumns(List<String> keys) {
        this.keys = keys;
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        KEYS.forEach(key -> names.put(Slugs.slugify(key), key));
        names.put("ma-thu-tuc", "code");
        names.put("ten-thu-tuc", "title");
        names.put("linh-vuc", "field");
        names.put("cap-thuc-hien", "level");
        names.put("co-quan-thuc-hien", "agency");
        names.put("doi-tuong-thuc-hien", "applicants");
        names.put("trinh-tu-thuc-hien", "steps");
        names.put("cach-thuc-thuc-hien", "submission");
        names.put("thanh-phan-ho-so", "documents");
        names.put("thoi-han-giai-quyet", "processing_time");
        names.put("phi-le-phi", "fees");
        names.put("ket-qua-thuc-hien", "result");
        names.put("yeu-cau-dieu-kien", "conditions");
        names.put("yeu-cau-dieu-kien-thuc-hien", "conditions");
        names.put("can-cu-phap-ly", "legal_basis");
        return Map.copyOf(names);
    }

    /**
     * Reads the first row. A row that names a key twice, or has no {@code code} column, makes the
     * file unreadable: each row would otherwise be reported for what the header lacks. Columns that
     * are not read are named in one warning, as they usually hold the author's own notes but may be
     * a key misspelt.
     *
     * @param names the cells of the first row
     * @param lines the line each cell starts on
     * @return the columns, or empty when the file cannot be read (the errors are in {@code problems})
     */
    static Optional<ProcedureColumns> read(String path, List<String> names, int[] lines, Problems problems) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> columnOf = new HashMap<>();
        List<String> unread = new ArrayList<>();
        boolean readable = true;
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column).strip();
            String key = NAMES.get(Slugs.slugify(name));
            keys.add(key);
            if (key == null) {
                if (!name.isEmpty()) {
                    unread.add("'" + name + "'");
                }
            } else if (columnOf.containsKey(key)) {
                problems.error(path, lines[column], "columns " + letter(columnOf.get(key)) + " and " + letter(column)
                                + " both hold '" + key + "'",
                        "keep one column for '" + key + "' and delete or rename the other");
                readable = false;
            } else {
                columnOf.put(key, column);
            }
        }
        int firstLine = lines.length == 0 ? 1 : lines[0];
        if (!columnOf.containsKey("code")) {
            problems.error(path, firstLine, "the first row has no 'code' column (mã thủ tục)",
                    "the first row names the columns: add a column 'code' holding each procedure's code, "
                            + "e.g. 1.001193");
            readable = false;
        }
        if (!unread.isEmpty()) {
            problems.warning(path, firstLine, "the columns " + String.join(", ", unread) + " are not read",
                    "the columns read are " + String.join(", ", KEYS) + ", or their names in the national "
                            + "form (Mã thủ tục, Lĩnh vực…)");
        }
        return readable ? Optional.of(new ProcedureColumns(keys)) : Optional.empty();
    }

    /** How many columns the first row has. */
    int count() {
        return keys.size();
    }

    /** The key a column holds, or empty for a column that is not read. */
    Optional<String> keyAt(int column) {
        return Optional.ofNullable(keys.get(column));
    }

    /** A column as a spreadsheet names it: A, B, … Z, AA, AB… */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
