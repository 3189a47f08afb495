package vn.bantin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.BakeFailure;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.OutputSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quick rebuild ({@link QuickRebuild}) after an edit to one article's body writes exactly what a
 * clean bake writes, and steps aside for every edit it cannot bake so: the bake then goes the
 * whole way, and its output is a clean bake's too.
 */
class QuickRebuildTest {
    /** An old article: no feed shows it (two items each, newest first), so only its page and search entry show its body. */
    private static final String OLD = "content/tin-tuc/tong-ket-mot-cua-2019.md";
    private static final String OLD_TEXT = """
            ---
            title: Tổng kết hoạt động bộ phận một cửa năm 2019
            date: 2019-12-20 09:30
            tags: [Một cửa]
            summary: Bộ phận một cửa của xã tiếp nhận hơn hai nghìn hồ sơ trong năm 2019.
            ---
            Năm 2019, bộ phận một cửa của xã tiếp nhận và giải quyết hồ sơ đúng hạn.

            ## Kết quả

            Hồ sơ lĩnh vực hộ tịch chiếm nhiều nhất, tiếp đến là chứng thực.

            Xem thêm [hỏi đáp](/hoi-dap/nop-ho-so-truc-tuyen/) về nộp hồ sơ trực tuyến.
            """;

    @TempDir
    Path folder;

    @Test
    void anEditToABodyAloneIsBakedQuicklyAndEqualsACleanBake() {
        FixtureSite site = bakedSite();
        Path untouched = site.output().resolve("tin-tuc/index.html");
        long before = modified(untouched);
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực và đăng ký kinh doanh hộ cá thể.");

        Bake.Result quick = bakeQuickly(site, "an edit to its text");
        assertTrue(quick.written() >= 2, "its page and at least one shard of the search index: " + quick.written());
        assertEquals(before, modified(untouched), "a page that does not show the body is not rewritten");
        assertTrue(text(site, "tin-tuc/tong-ket-mot-cua-2019/index.html").contains("đăng ký kinh doanh hộ cá thể"),
                "its page shows the new text");
        assertSameAsClean(site);
    }

    @Test
    void editsOneAfterAnotherAreQuickAndTheNextWholeBakeTakesWhatTheyWrote() {
        FixtureSite site = bakedSite();
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực, rồi đất đai.");
        bakeQuickly(site, "the first edit");
        edit(site, OLD, "rồi đất đai.", "rồi đất đai và xây dựng.\n\n| Lĩnh vực | Hồ sơ |\n|---|---|\n| Hộ tịch | 1.204 |\n");
        bakeQuickly(site, "the second, with a table, written in its scrolling region");
        assertTrue(text(site, "tin-tuc/tong-ket-mot-cua-2019/index.html").contains("class=\"table-scroll\""),
                "its table scrolls on a phone, as the template writes bodies");
        assertSameAsClean(site);
        edit(site, "content/tin-tuc/hoi-nghi-trien-khai.md", "Tuyên truyền trên loa truyền thanh.",
                "Tuyên truyền trên loa truyền thanh và bảng tin.");
        bakeQuickly(site, "another article after it");
        assertSameAsClean(site);

        // The title changes the model: the whole way, from the memory the last whole bake kept and
        // the files the quick rebuilds wrote since.
        edit(site, OLD, "title: Tổng kết hoạt động bộ phận một cửa năm 2019", "title: Tổng kết một cửa năm 2019");
        Bake.Result whole = bake(site);
        assertFalse(whole.stageMillis().containsKey("quick"), "a title is no body");
        assertTrue(whole.written() < whole.files(), "an incremental bake, not a full one: " + whole.written());
        assertSameAsClean(site);

        edit(site, OLD, "rồi đất đai và xây dựng.", "rồi đất đai.");
        bakeQuickly(site, "quick again after a whole bake");
        assertSameAsClean(site);
        Bake.Result again = bake(site);
        assertEquals(0, again.written(), "nothing changed since: nothing written");
    }

