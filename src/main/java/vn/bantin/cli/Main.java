package vn.bantin.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import vn.bantin.Bake;
import vn.bantin.finish.ExternalLinkChecker;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** bantin's command line: {@code bantin bake|check [options]}; see {@link #USAGE_TEXT}. */
public final class Main {
    /** Exit codes. */
    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;
    static final int OUTPUT_FAILED = 3;

    private static final String USAGE_TEXT = """
            Usage: bantin <command> [options]

            Commands:
              bake      build the site into the output folder (default: destination.folder)
              check     check all content, templates and links without writing anything
              help      show this help

            Options:
              --source DIR    the site folder, holding jbake.properties (default: current folder)
              --output DIR    where to write the site (default: destination.folder of jbake.properties)
              --verbose       also print the time of each stage
              --external      (check) also visit every link to another site and report dead ones
              --timeout SECS  (check --external) how long to wait for each site (default: 10)

            Exit codes: 0 done, 1 errors in the content or templates (nothing written),
                        2 wrong command line, 3 the output could not be written.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    Main(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        // Freemarker picks a logging library by what is on the classpath; bantin's is SLF4J, always.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err, Clock.systemDefaultZone()).run(args));
    }

    int run(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        String command = arguments.isEmpty() || arguments.get(0).startsWith("--") ? "bake" : arguments.remove(0);
        Path source = Path.of("");
        Path output = null;
        boolean verbose = false;
        boolean external = false;
        int timeoutSeconds = 10;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--source", "--output" -> {
                    if (i + 1 >= arguments.size()) {
                        return usage(argument + " needs a folder");
                    }
                    Path value = Path.of(arguments.get(++i));
                    if (argument.equals("--source")) {
                        source = value;
                    } else {
                        output = value;
                    }
                }
                case "--verbose", "-v" -> verbose = true;
                case "--external" -> external = true;
                case "--timeout" -> {
                    if (i + 1 >= arguments.size() || !arguments.get(i + 1).matches("\\d{1,4}")
                            || Integer.parseInt(arguments.get(i + 1)) == 0) {
                        return usage("--timeout needs a number of seconds, such as --timeout 10");
                    }
                    timeoutSeconds = Integer.parseInt(arguments.get(++i));
                }
                case "--help", "-h" -> command = "help";
                default -> {
                    return usage("unknown option " + argument);
                }
            }
        }
        setLogLevel(verbose ? Level.INFO : Level.WARN);
        return switch (command.toLowerCase(Locale.ROOT)) {
            case "bake" -> bake(source.toAbsolutePath(), output, verbose);
            case "check" -> check(source.toAbsolutePath(), external, Duration.ofSeconds(timeoutSeconds));
            case "help" -> {
                out.print(USAGE_TEXT);
                yield OK;
            }
            default -> usage("unknown command " + command);
        };
    }

    private int bake(Path source, Path output, boolean verbose) {
        long start = System.nanoTime();
        try {
            Bake.Result result = new Bake(source, output, clock).run();
            for (Problem warning : result.warnings()) {
                err.println(warning);
            }
            if (verbose) {
                result.stageMillis().forEach((stage, millis) -> out.printf("  %-7s %6d ms%n", stage, millis));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "bantin: baked %d pages (%d files) in %.2f s into %s%n",
                    result.pages(), result.files(), seconds, result.output());
            return OK;
        } catch (BakeFailure failure) {
            return reportFailure(failure);
        } catch (IOException e) {
            err.println("bantin: cannot write the output: " + e.getMessage()
                    + " (the previous output is unchanged; check free disk space and permissions)");
            return OUTPUT_FAILED;
        }
    }

    private int check(Path source, boolean external, Duration timeout) {
        try {
            Bake.Checked checked = new Bake(source, null, clock).check();
            List<Problem> warnings = new ArrayList<>(checked.warnings());
            String externalSummary = "";
            if (external) {
                Map<String, Set<String>> links = checked.finished().externalLinks();
                List<Problem> dead = new ExternalLinkChecker(timeout).check(links);
                warnings.addAll(dead);
                externalSummary = String.format(", %d external link%s checked, %d dead", links.size(),
                        links.size() == 1 ? "" : "s", dead.size());
            }
            warnings.sort(null);
            for (Problem warning : warnings) {
                err.println(warning);
            }
            out.printf("bantin: check passed: %d pages, every internal link resolves%s%s%n",
                    checked.finished().pageCount(), externalSummary,
                    warnings.isEmpty() ? "" : "; " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s"));
            return OK;
        } catch (BakeFailure failure) {
            return reportFailure(failure);
        } catch (IOException e) {
            err.println("bantin: cannot read the templates: " + e.getMessage());
            return INPUT_ERRORS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bantin: the check was interrupted");
            return INPUT_ERRORS;
        }
    }

    private int reportFailure(BakeFailure failure) {
        for (Problem problem : failure.problems()) {
            err.println(problem);
        }
        int errors = failure.errors().size();
        err.printf("bantin: %d error%s, nothing was written (stopped at: %s)%n", errors, errors == 1 ? "" : "s",
                failure.stage());
        return INPUT_ERRORS;
    }

    private int usage(String message) {
        err.println("bantin: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private static void setLogLevel(Level level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(level);
        }
    }
}
