package vn.bantin.finish;

import vn.bantin.config.FolderFiles;
import vn.bantin.config.SiteConfig;
import vn.bantin.finish.search.AnalysedIndex;
import vn.bantin.finish.search.IndexedBefore;
import vn.bantin.finish.search.SearchEntries;
import vn.bantin.finish.search.SearchIndexBuilder;
import vn.bantin.finish.search.SearchIndexPatch;
import vn.bantin.model.Article;
import vn.bantin.model.Section;
import vn.bantin.model.Site;
import vn.bantin.model.Tag;
import vn.bantin.model.document.Document;
import vn.bantin.model.procedure.Procedure;
import vn.bantin.model.procedure.Procedures;
import vn.bantin.problem.Joined;
import vn.bantin.problem.ParallelWork;
import vn.bantin.problem.Problems;
import vn.bantin.render.Messages;
import vn.bantin.render.RenderedPage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The finish stage: post-processes every page once (in parallel), adds feeds, sitemap,
 * robots.txt and the search index, lists the files to copy, and checks every internal link
 * against the whole output.
 */
public final class Finisher {
    private final Site site;
    private final SiteConfig config;
    private final PageFinisher pageFinisher;
    /** The search index being built, once {@link #searchIndexAhead} or {@link #finish} started it. */
    private CompletableFuture<SearchIndexBuilder.Built> searchIndex;

    public Finisher(Site site) {
        this.site = site;
        this.config = site.config();
        this.pageFinisher = new PageFinisher(config.basePath(), config.siteUrl(), site.urls().error404());
    }

    /**
     * Starts building the search index now, on another thread, from the model and the index
     * {@code before} analysed, for {@link #finish} to take. Worth it when the render stage leaves
     * a core idle, as an incremental bake's does, rendering few pages; a full bake's render stage
     * keeps both cores busy, and its index is built in the finish stage, beside the feeds.
     */
    public void searchIndexAhead(IndexedBefore before) {
        if (searchIndex == null) {
            searchIndex = config.templateFor("search").isPresent()
                    ? CompletableFuture.supplyAsync(() -> searchIndex(before.analysedIndex()))
                    : CompletableFuture.completedFuture(
                            new SearchIndexBuilder.Built(new TreeMap<>(), List.of(), AnalysedIndex.NONE, 0,
                            SearchIndexPatch.Basis.NONE));
        }
    }

    /**
     * Finishes one page as soon as it is rendered: links made page-relative, links and ids noted
     * for the check. A page the render stage found unchanged is taken from {@code before}.
     */
    public FinishedPage page(RenderedPage page, FinishedBefore before) {
        return page.unchanged() ? previous(before, page) : pageFinisher.finish(page);
    }

