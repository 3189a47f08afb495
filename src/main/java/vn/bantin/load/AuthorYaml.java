package vn.bantin.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How bantin reads the YAML authors write, in front matter and in procedure files alike: with
 * limits that keep a hostile file from exhausting the bake, with values kept as the text written,
 * and with SnakeYAML's messages put in words an author can act on.
 */
final class AuthorYaml {
    /** As deep as YAML text may nest. */
    static final int MAX_DEPTH = 20;

    private AuthorYaml() {
    }

    /**
     * A composer-only Yaml (callers use {@link Yaml#compose}, never construct objects) reading at
     * most {@code codePointLimit} characters. Costly to build and not thread-safe: build one per
     * thread or per file.
     */
    static Yaml yaml(int codePointLimit) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // callers report duplicates themselves, with both lines
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(codePointLimit);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TextResolver());
    }

    /**
     * Tags every plain scalar as text. SnakeYAML's own resolver tries a regular expression per
     * scalar to type it (bool, int, float, timestamp…), which {@link #toValue} never reads: bantin
     * keeps each value as written.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }

    /**
     * The value of a node as Java lists, maps and strings: scalars as written, with no implicit
     * typing ({@code 1.10} stays {@code "1.10"}, a date stays its text), and a plain empty value,
     * {@code ~} or {@code null} as null. The depth guard matters for aliases: the parser's nesting
     * limit sees only what is written, while {@code a: &x [*x]} is a list holding itself, which
     * would otherwise be unfolded until the stack overflows.
     *
     * @throws YAMLException when the value nests deeper than {@link #MAX_DEPTH}
     */
    static Object toValue(Node node) {
        return toValue(node, 0);
    }

    private static Object toValue(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new YAMLException("a value is nested too deeply, or holds itself through an alias (*name)");
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            boolean plainNull = scalar.isPlain() && (value.isEmpty() || value.equals("~") || value.equals("null"));
            return plainNull ? null : value;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(toValue(item, depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    map.put(key.getValue(), toValue(tuple.getValueNode(), depth + 1));
                }
            }
            return Collections.unmodifiableMap(map);
        }
        return null;
    }

    /**
     * SnakeYAML's message, or for the limits set above and the tags bantin does not read, what it
     * means to an author: "Global tag is not allowed: tag:yaml.org,2002:java.io.File" says nothing.
     * Callers word the length limit themselves, as what it means differs between them.
     */
    static String inWords(String problem) {
        String text = firstLine(problem);
        if (text.startsWith("Global tag is not allowed")) {
            return "a value is marked with a YAML tag (!!…), which bantin does not read; remove the tag";
        }
        if (text.startsWith("Number of aliases")) {
            return "it repeats values through aliases (*name) too often";
        }
        if (text.startsWith("Nesting Depth exceeded")) {
            return "values are nested more than " + MAX_DEPTH + " levels deep";
        }
        return text;
    }

    /** Whether SnakeYAML stopped at the length limit given to {@link #yaml}. */
    static boolean isOverLength(String problem) {
        return firstLine(problem).startsWith("The incoming YAML document exceeds the limit");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unexpected content";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
