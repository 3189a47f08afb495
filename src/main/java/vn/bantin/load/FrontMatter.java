package vn.bantin.load;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.bantin.problem.Problem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a content file into its header and its Markdown body. Two header formats are read:
 * YAML front matter between {@code ---} lines, and JBake's {@code key=value} lines ended by the
 * header separator ({@code ~~~~~~} by default).
 *
 * <p>YAML scalars are kept as the text the author wrote (no implicit typing: {@code 1.10} stays
 * {@code "1.10"}, {@code 2024-03-21} is not turned into a UTC date); the model stage types them.
 */
public final class FrontMatter {
    private static final String YAML_FENCE = "---";
    /** A Yaml is costly to build and not thread-safe: one per loader thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> AuthorYaml.yaml(1 << 20));

    private FrontMatter() {
    }

    /**
     * Which header a file used; {@link #RECORD} is a procedure written in bulk in a data file
     * ({@link ProcedureTables}), whose "header" is the record's keys and whose body is its steps.
     */
    public enum Format { YAML, JBAKE, NONE, RECORD }

    /**
     * A split file, or one record of a data file.
     *
     * @param values    header keys to values: String, List of values, or Map, as written
     * @param lines     header keys to the 1-based line they are on
     * @param bodyLine  the 1-based line the body starts on
     * @param firstLine the line a key that is absent is reported on: 1 for a file, the record's first
     *                  line for a record, so that "'code' is missing" points at the right procedure
     */
    public record Split(Format format, Map<String, Object> values, Map<String, Integer> lines, String body,
                        int bodyLine, List<Problem> problems, int firstLine) {

        /** A file's header: absent keys are reported on line 1. */
        public Split(Format format, Map<String, Object> values, Map<String, Integer> lines, String body,
                     int bodyLine, List<Problem> problems) {
            this(format, values, lines, body, bodyLine, problems, 1);
        }

        /** The same header without its body, once the body is rendered. */
        public Split withoutBody() {
            return new Split(format, values, lines, "", bodyLine, problems, firstLine);
        }

        /** The line of a key, or {@link #firstLine} when the key is absent. */
        public int lineOf(String key) {
            return lines.getOrDefault(key, firstLine);
        }
    }

    /** Splits {@code text}; {@code path} and {@code separator} are for messages and JBake headers. */
    public static Split split(String path, String text, String separator) {
        if (text.substring(0, SourceText.lineEnd(text, 0)).strip().equals(YAML_FENCE)) {
            return splitYaml(path, text);
        }
        List<String> lines = text.lines().toList();
        int end = jbakeHeaderEnd(lines, separator);
        if (end >= 0) {
            return splitJBake(path, lines, end);
        }
        return new Split(Format.NONE, Map.of(), Map.of(), text, 1, List.of());
    }

    /**
     * A header between {@code ---} lines. Only the header is cut into lines: the body is the rest of
     * the text as it stands, which is what joining its lines with {@code \n} would give unless it
     * holds a {@code \r} (then it is joined, as before).
     */
    private static Split splitYaml(String path, String text) {
        List<String> header = new ArrayList<>();
        int lineCount = 1;
        int close = -1;
        int bodyStart = text.length();
        for (int start = nextLine(text, SourceText.lineEnd(text, 0)); start < text.length(); lineCount++) {
            int end = SourceText.lineEnd(text, start);
            String line = text.substring(start, end);
            start = nextLine(text, end);
            if (line.strip().equals(YAML_FENCE) || line.strip().equals("...")) {
                close = lineCount;
                bodyStart = start;
                break;
            }
            header.add(line);
        }
        if (close < 0) {
            return new Split(Format.YAML, Map.of(), Map.of(), "", lineCount + 1, List.of(Problem.error(path, 1,
                    "the front matter opened by '---' on line 1 is never closed",
                    "end the header with a line of three dashes: ---")));
        }
        String yaml = String.join("\n", header);
        String rest = text.substring(bodyStart);
        String body;
        if (rest.isEmpty()) {
            body = text.endsWith("\n") ? "\n" : "";
        } else if (rest.indexOf('\r') < 0) {
            body = rest;
        } else {
            body = String.join("\n", rest.lines().toList()) + (text.endsWith("\n") ? "\n" : "");
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        try {
            Node root = YAML.get().compose(new StringReader(yaml));
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        problems.add(Problem.error(path, line(tuple.getKeyNode().getStartMark()),
                                "a front-matter key must be a plain word", "write it as 'key: value'"));
                        continue;
                    }
                    String name = key.getValue().strip();
                    int keyLine = line(key.getStartMark());
                    if (values.containsKey(name)) {
                        problems.add(Problem.error(path, keyLine, "'" + name + "' is given twice in the front matter",
                                "keep one, the other is on line " + keyLines.get(name)));
                        continue;
                    }
                    try {
                        values.put(name, AuthorYaml.toValue(tuple.getValueNode()));
                    } catch (YAMLException e) {
                        problems.add(Problem.error(path, keyLine, "the front matter is not valid YAML: " + e.getMessage(),
                                "write '" + name + "' as a plain value or a short list"));
                        continue;
                    }
                    keyLines.put(name, keyLine);
                }
            } else if (root != null) {
                problems.add(Problem.error(path, 2, "the front matter is not a list of 'key: value' lines",
                        "write one 'key: value' per line between the --- lines"));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(Problem.error(path, mark == null ? 1 : line(mark),
                    "the front matter is not valid YAML: " + inWords(e.getProblem()),
                    "quote values that contain ': ' or start with [ { * & ! | > ' \" % @ `"));
        } catch (YAMLException e) {
            problems.add(Problem.error(path, 1, "the front matter is not valid YAML: " + inWords(e.getMessage()),
                    "check the lines between the --- lines"));
        }
        return new Split(Format.YAML, Collections.unmodifiableMap(values), Collections.unmodifiableMap(keyLines),
                body, close + 2, List.copyOf(problems));
    }

    /** Where the next line starts, after the line break at {@code end} ({@code \r\n} is one). */
    private static int nextLine(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** YAML lines are 0-based inside the header, which starts after the opening fence on line 1. */
    private static int line(Mark mark) {
        return mark.getLine() + 2;
    }

    /** JBake's rule: a separator line, and above it only empty lines and lines holding '='. */
    private static int jbakeHeaderEnd(List<String> lines, String separator) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(separator)) {
                return i;
            }
            if (!line.isEmpty() && !line.contains("=")) {
                return -1;
            }
        }
        return -1;
    }

    private static Split splitJBake(String path, List<String> lines, int end) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.isEmpty()) {
                problems.add(Problem.error(path, i + 1, "a header line has no key before '='", "write key=value"));
                continue;
            }
            if (values.containsKey(key)) {
                problems.add(Problem.error(path, i + 1, "'" + key + "' is given twice in the header",
                        "keep one, the other is on line " + keyLines.get(key)));
                continue;
            }
            values.put(key, key.equals("tags") ? splitList(value) : value);
            keyLines.put(key, i + 1);
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())) + "\n";
        return new Split(Format.JBAKE, Collections.unmodifiableMap(values), Collections.unmodifiableMap(keyLines),
                body, end + 2, List.copyOf(problems));
    }

    private static List<Object> splitList(String value) {
        List<Object> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** SnakeYAML's message in words; its length limit means the closing fence is missing. */
    private static String inWords(String problem) {
        if (AuthorYaml.isOverLength(problem)) {
            return "the front matter is over 1 MB long; it must end with a line of three dashes: ---";
        }
        return AuthorYaml.inWords(problem);
    }
}
