package vn.bantin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.config.FolderFiles;
import vn.bantin.problem.BakeFailure;
import vn.bantin.render.RenderBasis;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.OutputSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental bake ({@link Bake#after}) writes exactly what a clean full bake writes, byte for
 * byte, whatever changed in between: an article's body or title, an article added, deleted or
 * renamed, a bulk procedure, a template, the configuration. And it renders only what changed.
 */
class IncrementalBakeTest {
    private static final String ARTICLE = "content/tin-tuc/hoi-nghi-trien-khai.md";

    @TempDir
    Path folder;

    @Test
    void nothingChangedRendersNothing() {
        Outcome outcome = change("basic", site -> { });
        assertEquals(0, outcome.incremental().rendered(), "every page is the previous bake's");
    }

    @Test
    void anArticlesBodyChanged() {
        Outcome outcome = change("basic", site -> edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh.",
                "Tuyên truyền trên loa truyền thanh và trang Zalo của xã."));
        assertEquals(1, outcome.incremental().rendered(), "only its page shows its body");
        assertTrue(outcome.rendered("/tin-tuc/hoi-nghi-trien-khai/"), "its page");
        RenderBasis before = outcome.first().memory().basis();
        RenderBasis after = outcome.incremental().memory().basis();
        assertTrue(!before.site().isEmpty() && before.site().equals(after.site()),
                "the model without its bodies is the same: only pages that showed a changed body are looked at again");
        assertTrue(!Arrays.equals(before.bodies().get(ARTICLE), after.bodies().get(ARTICLE)), "its body's digest changed");
        for (String list : List.of("/", "/tin-tuc/", "/tag/mot-cua/")) {
            assertTrue(!outcome.rendered(list), list + " shows its title and summary only, and was not rendered again");
        }
        for (String feed : List.of("feed.xml", "tin-tuc/feed.xml", "tag/cai-cach-hanh-chinh/feed.xml", "tag/mot-cua/feed.xml")) {
            assertTrue(outcome.made(feed), feed + " carries its body, and was made again");
        }
        for (String kept : List.of("hoi-dap/feed.xml", "tag/so-hoa/feed.xml", "tag/dich-vu-cong-truc-tuyen/feed.xml",
                "sitemap.xml")) {
            assertTrue(!outcome.made(kept), kept + " does not show it, and was kept as it was");
        }
    }

    @Test
    void anArticlesBodyChangedWhereAListShowsBodies() {
        Outcome outcome = change("basic", site -> edit(site, "templates/section.ftlh",
                        "<@layout.articleList items=articles![] level=2/>",
                        "<#list articles![] as a><div class=\"toan-van\">${a.body?no_esc}</div></#list>"),
                site -> edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh.",
                        "Tuyên truyền trên loa truyền thanh và trang Zalo của xã."));
        assertTrue(outcome.rendered("/tin-tuc/hoi-nghi-trien-khai/"), "its page");
        assertTrue(outcome.rendered("/tin-tuc/"), "the section showing the bodies of its articles");
        assertTrue(outcome.files().get("tin-tuc/index.html") != null && new String(outcome.files().get("tin-tuc/index.html"),
                java.nio.charset.StandardCharsets.UTF_8).contains("trang Zalo của xã"), "with the new body");
        assertTrue(!outcome.rendered("/tag/mot-cua/"), "a tag's list still shows titles and summaries only");
    }

    @Test
    void whatASharedSidebarShowsIsNotedOnEveryPageThatShowsIt() {
        // Articles not among the newest five share one sidebar, rendered once (<@cached>); here it
        // shows a page's body, which nothing else on those pages shows.
        Outcome outcome = change("basic", site -> {
                    for (int day = 1; day <= 6; day++) {
                        site.write("content/tin-tuc/bai-cu-" + day + ".md", "---\ntitle: Bài cũ số " + day
                                + "\ndate: 2021-03-0" + day + " 08:00\ntags: [Một cửa]\n---\nNội dung cũ " + day + ".\n");
                    }
                    site.write("content/gioi-thieu.md", "---\ntype: page\ntitle: Giới thiệu\n---\nBản tin của xã.\n");
                    edit(site, "templates/layout.ftlh", "<aside class=\"sidebar\"",
                            "<#list published_pages as p><#if p.sourceuri?ends_with(\"gioi-thieu.md\")>"
                                    + "<div class=\"loi-gioi-thieu\">${p.body?no_esc}</div></#if></#list>\n<aside class=\"sidebar\"");
                },
                site -> edit(site, "content/gioi-thieu.md", "Bản tin của xã.", "Bản tin của xã Hòa Bình."));
        for (int day = 1; day <= 6; day++) {
            String url = "/tin-tuc/bai-cu-" + day + "/";
            assertTrue(outcome.rendered(url), url + " shows the new text in the sidebar it shares");
        }
    }

    @Test
    void anArticlesTitleChanged() {
        Outcome outcome = change("basic", site -> edit(site, ARTICLE,
                "title: Hội nghị triển khai kế hoạch cải cách hành chính", "title: Hội nghị triển khai kế hoạch năm 2026"));
        assertTrue(outcome.rendered("/tin-tuc/") && outcome.rendered("/tag/mot-cua/"), "the lists showing its title");
        assertTrue(!outcome.first().memory().basis().site().equals(outcome.incremental().memory().basis().site()),
                "a model with another title: every page is fingerprinted again");
    }

    @Test
    void anArticlesDateChanged() {
        Outcome outcome = change("basic", site -> edit(site, ARTICLE, "date: 2024-03-21 15:46", "date: 2024-03-25 09:00"));
        assertTrue(outcome.made("sitemap.xml") && outcome.made("feed.xml"), "the sitemap and feeds showing its date");
        assertTrue(new String(outcome.files().get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("/tin-tuc/hoi-nghi-trien-khai/</loc><lastmod>2024-03-25</lastmod>"), "with the new date");
    }

    @Test
    void anArticleWasAdded() {
        change("basic", site -> site.write("content/tin-tuc/bai-moi.md",
                "---\ntitle: Bài mới về một cửa\ndate: 2026-11-20 08:00\ntags: [Một cửa, Chuyển đổi số]\n---\nNội dung bài mới.\n"));
    }

    @Test
    void anArticleWasDeleted() {
        Outcome outcome = change("basic", site -> site.delete(ARTICLE));
        assertTrue(outcome.files().keySet().stream().noneMatch(path -> path.contains("hoi-nghi-trien-khai")),
                "gone from the output: " + outcome.files().keySet());
    }

    @Test
    void anArticleWasRenamed() {
        change("basic", site -> {
            String text = read(site, ARTICLE);
            site.delete(ARTICLE);
            site.write("content/tin-tuc/hoi-nghi-trien-khai-nam-2026.md", text);
        });
    }

    @Test
    void aDocumentRenumberedUnlinksTheMentionsOfArticlesThatDidNotChange() {
        String mentioning = "/tin-tuc/trien-khai-ke-hoach-nam-2025/"; // mentions 54/KH-UBND, unchanged
        Outcome outcome = change("documents", site -> edit(site, "content/van-ban/54-kh-ubnd-2025.md",
                "number: 54/KH-UBND", "number: 55/KH-UBND"));
        assertTrue(outcome.rendered(mentioning), "its mentions are linked again");
        String page = new String(outcome.files().get("tin-tuc/trien-khai-ke-hoach-nam-2025/index.html"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!page.contains("class=\"doc-ref\">54/KH-UBND"), "no document of the site is 54/KH-UBND any more");
    }

    @Test
    void theDocumentsAnArticleListsSettleItsUnchangedBodysMentionAgain() {
        String article = "content/tin-tuc/kiem-tra-cong-vu.md";
        Outcome outcome = change("documents",
                site -> site.write(article, "---\ntitle: Kiểm tra công vụ\ndate: 2025-01-20 08:00\n"
                        + "documents: [08/KH-UBND ngày 08/01/2024]\n---\nĐoàn kiểm tra theo Kế hoạch số 08/KH-UBND.\n"),
                site -> edit(site, article, "08/KH-UBND ngày 08/01/2024", "08/KH-UBND ngày 06/01/2025"));
        String page = new String(outcome.files().get("tin-tuc/kiem-tra-cong-vu/index.html"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("08-kh-ubnd-2025/\" class=\"doc-ref\">08/KH-UBND"),
                "the mention names the document the article now lists: " + page);
    }

    @Test
    void aBulkProcedureChanged() {
        change("procedures", site -> edit(site, "data/thu-tuc/chung-thuc.yaml", "Trong ngày làm việc", "Trong 01 ngày làm việc"));
    }

    @Test
    void aTemplateChangedSoEveryPageIsRenderedAgain() {
        Outcome outcome = change("basic", site -> edit(site, "templates/layout.ftlh", "<main id=\"noi-dung\" class=\"main\">",
                "<main id=\"noi-dung\" class=\"main main-doi\">"));
        assertEquals(outcome.incremental().pages(), outcome.incremental().rendered());
    }

    @Test
    void theConfigurationChangedSoEveryPageIsRenderedAgain() {
        Outcome outcome = change("basic", site -> edit(site, "jbake.properties", "bantin.title=Bản tin thử nghiệm",
                "bantin.title=Bản tin thử nghiệm mới"));
        assertEquals(outcome.incremental().pages(), outcome.incremental().rendered());
    }

    @Test
    void aNewProcessStartsFromTheMemoryKeptBesideTheOutputAndRewritesNothingWhenNothingChanged() {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        Bake.Result first = site.bake();
        assertTrue(Files.isRegularFile(Bake.memoryFile(site.output())), "the memory is kept beside the output");
        assertTrue(!Files.exists(site.output().resolve("memory.bin")), "never inside it: it is not published");
        RenderBasis kept = BakeMemoryFile.read(Bake.memoryFile(site.output())).memory().basis();
        assertEquals(first.memory().basis().site(), kept.site(), "what the pages were rendered from is kept");
        assertEquals(first.memory().basis().bodies().keySet(), kept.bodies().keySet());
        first.memory().basis().bodies().forEach((source, digest) ->
                assertTrue(Arrays.equals(digest, kept.bodies().get(source)), source + "'s digest is kept"));
        OutputSnapshot before = OutputSnapshot.of(site.output());

        Bake.Result second = site.bake(); // a new Bake, as a new process makes
        assertEquals(0, second.rendered());
        assertEquals(0, second.written());
        assertEquals(first.files(), second.files());
        before.assertUnchanged(site.output()); // bytes and modification times
    }

    @Test
    void aModelChangedThoughNoPageRenderedAgainIsKeptForTheNextBake() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        Instant settled = Instant.now().minusSeconds(60); // files saved just now are always parsed again
        settle(site.root(), settled);
        Bake.Result first = site.bake();
        site.write("data/lich-tiep-dan.yml", "thu: Thứ Năm\ngio: \"7 giờ 30\"\n"); // read by no template
        settle(site.root().resolve("data"), settled.plusSeconds(1));
        Bake.Result second = site.bake();
        assertEquals(0, second.rendered(), "no page shows the data");
        assertEquals(0, second.written(), "nor any other file");
        assertTrue(!second.memory().basis().site().equals(first.memory().basis().site()), "the model holds it");
        assertEquals(second.memory().basis().site(),
                BakeMemoryFile.read(Bake.memoryFile(site.output())).memory().basis().site(),
                "kept, so that the next bake does not fingerprint every page again");
    }

    /**
     * When no file the bake reads changed, the clock changes nothing and the output is as it was
     * left, a bake stops before loading anything; a scheduled article coming due, a changed file or
     * an output touched by hand each makes it bake again.
     */
    @Test
    void aBakeOfSettledUnchangedFilesStopsAtOnceUntilTheClockOrAFileChangesSomething() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        settle(site.root(), Instant.parse("2026-01-01T00:00:00Z"));
        site.bake();
        OutputSnapshot before = OutputSnapshot.of(site.output());

        Bake.Result unchanged = site.bake();
        assertTrue(unchanged.stageMillis().containsKey("unchanged"), "stopped at once: " + unchanged.stageMillis());
        assertEquals(0, unchanged.written());
        before.assertUnchanged(site.output());

        Clock due = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), FixtureSite.CLOCK.getZone()); // 09:00 +07
        Bake.Result later = new Bake(site.root(), site.output(), due).run();
        assertTrue(!later.stageMillis().containsKey("unchanged"), "the scheduled article came due");
        assertTrue(site.exists("tin-tuc/bai-hen-gio/index.html"), "and is published");

        site.bake(); // the fixed clock again: the article goes back to being scheduled
        assertTrue(!site.exists("tin-tuc/bai-hen-gio/index.html"));
        Path page = site.output().resolve("gioi-thieu/index.html");
        Files.writeString(page, "sửa tay");
        Bake.Result repaired = site.bake();
        assertTrue(!repaired.stageMillis().containsKey("unchanged"), "an output touched by hand is baked again");
        assertTrue(site.read("gioi-thieu/index.html").contains("<html"), "and repaired");

        editSettled(site, ARTICLE, "Tuyên truyền", "Tuyên truyền rộng rãi", Instant.parse("2026-01-01T00:00:01Z"));
        Bake.Result edited = site.bake();
        assertTrue(!edited.stageMillis().containsKey("unchanged"), "a changed file is baked");
        assertTrue(site.read("tin-tuc/hoi-nghi-trien-khai/index.html").contains("Tuyên truyền rộng rãi"));
    }

    /** Content, assets and templates in folders that are links (shared with another site, on another disk). */
    @Test
    void editsInFoldersReachedThroughLinksAreBaked() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        for (String name : List.of("content", "assets", "templates")) {
            Path elsewhere = folder.resolve("chung").resolve(name);
            Files.createDirectories(elsewhere.getParent());
            Files.move(site.root().resolve(name), elsewhere);
            Files.createSymbolicLink(site.root().resolve(name), elsewhere);
        }
        settle(folder.resolve("chung"), Instant.parse("2026-01-01T00:00:00Z"));
        settle(site.root(), Instant.parse("2026-01-01T00:00:00Z"));
        site.bake();
        assertTrue(site.exists("css/bantin.css"), "the assets are copied");
        assertTrue(site.bake().stageMillis().containsKey("unchanged"), "nothing changed: stopped at once");

        editSettled(site, ARTICLE, "Tuyên truyền", "Tuyên truyền rộng rãi", Instant.parse("2026-01-01T00:00:01Z"));
        Bake.Result edited = site.bake();
        assertTrue(!edited.stageMillis().containsKey("unchanged"), "the edit behind the link is seen");
        assertTrue(site.read("tin-tuc/hoi-nghi-trien-khai/index.html").contains("Tuyên truyền rộng rãi"));

        editSettled(site, "templates/layout.ftlh", "<main id=\"noi-dung\" class=\"main\">",
                "<main id=\"noi-dung\" class=\"main main-moi\">", Instant.parse("2026-01-01T00:00:02Z"));
        Bake.Result relaid = site.bake();
        assertEquals(relaid.pages(), relaid.rendered(), "a template changed behind the link: every page rendered again");
        assertTrue(site.read("gioi-thieu/index.html").contains("main main-moi"));
    }

    @Test
    void aBulkProcedureFileIsReadAgainOnlyWhenItChanged() throws IOException {
        FixtureSite site = searchable("procedures", folder.resolve("site"));
        settle(site.root(), Instant.parse("2026-01-01T00:00:00Z"));
        Bake.Result first = bake(site, site.output(), BakeMemory.NONE);
        String yaml = "thu-tuc/chung-thuc.yaml";
        String csv = "thu-tuc/bao-tro-xa-hoi.csv";
        assertEquals(List.of(csv, yaml), first.memory().tables().keySet().stream().sorted().toList());

        Path file = site.root().resolve("data").resolve(yaml);
        Files.writeString(file, Files.readString(file).replace("Trong ngày làm việc", "Trong 01 ngày làm việc"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:01Z")));
        Bake.Result second = bake(site, site.output(), first.memory());
        assertTrue(second.memory().tables().get(csv) == first.memory().tables().get(csv), "an unchanged file is not read");
        assertTrue(second.memory().tables().get(yaml) != first.memory().tables().get(yaml), "a changed one is");
        bake(site, folder.resolve("clean"), BakeMemory.NONE);
        assertSameFiles(files(folder.resolve("clean")), files(site.output()));
    }

    /**
     * A bake given the launcher's listing of the content folder ({@link Bake#listed}) takes the
     * stamps read there instead of looking at each file again: a file saved after the listing counts
     * as it was listed, and the next bake, which finds it newer, catches up. A listing of another
     * folder is not taken.
     */
    @Test
    void aListingOfTheContentFolderIsTakenAsItsFilesWereThenAndTheNextBakeCatchesUp() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        settle(site.root(), Instant.parse("2026-01-01T00:00:00Z"));
        Bake bake = new Bake(site.root(), site.output(), FixtureSite.CLOCK);
        bake.run();
        FolderFiles.Listing listed = FolderFiles.Listing.of(site.root().resolve("content"));
        editSettled(site, ARTICLE, "Tuyên truyền trên loa truyền thanh.", "Tuyên truyền trên loa truyền thanh và Zalo.",
                Instant.parse("2026-01-01T00:00:01Z"));

        assertEquals(0, bake.listed(listed).run().written(), "the content as listed: nothing changed");
        site.write("assets/ghi-chu.txt", "Tệp mới ngoài thư mục nội dung.");
        Bake.Result loaded = bake.listed(listed).run();
        assertTrue(loaded.written() > 0 && Files.exists(site.output().resolve("ghi-chu.txt")), "an asset added: a bake");
        assertFalse(site.read("tin-tuc/hoi-nghi-trien-khai/index.html").contains("và Zalo"),
                "whose loader took the article's stamp as listed: the article as the memory holds it");

        FolderFiles.Listing ofAnother = FolderFiles.Listing.of(site.root().resolve("content/tin-tuc"));
        Bake.Result after = bake.listed(ofAnother).run();
        assertTrue(after.written() > 0 && after.rendered() > 0, "the folder walked again: the edit found");
        assertTrue(site.read("tin-tuc/hoi-nghi-trien-khai/index.html").contains("và Zalo"));
        bake(site, folder.resolve("clean"), BakeMemory.NONE);
        assertSameFiles(files(folder.resolve("clean")), files(site.output()));
    }

    /**
     * The fixture with the sample's templates and its search page: every case checks the search
     * index too, whose terms, postings and entry shards an incremental bake keeps where unchanged.
     */
    private static FixtureSite searchable(String fixture, Path folder) {
        FixtureSite site = FixtureSite.withSampleTemplates(fixture, folder);
        return site.write("jbake.properties", read(site, "jbake.properties") + "\ntemplate.search.file=search.ftlh\n");
    }

    /** Edits a file as an author would, its time set to {@code time}: long enough ago to count as settled. */
    private static void editSettled(FixtureSite site, String path, String from, String to, Instant time) throws IOException {
        Path file = site.root().resolve(path);
        Files.writeString(file, Files.readString(file).replace(from, to));
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private static void settle(Path root, Instant time) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    @Test
    void aNewProcessAfterAnEditWritesOnlyWhatChangedAndEqualsACleanBake() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        site.bake();
        Path untouched = site.output().resolve("gioi-thieu/index.html");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(untouched);
        edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh.", "Tuyên truyền trên loa truyền thanh và Zalo.");

        Bake.Result second = site.bake();
        assertTrue(second.written() > 0 && second.written() < second.files(), second.written() + " of " + second.files());
        assertEquals(time, Files.getLastModifiedTime(untouched), "a page that did not change is not rewritten");
        bake(site, folder.resolve("clean"), BakeMemory.NONE);
        assertSameFiles(files(folder.resolve("clean")), files(site.output()));

        site.delete("content/tin-tuc/so-hoa-ho-so.md"); // every page's menu count changes
        site.bake();
        bake(site, folder.resolve("clean-2"), BakeMemory.NONE);
        assertSameFiles(files(folder.resolve("clean-2")), files(site.output()));

        // From the third bake on, the output is assembled in the spare folder, which holds the
        // output of the bake before last: here the second's, nearly every file of which differs
        // from what the output must now be (the deletion changed every page's menu).
        time = Files.getLastModifiedTime(untouched);
        edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh và Zalo.", "Tuyên truyền trên loa truyền thanh.");
        site.bake();
        assertEquals(time, Files.getLastModifiedTime(untouched), "a page that did not change is not rewritten");
        bake(site, folder.resolve("clean-3"), BakeMemory.NONE);
        assertSameFiles(files(folder.resolve("clean-3")), files(site.output()));
    }

    @Test
    void aWarningAboutAFileNotParsedAgainPointsAtTheSameLine() throws IOException {
        FixtureSite site = searchable("documents", folder.resolve("site"));
        String mentioning = "content/tin-tuc/kiem-tra-dau-nam.md"; // line 7 mentions 08/KH-UBND with no date
        settle(site.root(), Instant.now().minusSeconds(3600)); // a file changed a moment ago is always read again
        Bake.Result first = site.bake();
        edit(site, "content/tin-tuc/trien-khai-ke-hoach-nam-2025.md", "cải cách hành chính năm 2025.",
                "cải cách hành chính năm 2025 trên địa bàn huyện.");
        Bake.Result second = site.bake(); // a new Bake, as a new process makes: the memory is read from disk
        assertTrue(second.memory().parsed().get("tin-tuc/kiem-tra-dau-nam.md").document()
                != first.memory().parsed().get("tin-tuc/kiem-tra-dau-nam.md").document(), "a new process reads the memory");
        assertEquals(first.memory().parsed().get("tin-tuc/kiem-tra-dau-nam.md").stamp(),
                second.memory().parsed().get("tin-tuc/kiem-tra-dau-nam.md").stamp(), "the file was not parsed again");
        for (Bake.Result result : List.of(first, second)) {
            assertTrue(result.warnings().stream().anyMatch(w -> w.path().equals(mentioning) && w.line() == 7
                    && w.message().startsWith("the mention of 08/KH-UBND could be 2 documents")), result.warnings().toString());
        }
    }

    @Test
    void aCheckStartsFromTheLastBakesMemoryAndStillChecksEveryLink() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        String linking = "content/tin-tuc/so-hoa-ho-so.md";
        site.write("content/tin-tuc/tep/ke-hoach.pdf", "%PDF-1.4 kế hoạch");
        site.write(linking, read(site, linking) + "\nXem [toàn văn kế hoạch](tep/ke-hoach.pdf).\n");
        Bake.Result baked = site.bake();
        Bake.Checked checked = new Bake(site.root(), site.output(), FixtureSite.CLOCK).check();
        assertEquals(0, checked.rendered(), "no page changed since the bake");
        assertEquals(baked.pages(), checked.finished().pageCount());

        site.delete("content/tin-tuc/tep/ke-hoach.pdf"); // no page shows a file: none is rendered again
        BakeFailure failure = assertThrows(BakeFailure.class,
                () -> new Bake(site.root(), site.output(), FixtureSite.CLOCK).check());
        assertTrue(failure.errors().stream().anyMatch(e -> e.path().equals(linking)),
                "the links of a page not rendered again are still checked: " + failure.errors());
    }

    @Test
    void aLinkToAHeadingAnotherPageNoLongerHasIsBrokenThoughItsPageIsNotRenderedAgain() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        String linking = "content/hoi-dap/nop-ho-so-truc-tuyen.md";
        site.write(linking, read(site, linking)
                + "\nXem [nội dung hội nghị](/tin-tuc/hoi-nghi-trien-khai/#noi-dung-chinh).\n");
        site.bake();
        edit(site, ARTICLE, "## Nội dung chính", "## Những việc cần làm"); // its page only is rendered again
        BakeFailure failure = site.bakeFailing();
        assertTrue(failure.errors().stream().anyMatch(e -> e.path().equals(linking)
                && e.message().contains("no anchor #noi-dung-chinh")), failure.errors().toString());

        edit(site, ARTICLE, "## Những việc cần làm", "## Nội dung chính");
        assertEquals(0, site.bake().rendered(), "the heading is back: the site is as the last good bake left it");
    }

    @Test
    void anOutputChangedByHandIsNotTrusted() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        site.bake();
        String home = site.read("index.html");
        Files.writeString(site.output().resolve("index.html"), "sửa tay");
        Files.delete(site.output().resolve("gioi-thieu/index.html"));
        site.bake();
        assertEquals(home, site.read("index.html"), "rewritten as the bake makes it");
        assertTrue(site.exists("gioi-thieu/index.html"));
    }

    /**
     * The pages of the memory are kept in a file of their own: one left by another bake (a copy
     * put back, a bake that stopped between the two files) makes the memory untrusted, never
     * mixed with it.
     */
    @Test
    void pagesKeptByAnotherBakeAreNotTrusted() throws IOException {
        FixtureSite site = searchable("basic", folder.resolve("site"));
        site.bake();
        Path pages = Bake.memoryFile(site.output()).resolveSibling("pages.bin");
        assertTrue(Files.isRegularFile(pages), "the pages are kept beside the memory");
        Path earlier = folder.resolve("pages-of-the-first-bake.bin");
        Files.copy(pages, earlier);
        edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh.", "Tuyên truyền trên loa truyền thanh và Zalo.");
        assertEquals(1, site.bake().rendered(), "the memory and its pages are used together");

        Files.copy(earlier, pages, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh và Zalo.", "Tuyên truyền trên loa truyền thanh.");
        Bake.Result result = site.bake();
        assertEquals(result.pages(), result.rendered(), "pages from another bake: everything is rendered again");
        bake(site, folder.resolve("clean"), BakeMemory.NONE);
        assertSameFiles(files(folder.resolve("clean")), files(site.output()));
        edit(site, ARTICLE, "Tuyên truyền trên loa truyền thanh.", "Tuyên truyền trên loa truyền thanh, Zalo.");
        assertEquals(1, site.bake().rendered(), "and the memory it kept is whole again");
    }

    /** What an incremental bake after {@code edit} did, once its output was found equal to a clean bake's. */
    private record Outcome(Bake.Result first, Bake.Result incremental, Map<String, byte[]> files) {
        /** Whether the incremental bake rendered the page again, rather than keep the first bake's. */
        boolean rendered(String url) {
            assertTrue(incremental.memory().finished(url) != null, url + " is a page of the site");
            return incremental.memory().finished(url) != first.memory().finished(url);
        }

        /** Whether the incremental bake made the feed or sitemap again, rather than keep the first bake's bytes. */
        boolean made(String outputPath) {
            assertTrue(incremental.memory().generated(outputPath) != null, outputPath + " is a feed or the sitemap");
            return incremental.memory().generated(outputPath).bytes() != first.memory().generated(outputPath).bytes();
        }
    }

    /**
     * Bakes the fixture, edits it, bakes again on the same output and compares with a clean bake.
     * The bake before the edit replaces an earlier output (with one more article, so nearly every
     * page differs), which it keeps as the spare folder: the bake after the edit assembles its
     * output there, as every bake of a site edited day after day.
     */
    private Outcome change(String fixture, Consumer<FixtureSite> edit) {
        return change(fixture, site -> { }, edit);
    }

    /** The same, on the fixture as {@code prepare} changed it before the first bake. */
    private Outcome change(String fixture, Consumer<FixtureSite> prepare, Consumer<FixtureSite> edit) {
        FixtureSite site = searchable(fixture, folder.resolve("site"));
        prepare.accept(site);
        String earlierFile = "content/tin-tuc/bai-cua-lan-dang-truoc.md"; // every page's menu counts it
        site.write(earlierFile, "---\ntitle: Bài của lần đăng trước\ndate: 2020-01-02 08:00\ntags: [Một cửa]\n---\nĐã gỡ.\n");
        Bake.Result earlier = bake(site, site.output(), BakeMemory.NONE);
        site.delete(earlierFile);
        Bake.Result first = bake(site, site.output(), earlier.memory());
        assertTrue(Files.isRegularFile(site.output().resolveSibling("out.bantin").resolve("spare.whole")),
                "the earlier output is kept as the spare folder");
        edit.accept(site);
        Bake.Result incremental = bake(site, site.output(), first.memory());
        Path clean = folder.resolve("clean");
        bake(site, clean, BakeMemory.NONE);
        Map<String, byte[]> actual = files(site.output());
        assertSameFiles(files(clean), actual);
        return new Outcome(first, incremental, actual);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> different = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, actual.get(path))) {
                different.add(path);
            }
        });
        assertEquals(List.of(), different, "files whose bytes differ from a clean bake's");
    }

    private static Bake.Result bake(FixtureSite site, Path output, BakeMemory memory) {
        try {
            return new Bake(site.root(), output, FixtureSite.CLOCK).after(memory).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(FixtureSite site, String path, String from, String to) {
        String text = read(site, path);
        assertTrue(text.contains(from), path + " holds " + from);
        site.write(path, text.replace(from, to));
    }

    private static String read(FixtureSite site, String path) {
        try {
            return Files.readString(site.root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
