package vn.bantin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.BantinProcess;
import vn.bantin.testing.BantinProcess.Run;
import vn.bantin.testing.FixtureSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes and checks run in a JVM set up for a batch job, unless whoever starts bantin set one up. */
class BatchJvmTest {
    private static final List<String> ORDINARY = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmn128m",
            "-XX:OldSize=384m", "-XX:MaxTenuringThreshold=0", "-XX:+IgnoreUnrecognizedVMOptions");
    private static final String QUICK = "  jvm     " + String.join(" ", ORDINARY);

    @TempDir
    Path folder;

    @Test
    void allButLargeSitesGetTheSerialCollectorAndTheQuickCompiler() {
        assertEquals(ORDINARY, BatchJvm.options(0));
        assertEquals(ORDINARY, BatchJvm.options(1_000));
        assertEquals(ORDINARY, BatchJvm.options(BatchJvm.LARGE_SITE_FILES - 1));
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
    void aJvmStartedWithTheOptionsTheSiteNeedsRunsItsBakeItself() {
        List<String> quick = BatchJvm.options(0);
        List<String> large = BatchJvm.options(BatchJvm.LARGE_SITE_FILES);
        List<String> script = new java.util.ArrayList<>(List.of("-Dfile.encoding=UTF-8"));
        script.addAll(quick);
        script.add("-Dbantin.launched=true");

        assertNull(BatchJvm.jvmFor(quick, script, true), "the script's options, an ordinary site: this JVM");
        assertEquals(List.of("-Dfile.encoding=UTF-8", "-Dbantin.launched=true"), BatchJvm.jvmFor(large, script, true),
                "a large site: a JVM with the defaults, the rest kept");
        assertEquals(java.util.stream.Stream.concat(ORDINARY.stream(), java.util.stream.Stream.of("-Dfile.encoding=UTF-8"))
                        .toList(),
                BatchJvm.jvmFor(quick, List.of("-Dfile.encoding=UTF-8"), false), "started plainly: a JVM with the options");
        assertNull(BatchJvm.jvmFor(large, List.of("-Dfile.encoding=UTF-8"), false), "a large site started plainly");
        assertNull(BatchJvm.jvmFor(quick, List.of("-Xmx1g"), false), "the caller's own JVM");
        assertNull(BatchJvm.jvmFor(quick, quick, false), "the same options given by a caller: theirs, kept");
    }

    /** The {@code bantin} script starts bake and check with the options BatchJvm chooses for a site of ordinary size. */
    @Test
    void theScriptGivesTheOptionsBatchJvmChooses() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("bantin"));
        java.util.regex.Matcher options = java.util.regex.Pattern.compile("batch_options=\"([^\"]*)\"").matcher(script);
        assertTrue(options.find(), "the script names its options");
        assertEquals(BatchJvm.options(0), List.of(options.group(1).split(" ")));
        assertTrue(script.contains("-D" + BatchJvm.LAUNCHED + "=true"), "and says they are bantin's choice");
    }

    /** A content folder kept elsewhere and linked into the site counts as what it holds, as the bake lists it. */
    @Test
    void theFilesOfALinkedContentFolderAreCounted() throws Exception {
        Path real = Files.createDirectories(folder.resolve("kho/noi-dung/tin-tuc"));
        for (String name : List.of("a.md", "b.md", "anh.png")) {
            Files.writeString(real.resolve(name), "x");
        }
        Path linked = Files.createSymbolicLink(folder.resolve("content"), real.getParent());
        assertEquals(3, BatchJvm.listed(real.getParent()).files().size());
        assertEquals(3, BatchJvm.listed(linked).files().size());
        assertEquals(Set.of(linked.resolve("tin-tuc/a.md"), linked.resolve("tin-tuc/b.md"), linked.resolve("tin-tuc/anh.png")),
                BatchJvm.listed(linked).files().keySet(), "named through the link, as the bake names them");
        assertEquals(0, BatchJvm.listed(folder.resolve("khong-co")).files().size());
    }

    @Test
    void aBakeStartedAsTheScriptStartsItRunsInThatJvm() throws Exception {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        List<String> options = new java.util.ArrayList<>(BatchJvm.options(0));
        options.add("-D" + BatchJvm.LAUNCHED + "=true");
        Process process = BantinProcess.start(options, "bake", "--verbose", "--source", site.root().toString(),
                "--output", site.output().toString());
        boolean started = false;
        while (process.isAlive()) {
            started |= process.children().findAny().isPresent();
            Thread.sleep(5);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue());
        assertFalse(started, "no second JVM");
        assertEquals(QUICK, out.lines().findFirst().orElseThrow(), "the options it runs with, said: " + out);
        assertTrue(site.exists("index.html"));
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
