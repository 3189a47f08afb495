package vn.bantin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.BantinProcess.Run;
import vn.bantin.testing.FixtureSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes and checks run in a JVM set up for a batch job, unless whoever starts bantin set one up. */
class BatchJvmTest {
    private static final String QUICK = "  jvm     -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    @TempDir
    Path folder;

    @Test
    void allButLargeSitesGetTheSerialCollectorAndTheQuickCompiler() {
        List<String> quick = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertEquals(quick, BatchJvm.options(0));
        assertEquals(quick, BatchJvm.options(1_000));
        assertEquals(quick, BatchJvm.options(BatchJvm.LARGE_SITE_FILES - 1));
        assertEquals(List.of(), BatchJvm.options(BatchJvm.LARGE_SITE_FILES), "the JVM's defaults");
    }

    @Test
    void anyJvmOptionButASystemPropertyMeansTheCallerSetTheJvmUp() {
        assertFalse(BatchJvm.setUpByCaller(List.of()));
        assertFalse(BatchJvm.setUpByCaller(List.of("-Dfile.encoding=UTF-8")));
        assertTrue(BatchJvm.setUpByCaller(List.of("-Dfile.encoding=UTF-8", "-Xmx1g")));
        assertTrue(BatchJvm.setUpByCaller(List.of("-XX:+UseParallelGC")));
        assertTrue(BatchJvm.setUpByCaller(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")));
    }

    @Test
    void aBakeRunsInAJvmSetUpForItAndItsExitCodeAndOutputComeThrough() throws InterruptedException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        String[] bake = {"bake", "--verbose", "--source", site.root().toString(), "--output", site.output().toString()};

        Run first = BantinProcess.run(bake);
        assertEquals(0, first.exit(), first.err());
        assertEquals(QUICK, first.out().lines().findFirst().orElseThrow(), first.out());
        assertTrue(first.out().contains("  render "), "the stages of the bake itself follow: " + first.out());
        assertTrue(site.exists("index.html"));

        site.write("content/tin-tuc/loi.md", "---\ntitle: Lỗi\ndate: 21-03-2024\n---\nNội dung.\n");
        Run failing = BantinProcess.run(bake);
        assertEquals(Main.INPUT_ERRORS, failing.exit(), failing.out() + failing.err());
        assertTrue(failing.err().contains("content/tin-tuc/loi.md"), failing.err());
    }

    @Test
    void aJvmTheCallerSetUpRunsTheBakeItself() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Process process = BantinProcess.startBaking("bake", "--verbose", "--source", site.root().toString(),
                "--output", site.output().toString());
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertTrue(out.startsWith("  load "), "no JVM chosen, the stages straight away: " + out);
        assertTrue(site.exists("index.html"));
    }

    @Test
    void aBakeEndsWhenTheProcessThatStartedItIsKilledOutright() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        for (int i = 0; i < 400; i++) {
            site.write("content/tin-tuc/bai-" + i + ".md", "---\ntitle: Bài số " + i + "\ndate: 2020-01-01 08:00\n---\n"
                    + "Ủy ban nhân dân xã tiếp tục đẩy mạnh cải cách hành chính.\n\n".repeat(40));
        }
        Process starter = BantinProcess.start("bake", "--source", site.root().toString(),
                "--output", site.output().toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ProcessHandle bake = null;
        while (bake == null && System.nanoTime() < deadline) {
            bake = starter.children().findFirst().orElse(null);
        }
        assertTrue(bake != null, "the starter started a JVM for the bake");
        starter.destroyForcibly(); // SIGKILL: the starter's shutdown hook does not run
        assertTrue(starter.waitFor(30, TimeUnit.SECONDS));
        bake.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(site.exists("index.html"), "the bake ended with its starter, before it published anything");
    }
}