    /**
     * Adds feeds, sitemap, robots.txt, the procedures' open data and the search index to the
     * finished pages, lists the files to copy, and checks the internal links of the whole site.
     *
     * @param pages  every page, finished; their bytes may be gone already (written to the output)
     * @param before the previous bake's pages, feeds, sitemap, search index and output files: its
     *               search entries unchanged since are not analysed again, its feeds, sitemap and
     *               entry shards unchanged are kept, and the links of its unchanged pages are checked
     *               only where they may now break
     * @throws vn.bantin.problem.BakeFailure when a link is broken or a copied file would replace a page
     */
    public FinishedSite finish(List<FinishedPage> pages, FinishedBefore before) {
        Problems problems = new Problems();

        // The search index is the largest part of the stage: it is built while the rest is done,
        // unless it was started already.
        searchIndexAhead(before);
        List<OutputFile> files = new ArrayList<>();
        for (FinishedPage page : pages) {
            files.add(new OutputFile(page.outputPath(), page.bytes()));
        }
        List<GeneratedFile> generated = new ArrayList<>();
        Map<String, List<String>> feedsOfBody = new HashMap<>();
        if (config.renders("feed")) {
            FeedWriter writer = new FeedWriter(config);
            for (Feed feed : feeds()) {
                generated.add(generated(before, feed.outputPath(), feed.fingerprint(), () -> writer.write(feed)));
                for (FeedItem item : feed.items()) {
                    if (item.body() != null) {
                        feedsOfBody.computeIfAbsent(item.body().source(), source -> new ArrayList<>()).add(feed.outputPath());
                    }
                }
            }
        }
        if (config.renders("sitemap")) {
            Map<String, String> lastModified = sitemapEntries(pages);
            generated.add(generated(before, config.sitemapFile(), SitemapWriter.fingerprint(lastModified),
                    () -> SitemapWriter.sitemap(config, lastModified)));
        }
        files.add(new OutputFile("robots.txt", SitemapWriter.robots(config, config.renders("sitemap"))));
        files.addAll(new ProcedureExport(config, site.procedures()).files());
        Map<String, Path> copies = copies(problems);
        SearchIndexBuilder.Built search = Joined.result(searchIndex);
        search.files().forEach((path, bytes) -> files.add(new OutputFile(searchFolder() + path, bytes)));
        // Made on every core: in a full bake, each of the index's thousand entry shards is made here.
        generated.addAll(ParallelWork.map(search.entryShards(),
                shard -> generated(before, searchFolder() + shard.path(), shard.fingerprint(), shard::bytes)));
        for (GeneratedFile file : generated) {
            files.add(new OutputFile(file.outputPath(), file.bytes()));
        }
        files.sort(Comparator.comparing(OutputFile::path));

        Set<String> outputPaths = new HashSet<>(copies.keySet());
        for (OutputFile file : files) {
            if (copies.containsKey(file.path())) {
                problems.error(relative(copies.get(file.path())), 0,
                        "this file would replace the generated " + file.path(), "rename or move it");
            }
            outputPaths.add(file.path());
        }
        new LinkChecker(config).check(pages, outputPaths, before, problems);
        reportRepeatedIds(pages, problems);
        problems.throwIfErrors("finish");
        return new FinishedSite(List.copyOf(files), copies, pages, generated, search.analysed(), search.patchBasis(),
                Map.copyOf(feedsOfBody));
    }

    private static FinishedPage previous(FinishedBefore before, RenderedPage page) {
        FinishedPage previous = before.finished(page.url());
        if (previous == null) {
            throw new IllegalStateException("the render stage kept " + page.url() + " from a bake that did not finish it");
        }
        return previous;
    }

    /**
     * An id used twice makes links to it ambiguous and the page invalid; it happens when an
     * article's heading or HTML takes an id the template also uses ("Bài mới đăng").
     */
    private static void reportRepeatedIds(List<FinishedPage> pages, Problems problems) {
        for (FinishedPage page : pages) {
            for (String id : page.repeatedIds()) {
                problems.error(page.sourcePath(), 0, "the id '" + id + "' is used twice on the page " + page.url(),
                        "a heading or HTML id of the content has the same name as a part of the page: rename the "
                                + "heading, or give it another id by ending the heading line with {#another-id}");
            }
        }
    }

    /**
     * The file {@code fingerprint} stands for: kept as the previous bake made it when it stood for
     * it then (its bytes those of {@code made}, null when only the output holds them), else made now.
     */
    private static GeneratedFile generated(GeneratedBefore made, String outputPath, String fingerprint,
                                           Supplier<byte[]> make) {
        GeneratedFile previous = made.generated(outputPath);
        byte[] bytes = previous != null && previous.fingerprint().equals(fingerprint) ? previous.bytes() : make.get();
        return new GeneratedFile(outputPath, fingerprint, bytes);
    }

