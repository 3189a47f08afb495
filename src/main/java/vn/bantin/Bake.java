package vn.bantin;

import vn.bantin.config.ConfigLoader;
import vn.bantin.config.ConfigLoader.LoadedConfig;
import vn.bantin.config.SiteConfig;
import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.Finisher;
import vn.bantin.load.ContentLoader;
import vn.bantin.load.LoadedContent;
import vn.bantin.load.MarkdownRenderer;
import vn.bantin.model.Site;
import vn.bantin.model.SiteBuilder;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.render.RenderedPage;
import vn.bantin.render.SiteRenderer;
import vn.bantin.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bake, stage after stage: load, model, render, finish, write. Each stage takes the previous
 * stage's typed output; any stage's errors end the bake before anything is written.
 */
public final class Bake {
    private final Path siteFolder;
    private final Path output;
    private final Clock clock;

    /**
     * @param output where to write, or null for {@code destination.folder} of jbake.properties
     * @param clock  decides which scheduled articles are due
     */
    public Bake(Path siteFolder, Path output, Clock clock) {
        this.siteFolder = Objects.requireNonNull(siteFolder, "siteFolder");
        this.output = output;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a bake did: the output, counts, warnings and the time of each stage in milliseconds. */
    public record Result(Path output, int pages, int files, List<Problem> warnings, Map<String, Long> stageMillis) {
    }

    /**
     * What a check found: the finished site, ready to write, and its warnings.
     *
     * @param site        the frozen model
     * @param finished    every file the output would hold, and the external links of the pages
     * @param stageMillis the time of each stage so far
     */
    public record Checked(SiteConfig config, Site site, FinishedSite finished, List<Problem> warnings,
                          Map<String, Long> stageMillis) {
    }

    /**
     * Runs every stage but the write: the content, templates and links are checked, nothing is
     * written.
     *
     * @throws BakeFailure with every problem when the input has errors
     * @throws IOException when the templates' messages cannot be read
     */
    public Checked check() throws IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        long start = System.nanoTime();

        LoadedConfig config = ConfigLoader.load(siteFolder, output);
        SiteConfig siteConfig = config.site();
        LoadedContent content = new ContentLoader(siteConfig, config.jbake(), new MarkdownRenderer()).load();
        start = lap(times, "load", start);

        Site site = SiteBuilder.build(siteConfig, content, clock.instant());
        start = lap(times, "model", start);

        List<RenderedPage> pages = new SiteRenderer(site).render();
        start = lap(times, "render", start);

        FinishedSite finished = new Finisher(site).finish(pages);
        lap(times, "finish", start);

        List<Problem> warnings = content.problems().stream().filter(p -> !p.isError()).toList();
        return new Checked(siteConfig, site, finished, warnings, times);
    }

    /**
     * Runs every stage and writes the output.
     *
     * @throws BakeFailure  with every problem when the input has errors; the output is untouched
     * @throws IOException  when the output cannot be written; the previous output is untouched
     */
    public Result run() throws IOException {
        Checked checked = check();
        Map<String, Long> times = new LinkedHashMap<>(checked.stageMillis());
        long start = System.nanoTime();
        int files = new OutputWriter(checked.config().output()).write(checked.finished());
        lap(times, "write", start);
        return new Result(checked.config().output(), checked.finished().pageCount(), files, checked.warnings(), times);
    }

    private static long lap(Map<String, Long> times, String stage, long start) {
        long now = System.nanoTime();
        times.put(stage, (now - start) / 1_000_000);
        return now;
    }
}
