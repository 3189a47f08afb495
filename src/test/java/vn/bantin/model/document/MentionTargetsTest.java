package vn.bantin.model.document;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.ConfigLoader.LoadedConfig;
import vn.bantin.load.ContentLoader;
import vn.bantin.load.LoadedContent;
import vn.bantin.load.MarkdownRenderer;
import vn.bantin.load.ParsedDocument;
import vn.bantin.model.Article;
import vn.bantin.model.Site;
import vn.bantin.model.SiteBuilder;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body linked with {@link MentionTargets}, from what the load stage made of its file, is the
 * body the model links ({@link MentionLinker}) whenever each number it mentions names one document
 * or none; a number several documents share is left to the model, which reads the text around it.
 * The site is the documents fixture, built by the model stage as a bake builds it.
 */
class MentionTargetsTest {
    /** An article mentioning a hosted number twice, one written with a leading zero and an en dash, one of no document. */
    private static final String ARTICLE = "content/tin-tuc/so-ket-quy-mot.md";
    private static final String TEXT = """
            ---
            title: Sơ kết quý I
            date: 2025-04-02 08:00
            ---
            Quý I, xã thực hiện Kế hoạch số 54/KH-UBND và Nghị quyết 076/NQ–CP của Chính phủ.

            Quyết định số 999/QĐ-UBND chưa đăng trên trang; Kế hoạch số 54/KH-UBND được nhắc lại.

            Xem thêm bài [kiểm tra đầu năm](/tin-tuc/kiem-tra-dau-nam/).
            """;

    @TempDir
    Path folder;

    /** The fixture with the sample's templates (each document has a page), or without (none has). */
    private Built built(boolean withPages) throws IOException {
        FixtureSite site = withPages ? FixtureSite.withSampleTemplates("documents", folder.resolve("site"))
                : FixtureSite.copy("documents", folder.resolve("site"));
        site.write(ARTICLE, TEXT);
        LoadedConfig config = ConfigLoader.load(site.root(), site.output());
        LoadedContent content = new ContentLoader(config.site(), config.jbake(), new MarkdownRenderer()).load();
        Map<String, ParsedDocument> parsed = new TreeMap<>();
        content.documents().forEach(file -> parsed.put(file.path(), file));
        return new Built(SiteBuilder.build(config.site(), content, FixtureSite.CLOCK.instant()), parsed);
    }

    private record Built(Site site, Map<String, ParsedDocument> parsed) {
        ParsedDocument file(String path) {
            return parsed.get(path);
        }
    }

    @ParameterizedTest(name = "documents with pages: {0}")
    @ValueSource(booleans = {true, false})
    void aBodyWhoseNumbersEachNameOneDocumentOrNoneIsLinkedAsTheModelLinksIt(boolean withPages) throws IOException {
        Built built = built(withPages);
        MentionTargets targets = new MentionTargets(built.site().documents());
        List<String> compared = new ArrayList<>();
        List<String> leftToTheModel = new ArrayList<>();
        for (Article article : built.site().articles()) {
            ParsedDocument file = built.file(article.sourcePath());
            if (!file.marked()) {
                continue;
            }
            Map<String, String> urls = targets.of(file.mentionLines().keySet());
            if (urls == null) {
                leftToTheModel.add(article.sourcePath());
                continue;
            }
            assertEquals(article.body().html(), MentionTargets.linked(file.body().html(), urls), article.sourcePath());
            compared.add(article.sourcePath());
        }

        assertEquals(List.of("content/tin-tuc/kiem-tra-dau-nam.md"), leftToTheModel, "08/KH-UBND names two documents");
        assertTrue(compared.containsAll(List.of(ARTICLE, "content/tin-tuc/trien-khai-ke-hoach-nam-2025.md")),
                "compared: " + compared);
        String linked = built.site().articles().stream().filter(a -> a.sourcePath().equals(ARTICLE)).findFirst()
                .orElseThrow().body().html();
        assertEquals(withPages, linked.contains("class=\"doc-ref\">076/NQ–CP</a>"),
                "a number written otherwise linked as written, when its document has a page: " + linked);
        assertTrue(linked.contains("số 999/QĐ-UBND chưa"), "a number of no document left as text: " + linked);
    }

    @ParameterizedTest(name = "documents with pages: {0}")
    @ValueSource(booleans = {true, false})
    void eachNumberLeadsToItsOneDocumentsPageOrNowhere(boolean withPages) throws IOException {
        MentionTargets targets = new MentionTargets(built(withPages).site().documents());

        Map<String, String> urls = targets.of(List.of("54/KH-UBND", "076/NQ–CP", "999/QĐ-UBND"));

        assertNotNull(urls);
        assertEquals(Set.of("54/KH-UBND", "076/NQ–CP", "999/QĐ-UBND"), urls.keySet());
        assertEquals(withPages ? "/van-ban/54-kh-ubnd-2025/" : "", urls.get("54/KH-UBND"));
        assertEquals(withPages ? "/van-ban/76-nq-cp-2021/" : "", urls.get("076/NQ–CP"), "the same number, written otherwise");
        assertEquals("", urls.get("999/QĐ-UBND"), "no document: it stays text");
    }

    @ParameterizedTest(name = "documents with pages: {0}")
    @ValueSource(booleans = {true, false})
    void aNumberTwoDocumentsShareLeavesTheBodyToTheModel(boolean withPages) throws IOException {
        MentionTargets targets = new MentionTargets(built(withPages).site().documents());

        assertNull(targets.of(List.of("08/KH-UBND")));
        assertNull(targets.of(List.of("54/KH-UBND", "8/KH-UBND")), "among others, and written without its zero");
        assertEquals(Map.of(), targets.of(List.of()));
    }
}
