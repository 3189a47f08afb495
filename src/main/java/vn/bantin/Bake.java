package vn.bantin;

import vn.bantin.config.ConfigLoader;
import vn.bantin.config.ConfigLoader.LoadedConfig;
import vn.bantin.config.FolderFiles;
import vn.bantin.config.SiteConfig;
import vn.bantin.finish.FinishedPage;
import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.Finisher;
import vn.bantin.load.ContentLoader;
import vn.bantin.load.FileStamp;
import vn.bantin.load.LoadedContent;
import vn.bantin.load.MarkdownRenderer;
import vn.bantin.model.Site;
import vn.bantin.model.SiteBuilder;
import vn.bantin.model.document.MentionMemory;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.render.SiteRenderer;
import vn.bantin.write.OutputWriter;
import vn.bantin.write.PreviousOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One bake, stage after stage: load, model, render, finish, write. Each stage takes the previous
 * stage's typed output; any stage's errors end the bake before anything is written.
 */
public final class Bake {
    private final Path siteFolder;
    private final Path output;
    private final Clock clock;
    private final boolean preview;
    private final Progress progress;
    private final BakeMemory before;
    private final boolean clean;
    /** The content folder as the launcher listed it, or null: see {@link #listed}. */
    private final FolderFiles.Listing listing;

    /**
     * @param output where to write, or null for {@code destination.folder} of jbake.properties
     * @param clock  decides which scheduled and expired articles are published
     */
    public Bake(Path siteFolder, Path output, Clock clock) {
        this(siteFolder, output, clock, false, Progress.NONE, BakeMemory.NONE, false, null);
    }

    private Bake(Path siteFolder, Path output, Clock clock, boolean preview, Progress progress, BakeMemory before,
                 boolean clean, FolderFiles.Listing listing) {
        this.siteFolder = Objects.requireNonNull(siteFolder, "siteFolder");
        this.output = output;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.preview = preview;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.before = Objects.requireNonNull(before, "before");
        this.clean = clean;
        this.listing = listing;
    }

    /**
     * The same bake for an author's preview ({@code bantin serve}): drafts and scheduled articles
     * are listed and rendered like published ones, each marked as a draft. Never for publishing.
     */
    public Bake preview() {
        return new Bake(siteFolder, output, clock, true, progress, before, clean, listing);
    }

    /** The same bake, telling {@code progress} about each stage as it ends. */
    public Bake reporting(Progress progress) {
        return new Bake(siteFolder, output, clock, preview, progress, before, clean, listing);
    }

    /**
     * The same bake, taking {@code content} as the listing of the content folder, made by the
     * launcher to count its files, instead of walking the folder again: the stamps of a listing
     * made earlier are never newer than the files the bake reads, so a file saved meanwhile is
     * found changed by the next bake. A listing of another folder is not taken.
     */
    public Bake listed(FolderFiles.Listing content) {
        return new Bake(siteFolder, output, clock, preview, progress, before, clean, content);
    }

    /** The same bake, full: what a previous bake kept is not used (it is replaced by this one's). */
    public Bake clean() {
        return new Bake(siteFolder, output, clock, preview, progress, BakeMemory.NONE, true, listing);
    }

    /**
     * The same bake, incremental: files unchanged since the bake {@code memory} describes are not
     * parsed again, pages whose fingerprint is unchanged are not rendered again. The output is the
     * same as a full bake's. A memory made with other templates, configuration or engine is ignored.
     */
    public Bake after(BakeMemory memory) {
        return new Bake(siteFolder, output, clock, preview, progress, memory, clean, listing);
    }

