package vn.bantin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.BantinProcess.Run;
import vn.bantin.testing.FixtureSite;

import java.nio.file.Path;
import java.util.List;

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
        assertTrue(run.err().contains("content/tin-tuc/loi.md:3: cannot read the date '31/02/2024' (write it as "),
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
