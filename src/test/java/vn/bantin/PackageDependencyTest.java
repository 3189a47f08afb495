package vn.bantin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pipeline's packages depend one way only: a stage knows the stages before it, never after. */
class PackageDependencyTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("problem", Set.of()),
            Map.entry("config", Set.of("problem")),
            Map.entry("load", Set.of("config", "problem", "text")),
            Map.entry("model", Set.of("config", "load", "problem", "text")),
            Map.entry("render", Set.of("config", "load", "model", "problem", "text")),
            Map.entry("finish", Set.of("config", "load", "model", "render", "problem", "text")),
            Map.entry("write", Set.of("finish", "problem")),
            Map.entry("serve", Set.of("", "config", "finish", "problem")),
            Map.entry("cli", Set.of("", "config", "finish", "load", "problem", "serve", "text")));
    /** The stage an import names: the first package under vn.bantin, however deep, or "" for vn.bantin itself. */
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?vn\\.bantin\\.(?:([a-z]+)(?:\\.[a-z]+)*\\.)?[A-Z]", Pattern.MULTILINE);

    @Test
    void stagesDependOnlyOnEarlierStages() throws IOException {
        Path root = Path.of("src/main/java/vn/bantin");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // vn.bantin itself runs the stages in order: it may use them all
                }
                String pkg = relative.getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(relative + ": package '" + pkg + "' is not in the list of stages");
                    continue;
                }
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String used = imports.group(1) == null ? "" : imports.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) {
                        violations.add(relative + " imports vn.bantin." + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
