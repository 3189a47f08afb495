package vn.bantin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a build runs it: a fresh JVM, its exit code and everything it prints. */
class MainTest {
    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    @Test
    void aGoodBakePrintsOneSummaryLineAndNothingElse() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Run run = bantin("bake", "--source", site.root().toString(), "--output", site.output().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "no library noise, no warnings");
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).matches("bantin: baked \\d+ pages \\(\\d+ files\\) in [0-9.]+ s into .*out"), lines.get(0));
    }

    @Test
    void verboseAddsTheStageTimes() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Run run = bantin("bake", "--verbose", "--source", site.root().toString(), "--output", site.output().toString());
        assertEquals(0, run.exit(), run.err());
        for (String stage : List.of("load", "model", "render", "finish", "write")) {
            assertTrue(run.out().contains("  " + stage), run.out());
        }
    }

    @Test
    void errorsArePrintedAsPathLineCauseHintWithExitCodeOne() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        site.write("content/tin-tuc/loi.md", "---\ntitle: Lỗi\ndate: 31/02/2024\n---\n");
        Run run = bantin("bake", "--source", site.root().toString(), "--output", site.output().toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/tin-tuc/loi.md:3: cannot read the date '31/02/2024' (write it as "),
                run.err());
        assertTrue(run.err().contains("bantin: 1 error, nothing was written"), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndShowsUsage() throws Exception {
        Run run = bantin("bake", "--colour");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown option --colour") && run.err().contains("Usage: bantin"), run.err());
    }

    @Test
    void aFolderWithoutConfigurationIsAClearError() throws Exception {
        Run run = bantin("bake", "--source", folder.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("jbake.properties: no jbake.properties in"), run.err());
    }

    private static Run bantin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bantin did not finish");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
