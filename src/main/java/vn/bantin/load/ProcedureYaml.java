package vn.bantin.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.bantin.problem.Problem;
import vn.bantin.problem.Problems;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file of procedures: a list with one map per procedure, each map written like a
 * procedure file's front matter.
 *
 * <pre>
 * - code: 1.001193
 *   title: Đăng ký khai sinh
 *   steps: |
 *     1. Nộp hồ sơ tại Bộ phận Một cửa.
 * - code: 1.000894
 *   …
 * </pre>
 */
final class ProcedureYaml {
    private static final String LIST_HINT = "write one '- code: …' block per procedure, its other keys indented "
            + "below 'code'";

    private ProcedureYaml() {
    }

    /**
     * The records of the file. What stops the whole file from being read (invalid YAML, a top
     * level that is not a list) goes to {@code problems} and gives no record.
     *
     * @param path      the file, site-relative, for messages
     * @param maxLength the most characters the file may hold: the size limit of content files
     */
    static List<ProcedureRecord> read(String path, String text, int maxLength, Problems problems) {
        Node root;
        try {
            root = AuthorYaml.yaml(maxLength).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.error(path, mark == null ? 0 : line(mark), "the file is not valid YAML: "
                            + AuthorYaml.inWords(e.getProblem()),
                    "quote values that contain ': ' or start with [ { * & ! | > ' \" % @ `");
            return List.of();
        } catch (YAMLException e) {
            problems.error(path, 0, "the file is not valid YAML: " + AuthorYaml.inWords(e.getMessage()),
                    LIST_HINT);
            return List.of();
        }
        if (root == null) {
            return List.of(); // an empty file: nothing to publish, nothing wrong
        }
        if (!(root instanceof SequenceNode list)) {
            problems.error(path, line(root.getStartMark()), "the file is not a list of procedures", LIST_HINT);
            return List.of();
        }
        List<ProcedureRecord> records = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode procedure) {
                records.add(record(path, procedure));
            } else {
                problems.error(path, line(item.getStartMark()),
                        "this item of the list is not a procedure written as 'key: value' lines", LIST_HINT);
            }
        }
        return records;
    }

    private static ProcedureRecord record(String path, MappingNode procedure) {
        int firstLine = line(procedure.getStartMark());
        int stepsLine = firstLine;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (NodeTuple tuple : procedure.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(Problem.error(path, line(tuple.getKeyNode().getStartMark()),
                        "a procedure's key must be a plain word", "write it as 'key: value'"));
                continue;
            }
            String name = key.getValue().strip();
            int keyLine = line(key.getStartMark());
            if (values.containsKey(name)) {
                problems.add(Problem.error(path, keyLine, "'" + name + "' is given twice in the procedure that starts on "
                        + "line " + firstLine, "keep one, the other is on line " + lines.get(name)));
                continue;
            }
            try {
                values.put(name, AuthorYaml.toValue(tuple.getValueNode()));
            } catch (YAMLException e) {
                problems.add(Problem.error(path, keyLine, "'" + name + "' cannot be read: " + e.getMessage(),
                        "write '" + name + "' as a plain value or a short list"));
                continue;
            }
            lines.put(name, keyLine);
            if (name.equals("steps")) {
                stepsLine = textLine(tuple.getValueNode());
            }
        }
        return new ProcedureRecord(firstLine, Collections.unmodifiableMap(values), Collections.unmodifiableMap(lines),
                stepsLine, List.copyOf(problems));
    }

    /**
     * The line a scalar's text starts on: a block ({@code steps: |}) starts on the line below its
     * indicator, so that a problem inside the steps is reported at the file's own line.
     */
    private static int textLine(Node value) {
        int line = line(value.getStartMark());
        boolean block = value instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
        return block ? line + 1 : line;
    }

    /** SnakeYAML counts lines from 0. */
    private static int line(Mark mark) {
        return mark.getLine() + 1;
    }
}
