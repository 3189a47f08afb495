package vn.bantin.cli;

import vn.bantin.config.FolderFiles;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * Runs {@code bake} and {@code check} in a JVM set up for them. The JVM's defaults suit a
 * long-running server: a collector that lets the heap grow towards a quarter of the machine's
 * memory, and an optimising compiler (C2) whose threads, on a two-core machine, take as much CPU as
 * a thousand-article bake itself and pay that back only in a long run. So a site of fewer than
 * {@link #LARGE_SITE_FILES} content files is baked with the serial collector, whose heap grows only
 * as far as the bake's data, and the quick compiler (C1) alone: a full bake of 1,000 articles in
 * about half the time, 10,000 in the same time with less than half the memory, a rebuild after one
 * change faster. A larger site keeps the JVM's defaults: there the serial collector falls behind the
 * growing heap and the optimising compiler pays. {@code bench/README.md} has the figures. The
 * {@code bantin} script starts {@code bake} and {@code check} with the options of an ordinary site
 * itself, sparing the second JVM ({@link #LAUNCHED}).
 *
 * <p>Whoever starts bantin with JVM options of their own ({@code -Xmx1g}, {@code -XX:…}, an agent,
 * also through {@code JAVA_TOOL_OPTIONS}) keeps them: the command runs in that JVM as it is. So does
 * a program that runs bantin inside its own JVM (Maven's {@code exec:java}).
 */
final class BatchJvm {
    /** The system property that tells the JVM started here that it was: it then ends if its starter does. */
    private static final String STARTED_BY = "bantin.started-by";
    /**
     * The system property the {@code bantin} script sets when it starts {@code bake} or {@code check}
     * with {@link #options} for a site of ordinary size itself, sparing the second JVM: those
     * options are then bantin's choice, not the caller's, and give way for a large site.
     */
    static final String LAUNCHED = "bantin.launched";

    /** From this many content files on, a site is baked with the JVM's defaults. */
    static final int LARGE_SITE_FILES = 15_000;
    /**
     * The serial collector and the quick compiler, with a young generation of 128 MB, where the
     * serial collector lets it grow with the heap to a third of it (at 10,000 articles, 90 MB more
     * memory for nothing faster), and an old generation that starts at 384 MB, which a rebuild
     * after one change otherwise outgrows, stopping for a full collection; what outlives one young
     * collection moves to the old generation at once, not copied from survivor space to survivor
     * space first: most of what a bake keeps lives to its end. Sizes, not a starting
     * heap ({@code -Xms512m}), which stops a JVM whose largest heap is smaller (a machine of less
     * than 2 GB) from starting: these give way to it. {@code -XX:OldSize} is gone from JDK 24 on,
     * whose JVM refuses an option it does not know unless told to ignore it: there the old
     * generation starts at the JVM's choice.
     */
    private static final List<String> ORDINARY_SITE = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xmn128m", "-XX:OldSize=384m", "-XX:MaxTenuringThreshold=0", "-XX:+IgnoreUnrecognizedVMOptions");

    private BatchJvm() {
    }

    /**
     * The options for a bake or check of a site whose content folder holds {@code contentFiles}
     * files; none when the JVM's defaults suit it.
     */
    static List<String> options(int contentFiles) {
        return contentFiles < LARGE_SITE_FILES ? ORDINARY_SITE : List.of();
    }

    /**
     * Whether a JVM started with these arguments was set up by whoever started it: any argument
     * other than a system property ({@code -Dfile.encoding=UTF-8}, as bantin's own scripts give).
     */
    static boolean setUpByCaller(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(argument -> !argument.startsWith("-D"));
    }

    /**
     * The arguments of the JVM to start for a bake or check whose site needs {@code options}, from
     * this one, started with {@code jvmArguments}; null when this JVM is to run it: one its caller
     * set up, or one that has the options already (the {@code bantin} script's, when
     * {@code launched}). The script's options give way to the defaults a large site needs; the
     * caller's other arguments are kept.
     */
    static List<String> jvmFor(List<String> options, List<String> jvmArguments, boolean launched) {
        List<String> given = launched ? jvmArguments.stream().filter(options(0)::contains).toList() : List.of();
        if (!launched && setUpByCaller(jvmArguments) || options.equals(given)) {
            return null;
        }
        List<String> jvm = new ArrayList<>(options);
        jvmArguments.stream().filter(argument -> !given.contains(argument)).forEach(jvm::add);
        return jvm;
    }

    /**
     * Where the command runs.
     *
     * @param exitCode the exit code of the JVM started for it; empty when this JVM is to run it
     * @param content  the content folder as listed to count its files, for the bake to take rather
     *                 than walk it again; null when it was not listed
     */
    record Outcome(OptionalInt exitCode, FolderFiles.Listing content) {
        private static final Outcome HERE = new Outcome(OptionalInt.empty(), null);
    }

    /**
     * Runs the command line in a JVM of its own, set up for it, when it is a bake or a check, this
     * JVM was not set up by its caller, and its options are not already the ones the site needs
     * (the {@code bantin} script gives a site of ordinary size its options itself: see {@link #LAUNCHED}).
     */
    static Outcome run(String[] args) {
        if (System.getProperty(STARTED_BY) != null) {
            return Outcome.HERE; // this JVM is the one started for the command
        }
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Arguments.UsageError e) {
            return Outcome.HERE; // told in this JVM
        }
        if (!arguments.command().equals("bake") && !arguments.command().equals("check")) {
            return Outcome.HERE;
        }
        if (Main.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            return Outcome.HERE; // run inside another program (Maven's exec:java): not a JVM of its own
        }
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean launched = System.getProperty(LAUNCHED) != null;
        if (!launched && setUpByCaller(jvmArguments)) {
            return Outcome.HERE; // before counting the site's files: no answer can change this
        }
        // The content folder as the bake names it (the site folder as given, made absolute), so that
        // the bake can take this listing as its own.
        Path source = arguments.source().toAbsolutePath();
        String contentFolder = properties(source.resolve("jbake.properties")).getProperty("content.folder", "content");
        FolderFiles.Listing content = listed(source.resolve(contentFolder));
        List<String> options = options(content == null ? 0 : content.files().size());
        List<String> jvm = jvmFor(options, jvmArguments, launched);
        if (jvm == null) {
            if (arguments.verbose() && launched && !options.isEmpty()) {
                System.out.println("  jvm     " + String.join(" ", options));
            }
            return new Outcome(OptionalInt.empty(), content);
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-D" + STARTED_BY + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        if (arguments.verbose()) {
            System.out.println("  jvm     " + (options.isEmpty() ? "the JVM's defaults" : String.join(" ", options)));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return new Outcome(OptionalInt.empty(), content); // no JVM could be started: this one does the work
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy)); // stopped with this one
        return new Outcome(OptionalInt.of(process.onExit().join().exitValue()), null);
    }

    /**
     * In a JVM started by {@link #run}: halts it when the JVM that started it ends first, even
     * killed outright (no shutdown hook runs then), so that no bake goes on with nobody to report
     * to. A bake stopped at any moment leaves the previous output whole.
     */
    static void endWithStarter() {
        String starter = System.getProperty(STARTED_BY);
        if (starter == null) {
            return;
        }
        Runnable halt = () -> Runtime.getRuntime().halt(Main.OUTPUT_FAILED);
        ProcessHandle.of(Long.parseLong(starter)).filter(ProcessHandle::isAlive).ifPresentOrElse(
                handle -> handle.onExit().thenRun(halt),
                halt); // gone already, before this JVM got here
    }

    /** The site's configuration as plain properties, enough to find its content folder; empty when unreadable. */
    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | RuntimeException e) {
            // the bake itself reports a missing or unreadable configuration
        }
        return properties;
    }

    /**
     * The files of the content folder, as the bake lists them: through a link too ({@link FolderFiles});
     * null when it cannot be listed (the bake reports why).
     */
    static FolderFiles.Listing listed(Path folder) {
        try {
            return FolderFiles.Listing.of(folder);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
