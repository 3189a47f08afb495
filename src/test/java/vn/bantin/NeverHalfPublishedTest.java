package vn.bantin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bake killed (SIGKILL) while it writes leaves the previous output complete and untouched:
 * bantin writes into a staging folder and swaps it in only when everything is written.
 */
class NeverHalfPublishedTest {
    private static final int ARTICLES = 300;

    @TempDir
    Path folder;

    @Test
    void aBakeKilledDuringTheWriteStageLeavesThePreviousOutput() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        addArticles(site, "bản đầu");
        site.bake();
        killDuringTheWriteStage(site);
    }

    /** From the second bake of an output on, the new output is assembled in the spare folder the last bake kept. */
    @Test
    void aBakeKilledWhileItBringsTheSpareUpToDateLeavesThePreviousOutput() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        addArticles(site, "bản nháp");
        site.bake();
        addArticles(site, "bản đầu");
        site.bake();
        assertTrue(Files.isRegularFile(site.output().resolveSibling("out.bantin").resolve("spare.whole")),
                "the second bake kept the output it replaced");
        killDuringTheWriteStage(site);
    }

    private void killDuringTheWriteStage(FixtureSite site) throws Exception {
        Map<String, String> previous = snapshot(site.output());

        addArticles(site, "bản sửa");
        FixtureSite expected = FixtureSite.withSampleTemplates("basic", folder.resolve("expected"));
        addArticles(expected, "bản sửa");
        expected.bake();
        Map<String, String> next = snapshot(expected.output());

        Path staging = site.output().resolveSibling("out.staging");
        int killedWhileWriting = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process bake = BantinProcess.startBaking("bake", "--source", site.root().toString(),
                    "--output", site.output().toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(staging) && bake.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Thread.sleep(attempt * 5L); // different moments of the write stage
            boolean wasWriting = bake.isAlive();
            bake.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertTrue(bake.waitFor(30, TimeUnit.SECONDS));
            Map<String, String> after = snapshot(site.output());
            if (wasWriting && after.equals(previous)) {
                killedWhileWriting++;
            } else {
                assertEquals(next.keySet(), after.keySet(), "the output is either the previous one or the new one, whole");
                assertEquals(next, after);
                // the swap had happened: make the next attempt start from the previous output again
                addArticles(site, "bản đầu");
                site.bake();
                assertEquals(previous, snapshot(site.output()));
                addArticles(site, "bản sửa");
            }
        }
        assertTrue(killedWhileWriting > 0, "at least one bake was killed during its write stage");
        site.bake();
        assertEquals(next, snapshot(site.output()), "the next bake completes normally");
    }

    private static void addArticles(FixtureSite site, String version) {
        String paragraph = "Ủy ban nhân dân xã tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ "
                + "người dân và doanh nghiệp tại bộ phận một cửa. ";
        for (int i = 0; i < ARTICLES; i++) {
            site.write("content/tin-tuc/bai-" + i + ".md", "---\ntitle: Bài số " + i + " (" + version + ")\n"
                    + "date: 2020-01-01 08:00\ntags: [cải cách hành chính]\n---\n"
                    + ("## Mục\n\n" + paragraph.repeat(12) + "\n\n").repeat(3));
        }
    }

    /** Every file of a folder and a digest of its bytes; empty when the folder does not exist. */
    private static Map<String, String> snapshot(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(output)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(output.relativize(file).toString(), bytes.length + ":" + Arrays.hashCode(bytes));
            }
        }
        return files;
    }
}