    /**
     * An old article listing 1,500 file codes no other page has: their terms fill search index
     * shards of their own. Codes that all become one take those shards away, and back again; the
     * shards are named after their boundaries, so no other shard is renamed.
     */
    @Test
    void anEditThatTakesShardsFromTheSearchIndexAndGivesThemBackIsQuick() {
        FixtureSite site = bakedSite();
        String codes = IntStream.rangeClosed(1, 1500).mapToObj(i -> String.format("HS%04d", i))
                .collect(Collectors.joining(", "));
        String same = String.join(", ", Collections.nCopies(1500, "HS0001"));
        site.write("content/tin-tuc/danh-muc-ho-so-2017.md", """
                ---
                title: Danh mục hồ sơ lưu trữ năm 2017
                date: 2017-12-28 10:00
                summary: Danh mục hồ sơ bộ phận một cửa nộp lưu năm 2017.
                ---
                Bộ phận một cửa nộp lưu hồ sơ năm 2017 theo danh mục dưới đây.

                Mã hồ sơ: %s.
                """.formatted(codes));
        Bake.Result listed = bake(site);
        assertFalse(listed.stageMillis().containsKey("quick"), "a new article");
        int files = listed.files();

        edit(site, "content/tin-tuc/danh-muc-ho-so-2017.md", codes, same);
        Bake.Result fewer = bakeQuickly(site, "codes become one: the same length, fewer terms");
        assertTrue(fewer.files() < files, "shards of the search index removed: " + fewer.files() + " files, " + files + " before");
        assertSameAsClean(site);

        // The whole way, from the last whole bake's memory with what the quick rebuild wrote and removed.
        edit(site, OLD, "title: Tổng kết hoạt động bộ phận một cửa năm 2019", "title: Tổng kết một cửa năm 2019");
        Bake.Result whole = bake(site);
        assertTrue(whole.written() < whole.files(), "an incremental bake, not a full one: " + whole.written());
        assertSameAsClean(site);

        edit(site, "content/tin-tuc/danh-muc-ho-so-2017.md", same, codes);
        Bake.Result more = bakeQuickly(site, "the codes back");
        assertEquals(files, more.files(), "the shards back");
        assertTrue(more.written() < 12, "the page, the manifest and a few shards: " + more.written());
        assertSameAsClean(site);
    }

    @Test
    void anEditThatChangesMoreThanTheBodyGoesTheWholeWay() {
        FixtureSite site = bakedSite();
        // The first paragraph is the excerpt, which lists may show.
        edit(site, OLD, "Năm 2019, bộ phận một cửa", "Trong năm 2019, bộ phận một cửa");
        assertWhole(site, "an excerpt changed");
        // A heading's id is one a link from another page may point at.
        edit(site, OLD, "## Kết quả", "## Kết quả đạt được");
        assertWhole(site, "an id changed");
        // A body that mentions a document is linked to it by the model.
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực, theo Kế hoạch số 106/KH-UBND.");
        assertWhole(site, "a document mentioned");
    }

    @Test
    void anEditToAnArticleTheFeedsCarryChangesItsItemInEachFeed() {
        FixtureSite site = bakedSite();
        edit(site, "content/tin-tuc/hoi-nghi-trien-khai.md", "Tuyên truyền trên loa truyền thanh.",
                "Tuyên truyền trên loa truyền thanh và Zalo.");
        bakeQuickly(site, "an edit to the text of an article the feeds carry");
        for (String feed : List.of("feed.xml", "tin-tuc/feed.xml", "tag/mot-cua/feed.xml")) {
            assertTrue(text(site, feed).contains("truyền thanh và Zalo."), feed + " carries the new body");
        }
        assertSameAsClean(site);
    }

    @Test
    void anEditToABodyThatMentionsADocumentLinksTheMentionAsTheModelDoes() {
        FixtureSite site = bakedSite("documents");
        String article = "content/tin-tuc/trien-khai-ke-hoach-nam-2025.md";
        edit(site, article, "Đoạn văn sau đề mục.", "Đoạn văn bổ sung thêm."); // as many syllables: the same average length
        bakeQuickly(site, "an edit to the text of a body that mentions a document");
        String page = text(site, "tin-tuc/trien-khai-ke-hoach-nam-2025/index.html");
        assertTrue(page.contains("Đoạn văn bổ sung thêm.") && page.contains("class=\"doc-ref\">54/KH-UBND</a>"),
                "the new text, the mention still linked to the document");
        assertSameAsClean(site);
    }

    /**
     * A bake that fails on an error after quick rebuilds writes nothing and keeps their journal: the
     * bake after the author's fix still starts from the memory.
     */
    @Test
    void aBakeThatFailsAfterAQuickRebuildLeavesTheNextOneIncremental() {
        FixtureSite site = bakedSite();
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực và đất đai.");
        bakeQuickly(site, "an edit to its text");
        edit(site, OLD, "title: Tổng kết hoạt động bộ phận một cửa năm 2019", "title: Tổng kết: một cửa năm 2019");
        OutputSnapshot published = OutputSnapshot.of(site.output());
        assertThrows(BakeFailure.class, () -> bake(site), "a colon and a space in a title not quoted");
        published.assertUnchanged(site.output());
        edit(site, OLD, "title: Tổng kết: một cửa năm 2019", "title: \"Tổng kết: một cửa năm 2019\"");
        Bake.Result fixed = bake(site);
        assertTrue(fixed.written() < fixed.files(), "an incremental bake, not a full one: " + fixed.written());
        assertSameAsClean(site);
    }

