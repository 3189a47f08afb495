package vn.bantin.testing;

import vn.bantin.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** bantin's command line in a fresh JVM, as a build runs it. */
public final class BantinProcess {
    private BantinProcess() {
    }

    /** What a finished run printed, and its exit code. */
    public record Run(int exit, String out, String err) {
    }

    /**
     * Starts {@code bantin args…} as a user's script does, with no JVM option of its own: a bake or
     * check then runs in a second JVM the first starts for it. The caller owns the process.
     */
    public static Process start(String... args) {
        return start(List.of(), args);
    }

    /**
     * Starts {@code bantin args…} in a JVM set up by the caller (the serial collector, as bantin
     * would choose), so that the bake runs in the very process started: killing it kills the bake.
     */
    public static Process startBaking(String... args) {
        return start(List.of("-XX:+UseSerialGC"), args);
    }

    /** Starts {@code bantin args…} in a JVM started with {@code jvmOptions}. The caller owns the process. */
    public static Process start(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code bantin args…} to the end (at most a minute). */
    public static Run run(String... args) throws InterruptedException {
        Process process = start(args);
        try {
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bantin did not finish");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
