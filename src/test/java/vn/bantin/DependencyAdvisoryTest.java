package vn.bantin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An offline check of the runtime classpath against known advisories
 * ({@code src/test/resources/security/advisories.csv}): no runtime dependency may be older than the
 * first version that fixes a known vulnerability. The classpath list is written by
 * maven-dependency-plugin in the build, from the local repository, without network.
 */
class DependencyAdvisoryTest {
    private static final Pattern LINE = Pattern.compile("^\\s*([^:\\s]+):([^:\\s]+):jar:(?:[^:\\s]+:)?([^:\\s]+):(compile|runtime)");

    @Test
    void noRuntimeDependencyHasAKnownVulnerability() throws IOException {
        assertEquals(List.of(), findings(runtimeDependencies()));
    }

    @Test
    void jbakeCoresOwnVersionsWouldBeCaught() throws IOException {
        Map<String, String> jbakeDefaults = Map.of("org.yaml:snakeyaml", "1.30",
                "org.apache.commons:commons-configuration2", "2.7", "ch.qos.logback:logback-classic", "1.2.10",
                "org.apache.commons:commons-text", "1.8");
        List<String> found = findings(jbakeDefaults);
        assertTrue(found.stream().anyMatch(f -> f.contains("CVE-2022-1471")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("CVE-2022-33980")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("CVE-2022-42889")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("CVE-2023-6378")), found.toString());
    }

    private static List<String> findings(Map<String, String> runtime) throws IOException {
        List<String> vulnerable = new ArrayList<>();
        for (String[] advisory : advisories()) {
            String version = runtime.get(advisory[0]);
            if (version != null && compare(version, advisory[1]) < 0) {
                vulnerable.add(advisory[0] + ":" + version + " has " + advisory[3] + " (" + advisory[2] + ", "
                        + advisory[4] + "); raise it to " + advisory[1] + " or later");
            }
        }
        return vulnerable;
    }

    @Test
    void jbakesOutdatedDependenciesAreOverriddenAndItsStoreIsGone() throws IOException {
        Map<String, String> runtime = runtimeDependencies();
        assertFalse(runtime.containsKey("com.orientechnologies:orientdb-core"), "JBake's OrientDB store is excluded");
        assertTrue(compare(runtime.get("org.yaml:snakeyaml"), "2.0") >= 0, "snakeyaml 1.30 from jbake-core is raised");
        assertTrue(compare(runtime.get("org.apache.commons:commons-configuration2"), "2.11") >= 0);
        assertFalse(runtime.keySet().stream().anyMatch(name -> name.startsWith("ch.qos.logback:")),
                "jbake-core's logback is excluded: slf4j-simple logs");
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(compare("2.10.1", "2.8.0") > 0);
        assertTrue(compare("1.5.21", "1.5.19") > 0);
        assertTrue(compare("3.2.2", "3.2.2") == 0);
        assertTrue(compare("1.9.4", "1.11.0") < 0);
        assertTrue(compare("20.7.2", "26.5.2") < 0);
    }

    private static Map<String, String> runtimeDependencies() throws IOException {
        String file = System.getProperty("bantin.runtimeDependencies");
        assertNotNull(file, "run through Maven: the build lists the runtime dependencies");
        Map<String, String> runtime = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.find()) {
                runtime.put(matcher.group(1) + ":" + matcher.group(2), matcher.group(3));
            }
        }
        assertTrue(runtime.containsKey("org.jbake:jbake-core"), "the list holds the runtime classpath: " + runtime);
        return runtime;
    }

    private static List<String[]> advisories() throws IOException {
        List<String[]> advisories = new ArrayList<>();
        try (InputStream in = DependencyAdvisoryTest.class.getResourceAsStream("/security/advisories.csv")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    advisories.add(line.split(",", 5));
                }
            }
        }
        return advisories;
    }

    /** Compares dotted versions number by number; a non-numeric part compares as text. */
    static int compare(String left, String right) {
        String[] a = left.split("[.-]");
        String[] b = right.split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            int order = x.matches("\\d+") && y.matches("\\d+")
                    ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