    @Test
    void twoFilesChangedGoTheWholeWay() {
        FixtureSite site = bakedSite();
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực và đất đai.");
        site.write("content/tin-tuc/bai-moi.md", "---\ntitle: Bài mới\ndate: 2024-05-02 08:00\n---\nNội dung.\n");
        assertWhole(site, "an article added besides");
    }

    @Test
    void aLinkThatLeadsNowhereIsReportedByTheWholeBakeAndTheOutputIsUntouched() {
        FixtureSite site = bakedSite();
        OutputSnapshot published = OutputSnapshot.of(site.output());
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực, xem [bảng](/khong-co-trang-nay/).");
        BakeFailure failure = assertThrows(BakeFailure.class, () -> new Bake(site.root(), site.output(), FixtureSite.CLOCK).run());
        assertTrue(failure.problems().toString().contains("khong-co-trang-nay"), failure.problems().toString());
        published.assertUnchanged(site.output());
    }

    @Test
    void anOutputChangedByHandIsNotPatched() throws IOException {
        FixtureSite site = bakedSite();
        Path page = site.output().resolve("tin-tuc/tong-ket-mot-cua-2019/index.html");
        Files.writeString(page, Files.readString(page).replace("hộ tịch", "HỘ TỊCH"));
        edit(site, OLD, "đến là chứng thực.", "đến là chứng thực và đất đai.");
        assertWhole(site, "the output is not as the last bake left it");
    }

    /** The basic fixture with the sample's templates, its search page and an old article, baked once. */
    private FixtureSite bakedSite() {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        String properties = text(site.root().resolve("jbake.properties"));
        assertTrue(properties.contains("bantin.feed.size=10"), "the fixture's feeds are made shorter");
        site.write("jbake.properties", properties.replace("bantin.feed.size=10", "bantin.feed.size=2"));
        site.write(OLD, OLD_TEXT);
        for (int i = 1; i <= 40; i++) { // a search index of some size: one edit seldom moves its average length
            site.write("content/hoi-dap/hoi-dap-so-" + i + ".md", "---\ntitle: Hỏi đáp về thủ tục số " + i
                    + "\ndate: 2018-0" + (1 + i % 9) + "-1" + (i % 10) + " 08:00\ntags: [Hỏi đáp]\n---\n"
                    + ("Công dân hỏi về hồ sơ, lệ phí và thời hạn giải quyết thủ tục số " + i
                    + " tại bộ phận tiếp nhận và trả kết quả của xã. ").repeat(1 + i % 4) + "\n");
        }
        return baked(site);
    }

    /** The fixture {@code name} with the sample's templates and its search page, baked once. */
    private FixtureSite bakedSite(String name) {
        return baked(FixtureSite.withSampleTemplates(name, folder.resolve("site")));
    }

    private static FixtureSite baked(FixtureSite site) {
        site.write("jbake.properties", text(site.root().resolve("jbake.properties")) + "\ntemplate.search.file=search.ftlh\n");
        Bake.Result first = bake(site);
        assertEquals(first.files(), first.written(), "a first bake writes everything");
        return site;
    }

    /** Bakes {@code site}, asserting that the bake was a quick rebuild. */
    private static Bake.Result bakeQuickly(FixtureSite site, String why) {
        Bake.Result result = bake(site);
        assertTrue(result.stageMillis().containsKey("quick"), why + ", taken quickly: " + result.stageMillis().keySet());
        return result;
    }

    private void assertWhole(FixtureSite site, String why) {
        Bake.Result result = bake(site);
        assertFalse(result.stageMillis().containsKey("quick"), why + ": " + result.stageMillis().keySet());
        assertSameAsClean(site);
    }

    private void assertSameAsClean(FixtureSite site) {
        Path clean = folder.resolve("clean-" + System.nanoTime());
        try {
            new Bake(site.root(), clean, FixtureSite.CLOCK).clean().run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertSameFiles(files(clean), files(site.output()));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> different = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) {
                different.add(path);
            }
        });
        assertEquals(List.of(), different, "files whose bytes differ from a clean bake's");
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Bake.Result bake(FixtureSite site) {
        try {
            return new Bake(site.root(), site.output(), FixtureSite.CLOCK).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(FixtureSite site, String path, String from, String to) {
        String text = text(site.root().resolve(path));
        assertTrue(text.contains(from), path + " holds " + from);
        site.write(path, text.replace(from, to));
    }

    private static String text(FixtureSite site, String outputPath) {
        return text(site.output().resolve(outputPath));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
