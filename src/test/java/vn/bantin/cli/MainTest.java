package vn.bantin.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.BantinProcess.Run;
import vn.bantin.testing.FixtureSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a build runs it: a fresh JVM, its exit code and everything it prints. */
class MainTest {
    @TempDir
    Path folder;

    @Test
    void aGoodBakePrintsOneSummaryLineAndNothingElse() throws InterruptedException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Run run = bantin("bake", "--source", site.root().toString(), "--output", site.output().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "no library noise, no warnings");
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).matches("bantin: baked \\d+ pages \\(\\d+ files\\) in [0-9.]+ s into .*out"), lines.get(0));

        Run again = bantin("bake", "--source", site.root().toString(), "--output", site.output().toString());
        assertTrue(again.out().matches("bantin: baked \\d+ pages \\(\\d+ files; nothing changed, nothing written\\) in .*\\R"),
                again.out() + again.err());
        Run clean = bantin("bake", "--clean", "--source", site.root().toString(), "--output", site.output().toString());
        assertTrue(clean.out().matches("bantin: baked \\d+ pages \\(\\d+ files\\) in .*\\R"),
                "--clean trusts nothing the previous bake kept: " + clean.out());
    }

    @Test
    void onATerminalEachStageIsShownAsItEndsWithItsCountAndTime() {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                FixtureSite.CLOCK, true).run(new String[] {"bake", "--source", site.root().toString(),
                    "--output", site.output().toString()});
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, lines.size(), "five stages and the summary: " + lines);
        List<String> stages = List.of("load +\\d+ files", "model +\\d+ articles", "render +\\d+ pages",
                "finish +\\d+ files", "write +\\d+ files");
        for (int i = 0; i < stages.size(); i++) {
            assertTrue(lines.get(i).matches("  " + stages.get(i) + " +\\d+\\.\\d\\d s"), lines.get(i));
        }
        assertTrue(lines.get(1).matches("  model +4 articles.*"), "the basic fixture publishes four articles: " + lines.get(1));
        assertTrue(lines.get(5).startsWith("bantin: baked "), lines.get(5));
    }

    /** Through a real pseudo-terminal (util-linux {@code script}), as an author at a console sees it. */
    @Test
    void aRealTerminalIsRecognised() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script), "util-linux script is not installed");
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(java, "-Dfile.encoding=UTF-8", "-cp", quoted(System.getProperty("java.class.path")),
                Main.class.getName(), "bake", "--source", quoted(site.root().toString()),
                "--output", quoted(site.output().toString())));
        Process process = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("  load ") && output.contains("  render ") && output.contains("  write "),
                "stage lines on a terminal: " + output);
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    @Test
    void verboseAddsTheStageTimes() throws InterruptedException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Run run = bantin("bake", "--verbose", "--source", site.root().toString(), "--output", site.output().toString());
        assertEquals(0, run.exit(), run.err());
        for (String stage : List.of("load", "model", "render", "finish", "write")) {
            assertTrue(run.out().contains("  " + stage), run.out());
        }
    }

    @Test
    void errorsArePrintedAsPathLineCauseHintWithExitCodeOne() throws InterruptedException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        site.write("content/tin-tuc/loi.md", "---\ntitle: Lỗi\ndate: 31/02/2024\n---\n");
        Run run = bantin("bake", "--source", site.root().toString(), "--output", site.output().toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/tin-tuc/loi.md:3: cannot read the date '31/02/2024': 02/2024 has 29 days, not 31 (write it as "),
                run.err());
        assertTrue(run.err().contains("bantin: 1 error, nothing was written"), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndShowsUsage() throws InterruptedException {
        Run run = bantin("bake", "--colour");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown option --colour") && run.err().contains("Usage: bantin"), run.err());
    }

    @Test
    void aFolderWithoutConfigurationIsAClearError() throws InterruptedException {
        Run run = bantin("bake", "--source", folder.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("jbake.properties: no jbake.properties in"), run.err());
    }

    private static Run bantin(String... args) throws InterruptedException {
        return BantinProcess.run(args);
    }
}