    /** Told about each stage as it ends, e.g. to show progress on a terminal. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (stage, count, unit, millis) -> { };

        /**
         * @param stage  load, model, render, finish or write
         * @param count  how many things the stage produced
         * @param unit   what they are: files, articles, pages
         * @param millis how long the stage took
         */
        void stageDone(String stage, int count, String unit, long millis);
    }

    /**
     * What a bake did: the output, counts, warnings and the time of each stage in milliseconds.
     *
     * @param files    how many files the output holds
     * @param written  how many of them this bake wrote; the others it left as they were
     * @param rendered how many of the pages were rendered; the others were unchanged since the
     *                 previous bake
     * @param memory   what this bake leaves for the next incremental one
     */
    public record Result(Path output, int pages, int files, int written, List<Problem> warnings,
                         Map<String, Long> stageMillis, int rendered, BakeMemory memory) {
    }

    /**
     * What a check found: the finished site, ready to write, and its warnings.
     *
     * @param site        the frozen model
     * @param finished    every file the output would hold, and the external links of the pages
     * @param stageMillis the time of each stage so far
     * @param rendered    how many pages were rendered; the others were unchanged since {@link #before}
     * @param memory      what this bake leaves for the next incremental one
     */
    public record Checked(SiteConfig config, Site site, FinishedSite finished, List<Problem> warnings,
                          Map<String, Long> stageMillis, int rendered, BakeMemory memory) {
    }

    /**
     * Runs every stage but the write: the content, templates and links are checked, nothing is
     * written. Like {@link #run}, it starts from the memory the last bake of the output kept, when
     * the output is still as that bake left it: unchanged files are not parsed, unchanged pages not
     * rendered (their links are still checked).
     *
     * @throws BakeFailure with every problem when the input has errors
     * @throws IOException when the templates' messages cannot be read
     */
    public Checked check() throws IOException {
        long start = System.nanoTime();
        LoadedConfig config = ConfigLoader.load(siteFolder, output);
        BakeMemory memory = before;
        if (memory == BakeMemory.NONE && !preview && !clean) {
            BakeMemoryFile.Stored stored = storedFor(config.site().output());
            if (stored != null) {
                memory = stored.memory();
            }
        }
        try {
            return check(config, BakeEnvironment.of(config.site(), preview), memory, start, Map.of(),
                    (path, page) -> page);
        } catch (RuntimeException e) {
            if (memory.bodiesDamaged()) {
                return clean().check(); // a body kept by the last bake was not as it left it: trust none
            }
            throw e;
        }
    }

    /**
     * The memory the last bake of {@code output} kept, if the output is still as that bake and the
     * quick rebuilds since ({@link QuickRebuild}) left it.
     */
    private static BakeMemoryFile.Stored storedFor(Path output) {
        Path file = memoryFile(output);
        BakeMemoryFile.Stored stored = BakeMemoryFile.read(file);
        if (stored == null) {
            return null;
        }
        QuickJournal quick = QuickJournal.read(QuickJournal.fileBeside(file));
        if (quick != null && quick.memoryStamp().equals(FileStamp.of(file))) {
            stored = stored.withQuickChanges(quick.written(), quick.removed());
        }
        return stored.output().matches(output) ? stored : null;
    }

    /**
     * Where each finished page goes as soon as it is finished: kept whole by a check and a preview,
     * written to the staging folder (and returned without its bytes) by a bake.
     */
    @FunctionalInterface
    private interface PageSink {
        FinishedPage accept(String outputPath, FinishedPage page);
    }

    /**
     * @param environment the digest of what the bake depends on besides the content ({@link BakeEnvironment})
     * @param listed      the stamps of the content folder's files, read already; the others are read as loaded
     */
    private Checked check(LoadedConfig config, String environment, BakeMemory given, long start,
                          Map<Path, FileStamp> listed, PageSink sink) throws IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        SiteConfig siteConfig = config.site();
        BakeMemory memory = given.environment().equals(environment) ? given : BakeMemory.NONE;
        memory.readAhead(); // the search index as analysed: a core is idle part of the load and model stages
        LoadedContent content =
                new ContentLoader(siteConfig, config.jbake(), new MarkdownRenderer(), memory, listed).load();
        start = lap(times, "load", start, content.documents().size() + content.staticFiles().size(), "files");

        MentionMemory mentions = new MentionMemory(memory.linked());
        Site site = SiteBuilder.build(siteConfig, content, clock.instant(), preview, mentions);
        start = lap(times, "model", start, site.articles().size(), "articles");

        Finisher finisher = new Finisher(site);
        if (memory != BakeMemory.NONE) {
            finisher.searchIndexAhead(memory); // few pages to render: a core is free for the index meanwhile
        }
        AtomicInteger renderedPages = new AtomicInteger();
        SiteRenderer.Rendered<FinishedPage> pages = new SiteRenderer(site).render(memory, page -> {
            if (!page.unchanged()) {
                renderedPages.incrementAndGet();
            }
            return sink.accept(page.outputPath(), finisher.page(page, memory));
        });
        int rendered = renderedPages.get();
        start = lap(times, "render", start, rendered, "pages");

        FinishedSite finished = finisher.finish(pages.pages(), memory);
        lap(times, "finish", start, finished.files().size() + finished.copies().size(), "files");

        List<Problem> warnings = site.warnings(); // the load stage's and the model's
        return new Checked(siteConfig, site, finished, warnings, times, rendered,
                BakeMemory.of(environment, content, mentions.made(), pages.basis(), finished));
    }

    /**
     * Runs every stage and writes the output. Unless {@link #after} gave it a memory, the bake starts
     * from the one the previous bake of this output kept on disk beside it ({@code <output>.bantin}),
     * when the output is still as that bake left it; and it keeps its own there for the next. When
     * no file the bake reads changed since, the clock changes nothing yet (no scheduled article came
     * due, nothing expired) and the output is as it was left, it stops there: nothing is loaded.
     *
     * @throws BakeFailure  with every problem when the input has errors; the output is untouched
     * @throws IOException  when the output cannot be written; the previous output is untouched
     */
    public Result run() throws IOException {
        if (preview) {
            throw new IllegalStateException("a preview holds drafts: it is served, never written as the site");
        }
        long begin = System.nanoTime();
        LoadedConfig config = ConfigLoader.load(siteFolder, output);
        Path out = config.site().output();
        Path memoryFile = memoryFile(out);
        Path inputsFile = memoryFile.resolveSibling("inputs.bin");
        Map<Path, FileStamp> content = BakeInputs.contentStamps(config.site(), listing);
        Map<String, FileStamp> stamps = BakeInputs.stamps(config.site(), content);
        String environment = BakeEnvironment.of(config.site(), false);
        if (!clean && before == BakeMemory.NONE) {
            BakeInputs last = BakeInputs.read(inputsFile);
            if (last != null && last.sameAs(environment, clock.instant(), stamps, out)) {
                // Nothing the bake reads changed, the clock changes nothing yet and the output is as it was left.
                Map<String, Long> times = new LinkedHashMap<>();
                lap(times, "unchanged", begin, last.outputs().size(), "files");
                return new Result(out, last.pages(), last.outputs().size(), 0, last.warnings(), times, 0,
                        BakeMemory.NONE);
            }
            Result quick = new QuickRebuild(config, memoryFile, inputsFile).run(last, environment, clock.instant(), stamps);
            if (quick != null) {
                lap(quick.stageMillis(), "quick", begin, quick.written(), "files");
                return quick;
            }
        }
        BakeMemoryFile.Stored stored = clean ? null : storedFor(out); // none when the output changed since
        BakeMemory memory = before != BakeMemory.NONE ? before : stored != null ? stored.memory() : BakeMemory.NONE;
        if (stored == null && memory.keptInOutput()) {
            memory = BakeMemory.NONE; // its pages or other files are in an output that is no longer as it left it
        }
        OutputWriter.Staging staging = new OutputWriter(out, spareFolder(out))
                .stage(stored != null ? stored.output().previous(stored.spare()) : PreviousOutput.NONE);
        Checked checked;
        OutputWriter.Written written;
        long start;
        Map<String, Long> times;
        try {
            // Each page goes to the staging folder as soon as it is finished: no page's bytes wait for the others.
            checked = check(config, environment, memory, begin, content, (path, page) -> {
                if (page.bytes() == null) {
                    staging.keep(path);
                    return page;
                }
                staging.put(path, page.bytes());
                return page.withoutBytes();
            });
            times = new LinkedHashMap<>(checked.stageMillis());
            start = System.nanoTime();
            // The journal of quick rebuilds describes the output until it changes: kept when the
            // check fails, so that the next bake still starts from the memory. This bake's own
            // journal, if any, follows its memory: until then, no quick rebuild.
            Files.deleteIfExists(QuickJournal.fileBeside(memoryFile));
            Files.deleteIfExists(QuickMemory.fileBeside(memoryFile));
            written = staging.commit(checked.finished());
        } catch (IOException | RuntimeException e) {
            staging.abandon();
            if (memory.bodiesDamaged()) {
                // A body kept by the last bake was not as it left it: trust none of its memory.
                Files.deleteIfExists(memoryFile);
                return clean().run();
            }
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause(); // a page could not be written
            }
            throw e;
        }
        long token = ThreadLocalRandom.current().nextLong();
        OutputRecord record = keep(memoryFile, checked, out, written, stored, token);
        Instant now = clock.instant();
        Instant next = checked.site().nextChange(now);
        try {
            new BakeInputs(environment, now.toEpochMilli(), next == null ? Long.MAX_VALUE : next.toEpochMilli(), stamps,
                    record.stamps(),
                    checked.finished().pageCount(), checked.warnings(), token).write(inputsFile);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(inputsFile); // never a stale one
        }
        lap(times, "write", start, written.written(), "files");
        return new Result(out, checked.finished().pageCount(), written.digests().size(), written.written(),
                checked.warnings(), times, checked.rendered(), checked.memory());
    }

    /** Where the memory of the bake of {@code output} is kept: beside it, never inside (it is not published). */
    static Path memoryFile(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".bantin").resolve("memory.bin");
    }

    /** Where the output a bake replaced is kept, for the next bake to bring up to date ({@link OutputWriter}). */
    private static Path spareFolder(Path output) {
        return memoryFile(output).resolveSibling("spare");
    }

    /**
     * Keeps this bake's memory for the next, and the quick memory beside it ({@link QuickCandidates}),
     * which goes with the inputs that hold {@code token}. When nothing changed the stored memory
     * still holds: no file read again, nothing rendered or written, the same model (a data file no
     * page shows changes the model alone), and no quick rebuild since. A memory that cannot be
     * written is removed, so that no stale one is ever trusted.
     */
    private static OutputRecord keep(Path file, Checked checked, Path output, OutputWriter.Written written,
                                     BakeMemoryFile.Stored stored, long token) throws IOException {
        boolean same = stored != null && !stored.quick() && written.written() == 0 && checked.rendered() == 0
                && checked.memory().readNothingSince(stored.memory())
                && checked.memory().basis().site().equals(stored.memory().basis().site());
        if (same) {
            return stored.output();
        }
        OutputRecord record = OutputRecord.of(output, written.digests());
        try {
            KeptBodies kept = BakeMemoryFile.write(file, checked.memory(), record, written.spare(),
                    stored == null ? null : stored.bodies());
            QuickCandidates.keep(file, checked, kept, token);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(QuickJournal.fileBeside(file));
            Files.deleteIfExists(QuickMemory.fileBeside(file));
        }
        return record;
    }

    private long lap(Map<String, Long> times, String stage, long start, int count, String unit) {
        long now = System.nanoTime();
        long millis = (now - start) / 1_000_000;
        times.put(stage, millis);
        progress.stageDone(stage, count, unit, millis);
        return now;
    }
}
