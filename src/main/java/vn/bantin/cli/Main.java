package vn.bantin.cli;

import vn.bantin.Bake;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.FolderFiles;
import vn.bantin.finish.ExternalLinkChecker;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.serve.Preview;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** bantin's command line: {@code bantin bake|check|new|serve [options]}; see {@link #USAGE_TEXT}. */
public final class Main {
    /** Exit codes. */
    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;
    static final int OUTPUT_FAILED = 3;
    static final int NO_SERVER = 4;

    private static final String USAGE_TEXT = """
            Usage: bantin <command> [options]

            Commands:
              bake      build the site into the output folder (default: destination.folder)
              check     check all content, templates and links without writing anything
              new article|document|procedure "Tiêu đề"
                        create content/<folder>/<slug of the title>.md from a template,
                        dated now; an article is a draft until its status says published
              serve     preview the site on http://127.0.0.1:8820/ with drafts shown, rebuilt
                        and reloaded in the browser whenever a file is saved (Ctrl+C stops)
              help      show this help

            Options:
              --source DIR    the site folder, holding jbake.properties (default: current folder)
              --output DIR    (bake) where to write the site (default: destination.folder)
              --clean         (bake) parse and render everything, not only what changed since
                              the last bake
              --verbose       also print the time of each stage, the options of the JVM
                              bake and check chose for themselves, and library messages
              --external      (check) also visit every link to another site and report dead ones
              --timeout SECS  (check --external) how long to wait for each site (default: 10)
              --section DIR   (new article) the section folder, e.g. tin-tuc
                              (default: the first section of the menu)
              --port N        (serve) the port (default: server.port of jbake.properties, 8820;
                              0 takes any free port)

            Exit codes: 0 done,
                        1 errors in the content or templates (nothing written), or new found
                          the file already there,
                        2 wrong command line,
                        3 the output could not be written,
                        4 serve could not start (its port is in use or not allowed).
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final boolean terminal;
    /** The content folder as the launcher listed it ({@link BatchJvm}), or null. */
    private final FolderFiles.Listing content;

    /** @param terminal whether out is a terminal a person watches: bake then shows each stage as it ends */
    Main(PrintStream out, PrintStream err, Clock clock, boolean terminal) {
        this(out, err, clock, terminal, null);
    }

    /** @param content the content folder as the launcher listed it, for a bake to take; or null */
    private Main(PrintStream out, PrintStream err, Clock clock, boolean terminal, FolderFiles.Listing content) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.terminal = terminal;
        this.content = content;
    }

    public static void main(String[] args) {
        readZoneRulesMeanwhile();
        BatchJvm.endWithStarter();
        BatchJvm.Outcome launch = BatchJvm.run(args);
        if (launch.exitCode().isPresent()) {
            System.exit(launch.exitCode().getAsInt());
        }
        // Freemarker picks a logging library by what is on the classpath; bantin's is SLF4J, always.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        // Each message is printed with one write (a printf writes piece by piece), so that a build log
        // reading standard output and error apart never splits a line of one with the other.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean terminal = System.console() != null;
        // The bake reads the clock's instant only; a site's time zone is its configuration's.
        System.exit(new Main(out, err, Clock.systemUTC(), terminal, launch.content()).run(args));
    }

    /**
     * Reads the time-zone rules on another thread while the launcher lists the content folder:
     * the JDK's rules of every zone are read and indexed the first time any zone is named, 30 to
     * 50 ms of the main thread at every start (a twentieth of a bake with nothing to do at 10,000
     * articles).
     */
    private static void readZoneRulesMeanwhile() {
        Thread reading = new Thread(() -> ZoneId.of(ConfigLoader.DEFAULT_ZONE).getRules(), "bantin-zone-rules");
        reading.setDaemon(true);
        reading.start();
    }

    int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Arguments.UsageError e) {
            return usage(e.getMessage());
        }
        if (arguments.verbose()) {
            // simplelogger.properties makes it WARN; slf4j-simple reads it when the first logger is made, after this
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        Path source = arguments.source().toAbsolutePath();
        return switch (arguments.command()) {
            case "bake" -> bake(source, arguments.output(), arguments.verbose(), arguments.clean());
            case "check" -> check(source, arguments.external(), Duration.ofSeconds(arguments.timeoutSeconds()));
            case "new" -> create(arguments);
            case "serve" -> serve(source, arguments.port());
            default -> {
                out.print(USAGE_TEXT);
                yield OK;
            }
        };
    }

    private int bake(Path source, Path output, boolean verbose, boolean clean) {
        long start = System.nanoTime();
        Bake.Progress progress = terminal || verbose
                ? (stage, count, unit, millis) -> out.print(String.format(Locale.ROOT, "  %-7s %7d %-8s %7.2f s%n", stage, count,
                unit, millis / 1000.0))
                : Bake.Progress.NONE;
        try {
            Bake bake = new Bake(source, output, clock).listed(content).reporting(progress);
            Bake.Result result = (clean ? bake.clean() : bake).run();
            for (Problem warning : result.warnings()) {
                err.println(warning);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String changed = result.written() == result.files() ? ""
                    : result.written() == 0 ? "; nothing changed, nothing written"
                    : "; " + result.rendered() + " rendered again, " + result.written() + " written";
            out.print(String.format(Locale.ROOT, "bantin: baked %d pages (%d files%s) in %.2f s into %s%n",
                    result.pages(), result.files(), changed, seconds, result.output()));
            return OK;
        } catch (BakeFailure failure) {
            return reportFailure(failure, "", ", nothing was written");
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
            out.print(String.format("bantin: check passed: %d pages, every internal link resolves%s%s%n",
                    checked.finished().pageCount(), externalSummary,
                    warnings.isEmpty() ? "" : "; " + count(warnings.size(), "warning")));
            return OK;
        } catch (BakeFailure failure) {
            return reportFailure(failure, "check failed: ", "");
        } catch (IOException e) {
            err.println("bantin: cannot read the templates: " + e.getMessage());
            return INPUT_ERRORS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bantin: the check was interrupted");
            return INPUT_ERRORS;
        }
    }

    private int create(Arguments arguments) {
        List<String> words = arguments.words();
        NewContent.Kind kind = words.isEmpty() ? null : NewContent.Kind.named(words.get(0));
        if (kind == null) {
            return usage(words.isEmpty() ? "new needs what to create: article, document or procedure"
                    : "cannot create '" + words.get(0) + "': say article, document or procedure");
        }
        if (words.size() < 2 || String.join(" ", words.subList(1, words.size())).isBlank()) {
            return usage("new " + kind.word() + " needs a title, in quotes: bantin new " + kind.word() + " \"Tiêu đề\"");
        }
        String title = String.join(" ", words.subList(1, words.size()));
        try {
            NewContent.Created created = new NewContent(arguments.source(), clock)
                    .create(kind, title, arguments.section());
            out.println(created.file());
            if (!created.note().isEmpty()) {
                err.println("bantin: " + created.note());
            }
            return OK;
        } catch (NewContent.Refused refused) {
            err.println("bantin: " + refused.getMessage());
            return refused.exitCode();
        } catch (BakeFailure failure) {
            return reportFailure(failure, "", ", nothing was written");
        } catch (IOException e) {
            err.println("bantin: cannot write the file: " + e.getMessage() + " (check the folder's permissions)");
            return OUTPUT_FAILED;
        }
    }

    private int serve(Path source, int port) {
        Preview preview;
        try {
            preview = Preview.start(source, port, clock, out, err);
        } catch (BakeFailure failure) {
            return reportFailure(failure, "", ", nothing to serve");
        } catch (BindException e) {
            err.println("bantin: cannot serve: " + e.getMessage()
                    + " (is another bantin serve running? stop it, or choose another port: --port 8821)");
            return NO_SERVER;
        } catch (IOException e) {
            err.println("bantin: cannot start the preview: " + e.getMessage());
            return NO_SERVER;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "bantin-serve-stop"));
        out.println("bantin: previewing " + preview.url() + " with drafts shown; watching content, templates, "
                + "assets, data and jbake.properties (Ctrl+C to stop)");
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        return OK;
    }

    /** Errors first, then warnings, each as path:line: message (hint); then a count of both. */
    private int reportFailure(BakeFailure failure, String lead, String outcome) {
        List<Problem> errors = failure.errors();
        List<Problem> warnings = failure.problems().stream().filter(p -> !p.isError()).toList();
        errors.forEach(err::println);
        warnings.forEach(err::println);
        err.print(String.format("bantin: %s%s%s%s (stopped at: %s)%n", lead, count(errors.size(), "error"),
                warnings.isEmpty() ? "" : ", " + count(warnings.size(), "warning"), outcome, failure.stage()));
        return INPUT_ERRORS;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int usage(String message) {
        err.println("bantin: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