    /** The site's feed, the documents', each section's and tag's, and the procedures'. */
    private List<Feed> feeds() {
        int size = config.feedSize();
        List<Feed> feeds = new ArrayList<>();
        Messages messages = siteMessages();
        String home = site.urls().home();
        List<FeedItem> documents = site.documents().all().stream().filter(d -> d.url() != null)
                .limit(size).map(d -> FeedItem.of(d, config.zone())).toList();
        List<FeedItem> newest = new ArrayList<>(documents);
        site.articles().stream().limit(size).map(FeedItem::of).forEach(newest::add);
        newest.sort(FeedItem.NEWEST_FIRST); // the site feed: articles and documents, newest first
        feeds.add(Feed.of(config.title(), config.description(), site.urls().feed(home), home, newest, size));
        if (site.documents().feedUrl() != null) {
            String title = messages.format("documents.title", "Văn bản – Kế hoạch");
            feeds.add(Feed.of(title + " – " + config.title(), "", site.documents().feedUrl(), site.documents().url(),
                    documents, size));
        }
        for (Section section : site.sections()) {
            List<Article> articles = site.articlesBySection().getOrDefault(section.id(), List.of());
            feeds.add(Feed.of(section.title() + " – " + config.title(), section.description(),
                    site.urls().feed(section.url()), section.url(),
                    articles.stream().limit(size).map(FeedItem::of).toList(), size));
        }
        for (Tag tag : site.tags()) {
            if (tag.feedUrl() != null) {
                List<FeedItem> tagged = new ArrayList<>();
                site.articlesByTag().getOrDefault(tag.slug(), List.of()).stream().limit(size)
                        .map(FeedItem::of).forEach(tagged::add);
                site.proceduresByTag().getOrDefault(tag.slug(), List.of()).stream().filter(p -> p.url() != null)
                        .map(p -> FeedItem.of(p, config.zone())).forEach(tagged::add);
                tagged.sort(FeedItem.NEWEST_FIRST);
                feeds.add(Feed.of(tag.name() + " – " + config.title(), "", site.urls().feed(tag.url()), tag.url(),
                        tagged, size));
            }
        }
        if (site.procedures().feedUrl() != null) {
            feeds.add(proceduresFeed(messages.format("procedures.title", "Thủ tục hành chính"), size));
        }
        return feeds;
    }

    /** New and updated procedures, most recently updated first. */
    private Feed proceduresFeed(String title, int size) {
        Procedures procedures = site.procedures();
        List<FeedItem> items = procedures.all().stream().filter(p -> p.url() != null)
                .map(p -> FeedItem.of(p, config.zone())).sorted(FeedItem.NEWEST_FIRST).toList();
        return Feed.of(title + " – " + config.title(), "", procedures.feedUrl(), procedures.url(), items, size);
    }

    /**
     * The search page's index of every article, document, page and procedure, its files by path
     * inside the index folder.
     */
    private SearchIndexBuilder.Built searchIndex(AnalysedIndex before) {
        String folder = searchFolder();
        String root = "../".repeat((int) folder.chars().filter(c -> c == '/').count());
        return new SearchIndexBuilder(root).build(SearchEntries.of(site), before);
    }

    /** The search index's folder in the output, e.g. {@code tim-kiem/chi-muc/}. */
    private String searchFolder() {
        return site.urls().searchIndex().substring(1);
    }

    /** The UI strings of the site's language, for the feeds' titles; only fallbacks when unreadable. */
    private Messages siteMessages() {
        try {
            return Messages.load(config.templateFolder(), config.language());
        } catch (IOException e) {
            return Messages.none();
        }
    }

    /** Each page's URL, in the pages' order, with the date its content last changed where it has one. */
    private Map<String, String> sitemapEntries(List<FinishedPage> pages) {
        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, String> articleDates = new HashMap<>(); // looked up only
        for (Article article : site.articles()) {
            String iso = article.date().iso(); // the local date, then 'T' and the time: not formatted again
            articleDates.put(article.url(), iso.substring(0, iso.indexOf('T')));
        }
        for (Document document : site.documents().all()) {
            if (document.url() != null) {
                articleDates.put(document.url(), document.issuedIso());
            }
        }
        for (Procedure procedure : site.procedures().all()) {
            if (procedure.url() != null) {
                articleDates.put(procedure.url(), procedure.updatedIso());
            }
        }
        for (FinishedPage page : pages) {
            if (!page.url().equals(site.urls().error404())) {
                dates.put(page.url(), articleDates.get(page.url()));
            }
        }
        return dates;
    }

    /** Assets go to the output root (JBake's rule); content files that are not Markdown keep their path. */
    private Map<String, Path> copies(Problems problems) {
        Map<String, Path> copies = new TreeMap<>();
        Path assets = config.assetFolder();
        try {
            FolderFiles.of(assets).stream()
                    .filter(file -> !assets.relativize(file).toString().startsWith("."))
                    .forEach(file -> copies.put(assets.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            problems.error(relative(assets), 0, "cannot list the assets: " + e.getMessage(), "");
        }
        site.staticFiles().forEach((path, file) -> {
            Path previous = copies.put(path, file);
            if (previous != null) {
                problems.error(relative(file), 0, "an asset has the same path: " + relative(previous),
                        "rename one of them");
            }
        });
        return copies;
    }

    private String relative(Path file) {
        return config.siteFolder().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
