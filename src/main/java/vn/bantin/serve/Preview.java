package vn.bantin.serve;

import vn.bantin.Bake;
import vn.bantin.BakeMemory;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.SiteConfig;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.serve.PreviewState.BakedSite;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bantin serve}: an author's live preview. Bakes the site with drafts and scheduled
 * articles shown (each marked as a draft), serves it from memory on 127.0.0.1, and bakes again
 * whenever a file of {@code content/}, {@code templates/}, {@code assets/}, {@code data/} or
 * {@code jbake.properties} changes; open pages then reload themselves. A failed bake keeps the
 * last good site served, with its problems shown over every page. Nothing is written to disk.
 *
 * <p>Every rebake is a whole bake (there is no incremental bake yet); on the sample site that is
 * a fraction of a second.
 */
public final class Preview implements AutoCloseable {
    /** JBake's key for the port of its own preview server, and JBake's default. */
    static final String PORT_KEY = "server.port";
    static final int DEFAULT_PORT = 8820;
    /** How long the files must stay unchanged before a rebake: an editor's save is often several writes. */
    private static final Duration QUIET = Duration.ofMillis(150);

    private final Path siteFolder;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final SiteWatcher watcher;
    private final AtomicLong builds = new AtomicLong();
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private final CountDownLatch closed = new CountDownLatch(1);
    private PreviewServer server;
    private PreviewState state = new PreviewState("", null, List.of());
    /** The last good bake, so that a rebake parses only changed files and renders only changed pages. */
    private BakeMemory memory = BakeMemory.NONE;
    private List<Path> watched = List.of();
    private volatile String basePath;

    private Preview(Path siteFolder, Clock clock, PrintStream out, PrintStream err, SiteWatcher watcher) {
        this.siteFolder = siteFolder;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.watcher = watcher;
    }

    /**
     * Bakes the site, starts serving it and watching its files.
     *
     * @param port the port, 0 for any free one, or -1 for {@code server.port} of jbake.properties (8820)
     * @throws BakeFailure when jbake.properties is missing or unreadable (there is nothing to watch)
     * @throws BindException when the port is in use or not allowed
     * @throws IOException   when the folders cannot be watched
     */
    public static Preview start(Path source, int port, Clock clock, PrintStream out, PrintStream err)
            throws IOException {
        SiteConfig config = ConfigLoader.load(source, null).site();
        SiteWatcher watcher = new SiteWatcher(config.siteFolder().resolve("jbake.properties"), QUIET);
        Preview preview = new Preview(config.siteFolder(), clock, out, err, watcher);
        try {
            preview.basePath = config.basePath();
            preview.watch(config);
            preview.state = preview.bake();
            int chosen = port >= 0 ? port : configuredPort(config);
            try {
                preview.server = PreviewServer.start(chosen, preview.state);
            } catch (BindException e) {
                throw new BindException("port " + chosen + " is in use or not allowed (" + e.getMessage() + ")");
            }
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        Thread loop = new Thread(preview::rebakeOnChanges, "bantin-serve-watch");
        loop.setDaemon(true);
        loop.start();
        return preview;
    }

    /** The address of the site's home page, e.g. {@code http://127.0.0.1:8820/}. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    /** Waits until {@link #close()} is called. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to watch either way
        }
        if (server != null) {
            server.close();
        }
        closed.countDown();
    }

    private void rebakeOnChanges() {
        try {
            while (true) {
                Set<Path> changed = watcher.awaitChanges();
                out.println("bantin: changed " + describe(changed));
                state = bake();
                server.show(state);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview is over
        }
    }

    private PreviewState bake() {
        String buildId = session + "-" + builds.incrementAndGet();
        long start = System.nanoTime();
        try {
            Bake.Checked checked = new Bake(siteFolder, null, clock).preview().after(memory).check();
            memory = checked.memory();
            SiteConfig config = checked.config();
            checked.warnings().forEach(err::println);
            watch(config);
            basePath = config.basePath();
            int drafts = (int) checked.site().articles().stream().filter(a -> a.draft()).count();
            int pages = checked.finished().pageCount();
            out.printf(Locale.ROOT, "bantin: baked %d pages%s in %.2f s%s%n", pages,
                    checked.rendered() == pages ? "" : " (" + checked.rendered() + " rendered again)",
                    (System.nanoTime() - start) / 1e9, drafts == 0 ? "" : " (" + drafts + " not yet published, marked BẢN NHÁP)");
            return state.succeeded(buildId, BakedSite.of(checked.finished(), config.basePath(), config.indexFile(),
                    config.error404File()));
        } catch (BakeFailure failure) {
            failure.problems().forEach(err::println);
            int errors = failure.errors().size();
            err.printf("bantin: %d error%s (stopped at: %s); %s%n", errors, errors == 1 ? "" : "s", failure.stage(),
                    state.site() == null ? "the preview shows them until they are fixed"
                            : "still serving the last good site, with the errors shown on every page");
            return state.failed(buildId, failure.problems());
        } catch (IOException | RuntimeException e) {
            // Whatever went wrong, the preview keeps running and says so on the page.
            Problem problem = Problem.error("bantin", 0, "the bake stopped: " + e, "save the file again to retry");
            err.println(problem);
            return state.failed(buildId, List.of(problem));
        }
    }

    /** Watches the folders the configuration names; they change only when jbake.properties does. */
    private void watch(SiteConfig config) {
        List<Path> folders = List.of(config.contentFolder(), config.templateFolder(), config.assetFolder(),
                config.dataFolder());
        if (folders.equals(watched)) {
            return;
        }
        try {
            watcher.watch(folders);
            watched = folders;
        } catch (IOException e) {
            err.println("bantin: cannot watch " + e.getMessage() + "; save a file again to rebake");
        }
    }

    private String describe(Set<Path> changed) {
        List<String> names = changed.stream().map(p -> siteFolder.relativize(p).toString().replace('\\', '/')).toList();
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private static int configuredPort(SiteConfig config) {
        Object value = config.raw().get(PORT_KEY);
        String text = value == null ? "" : value.toString().strip();
        return text.matches("\\d{1,5}") && Integer.parseInt(text) <= 65535 ? Integer.parseInt(text) : DEFAULT_PORT;
    }
}
