package vn.bantin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of this repository in a temporary folder, built by a real Maven in its own process, the way
 * an author's machine or a CI job builds it. Only what the build reads is copied.
 *
 * <p>The nested Maven runs with the same local repository as the Maven running the tests (surefire
 * passes {@code bantin.test.mavenHome} and {@code bantin.test.localRepository}), and is not forced
 * offline: on a warm repository it downloads nothing, and on a clean machine it fetches the deploy
 * plugins (site, enforcer, wagons) that a {@code mvn verify} never resolves.
 */
public final class MavenBuild {
    private static final List<String> COPIED = List.of("pom.xml", "jbake.properties", "content", "templates",
            "assets", "src/main", ".mvn");
    private static final long TIMEOUT_SECONDS = 180;

    private final Path root;

    private MavenBuild(Path root) {
        this.root = root;
    }

    /** What a finished Maven run printed (standard output and error together), and its exit code. */
    public record Run(int exit, String log) {
        /** The end of the log, for assertion messages. */
        public String tail() {
            List<String> lines = log.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** Copies the build's inputs of the working tree into {@code folder}. */
    public static MavenBuild copyOfThisRepository(Path folder) {
        for (String path : COPIED) {
            if (Files.exists(Path.of(path))) {
                Folders.copyTree(Path.of(path), folder.resolve(path), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return new MavenBuild(folder);
    }

    public Path root() {
        return root;
    }

    /** Maven's build directory ({@code -Dbantin.build.directory}), outside the copied sources. */
    public Path buildDirectory() {
        return root.resolveSibling(root.getFileName() + "-build");
    }

    /** Where {@code mvn package} bakes the site. */
    public Path output() {
        return buildDirectory().resolve("site");
    }

    /** Puts {@code content/} back as it is in the repository. */
    public void resetContent() {
        deleteTree(root.resolve("content"));
        Folders.copyTree(Path.of("content"), root.resolve("content"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    public Path file(String path) {
        return root.resolve(path);
    }

    /**
     * Runs {@code mvn -B args…} in the copy. {@code home} becomes the nested Maven's home folder (its
     * {@code ~/.ssh/known_hosts}), so nothing is read from or written to the real one; {@code settings}
     * is given as global settings, so the user's own settings (mirrors, proxies) still apply.
     */
    public Run run(Path home, Path settings, String... args) {
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-ntp",
                "-Dbantin.build.directory=" + buildDirectory(), "-Dmaven.repo.local=" + localRepository(),
                "-gs", settings.toString()));
        Path userSettings = Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
        if (Files.isRegularFile(userSettings)) {
            command.addAll(List.of("-s", userSettings.toString()));
        }
        command.addAll(List.of(args));
        Path log = root.resolveSibling(root.getFileName() + "-maven.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", home.toString());
        // C1 only: a short-lived Maven starts markedly faster without the optimising compiler.
        environment.put("MAVEN_OPTS", "-Duser.home=" + home + " -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1");
        environment.remove("MAVEN_ARGS");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("Maven did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Run(process.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String maven() {
        String home = System.getProperty("bantin.test.mavenHome", "");
        Path mvn = Path.of(home, "bin", "mvn");
        return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    private static String localRepository() {
        String repository = System.getProperty("bantin.test.localRepository", "");
        return repository.isEmpty() ? Path.of(System.getProperty("user.home"), ".m2", "repository").toString() : repository;
    }


    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
