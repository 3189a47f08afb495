package vn.bantin.finish.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.FixtureSite;

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
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bantin.testing.SearchEntries.article;

/** The search index builder on small corpora: sharding, ranking, determinism, and a baked site. */
class SearchIndexBuilderTest {

    private static SearchQuery.Result search(SortedMap<String, byte[]> files, String query) {
        return new SearchQuery(files::get).run(query, SearchQuery.PAGE);
    }

    private static List<String> urls(SearchQuery.Result result) {
        return result.hits().stream().map(SearchQuery.Hit::url).toList();
    }

    /** A small bulletin: the phrase, the words apart, some of the words, a document and its number's neighbours. */
    private static final List<SearchEntry> CORPUS = List.of(
            article("/tin-tuc/cum-tu/", "2024-03-01", "Hội nghị tổng kết",
                    "Huyện đẩy mạnh cải cách hành chính trong năm."),
            article("/tin-tuc/tach-roi/", "2024-05-01", "Hội nghị sơ kết",
                    "Công tác hành chính được cải thiện; việc cải cách tiếp tục."),
            article("/tin-tuc/mot-phan/", "2024-06-01", "Bài khác",
                    "Cải cách thủ tục đất đai."),
            article("/tin-tuc/mot-cua-trong-bai/", "2024-02-01", "Tiếp nhận hồ sơ",
                    "Người dân đến bộ phận một cửa của huyện nộp hồ sơ."),
            article("/tin-tuc/mot-cua-tieu-de/", "2023-02-01", "Bộ phận Một cửa huyện",
                    "Người dân nộp hồ sơ tại đây."),
            article("/tin-tuc/khong-lien-quan/", "2024-07-01", "Thời tiết",
                    "Trời mưa, một số nơi ngập; ai cũng phải mua áo mưa của hàng."),
            article("/tin-tuc/154/", "2024-08-01", "Triển khai Kế hoạch 154/KH-UBND", "Kế hoạch 154/KH-UBND về chuyển đổi số."),
            article("/tin-tuc/nhac-54/", "2025-03-01", "Tuyên truyền năm 2025",
                    "Thực hiện Kế hoạch số 54/KH-UBND của UBND huyện."),
            new SearchEntry("/van-ban/54-kh-ubnd-2025/", EntryKind.DOCUMENT, "Kế hoạch số 54/KH-UBND", "24/02/2025",
                    "2025-02-24", "UBND huyện An Khánh", "Thông tin, tuyên truyền cải cách hành chính năm 2025",
                    "Thông tin, tuyên truyền cải cách hành chính năm 2025", List.of("54/KH-UBND")),
            new SearchEntry("/thu-tuc/1-001193/", EntryKind.PROCEDURE, "Đăng ký khai sinh", "", "", "Hộ tịch",
                    "Thủ tục đăng ký khai sinh cho trẻ em.", "Thủ tục đăng ký khai sinh cho trẻ em.",
                    List.of("1.001193")));

    @Test
    void entriesWithEveryWordComeFirstAndThoseWithThePhraseBeforeThem() {
        SearchQuery.Result result = search(new SearchIndexBuilder("../../").build(CORPUS), "cai cach hanh chinh");
        assertTrue(result.allWords());
        List<String> urls = urls(result);
        assertEquals(3, urls.size(), "'cải cách' alone is no result: " + urls);
        assertEquals(java.util.Set.of("/tin-tuc/cum-tu/", "/van-ban/54-kh-ubnd-2025/"), java.util.Set.copyOf(urls.subList(0, 2)),
                "the phrase first: " + urls);
        assertEquals("/tin-tuc/tach-roi/", urls.get(2), "then the words apart");
        assertEquals(3, result.hits().get(0).phrases());
        assertEquals(2, result.hits().get(2).phrases(), "'hành chính' and 'cải cách' apart, not 'cách hành'");
    }

    @Test
    void withoutDiacriticsOrInAnotherCaseTheQueryIsTheSame() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder("../../").build(CORPUS);
        List<String> expected = urls(search(files, "Cải cách hành chính"));
        assertEquals(expected, urls(search(files, "CAI CACH HANH CHINH")));
        assertEquals(expected, urls(search(files, java.text.Normalizer.normalize("cải cách hành chính",
                java.text.Normalizer.Form.NFD))));
    }

    @Test
    void aTitleOutranksAMentionAndAPhraseOutranksScatteredWords() {
        SearchQuery.Result result = search(new SearchIndexBuilder("../../").build(CORPUS), "một cửa");
        assertEquals(List.of("/tin-tuc/mot-cua-tieu-de/", "/tin-tuc/mot-cua-trong-bai/", "/tin-tuc/khong-lien-quan/"),
                urls(result), "in the title, in the text, then 'một' and 'của' apart (một cửa folds like của)");
    }

    @Test
    void aDocumentNumberIsFoundAsTypedAndALongerNumberIsNot() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder("../../").build(CORPUS);
        for (String typed : List.of("54/KH-UBND", "54/kh-ubnd", "54 KH UBND")) {
            List<String> urls = urls(search(files, typed));
            assertEquals(List.of("/van-ban/54-kh-ubnd-2025/", "/tin-tuc/nhac-54/"), urls, typed);
        }
    }

    @Test
    void aProcedureCodeAndANameWithoutDiacriticsAreFound() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder("../../").build(CORPUS);
        assertEquals(List.of("/thu-tuc/1-001193/"), urls(search(files, "1.001193")));
        assertEquals("/thu-tuc/1-001193/", urls(search(files, "dang ky khai sinh")).get(0));
    }

    @Test
    void whenNoEntryHasEveryWordTheOnesWithTheMostAreShown() {
        SearchQuery.Result result = search(new SearchIndexBuilder("../../").build(CORPUS), "cải cách zzzz");
        assertFalse(result.allWords());
        assertEquals(4, result.total(), urls(result).toString());
        assertTrue(result.hits().stream().allMatch(hit -> hit.words() == 2));
        assertEquals(0, search(new SearchIndexBuilder("../../").build(CORPUS), "zzzz").total());
    }

    @Test
    void aSummarysWhitespaceIsSpacedAsTheRegularExpressionWouldSpaceIt() {
        String alphabet = "ab cđ\t\n\u000B\f\r\u00A0\u2003  ";
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(text.toString().replaceAll("\\s+", " "), SearchIndexBuilder.spacedOnce(text.toString()),
                    text.toString());
        }
    }

    @Test
    void amongEqualResultsTheNewerComesFirst() {
        List<SearchEntry> twins = List.of(
                article("/a/", "2020-01-01", "Sơ kết", "Chuyển đổi số"),
                article("/b/", "2024-01-01", "Sơ kết", "Chuyển đổi số"),
                article("/c/", "2022-01-01", "Sơ kết", "Chuyển đổi số"));
        assertEquals(List.of("/b/", "/c/", "/a/"), urls(search(new SearchIndexBuilder("../").build(twins), "chuyen doi so")));
    }

    @Test
    void aQueryDownloadsTheManifestItsTermShardsAndItsResultsShardsOnly() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder("../../").build(corpus(400, 11));
        assertTrue(files.keySet().stream().filter(p -> p.startsWith("t/")).count() > 5, "a corpus large enough to shard");
        SearchQuery.Result result = search(files, "xa1");
        assertEquals("manifest.json", result.fetched().get(0));
        assertEquals(1, result.fetched().stream().filter(p -> p.startsWith("t/")).count(), result.fetched().toString());
        long entryShards = result.fetched().stream().filter(p -> p.startsWith("d/")).count();
        assertTrue(entryShards >= 1 && entryShards <= SearchQuery.PAGE, result.fetched().toString());
        assertEquals(result.hits().stream().map(h -> h.id() / SearchIndexBuilder.ENTRIES_PER_SHARD).distinct().count(),
                entryShards);
    }

    @Test
    void everyTermIsInTheShardTheManifestGivesIt() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder("../../").build(corpus(400, 12));
        Map<?, ?> manifest = (Map<?, ?>) JsonReader.read(text(files.get("manifest.json")));
        List<?> boundaries = (List<?>) manifest.get("termShards");
        assertEquals(boundaries.size(), files.keySet().stream().filter(p -> p.startsWith("t/")).count());
        assertEquals(400L, manifest.get("entries"));
        assertEquals("../../", manifest.get("root"));
        int terms = 0;
        for (int shard = 0; shard < boundaries.size(); shard++) {
            byte[] bytes = files.get(TermShards.path((String) boundaries.get(shard)));
            Map<?, ?> postings = (Map<?, ?>) JsonReader.read(text(bytes));
            assertTrue(bytes.length <= SearchIndexBuilder.TERM_SHARD_BYTES + 3 || postings.size() == 1,
                    "shard " + shard + " is " + bytes.length + " bytes with " + postings.size() + " terms");
            for (Object term : postings.keySet()) {
                assertEquals(shard, SearchQuery.shardOf((String) term, boundaries), "the shard of " + term);
                terms++;
            }
        }
        assertTrue(terms > 1000, "pairs and syllables: " + terms);
        for (int shard = 0; shard * SearchIndexBuilder.ENTRIES_PER_SHARD < 400; shard++) {
            List<?> entries = (List<?>) JsonReader.read(text(files.get("d/" + shard + ".json")));
            assertEquals(SearchIndexBuilder.ENTRIES_PER_SHARD, entries.size());
            assertEquals(7, ((List<?>) entries.get(0)).size());
        }
    }

    @Test
    void anIndexBuiltOnAPreviousOneIsTheIndexBuiltAfreshAndAnalysesOnlyWhatChanged() {
        List<SearchEntry> before = new ArrayList<>(corpus(300, 14));
        SearchEntry tagged = before.get(60);
        before.set(60, article(tagged.url(), tagged.dateIso(), tagged.title(), tagged.snippet(), "Một cửa"));
        SearchIndexBuilder builder = new SearchIndexBuilder("../../");
        SearchIndexBuilder.Built previous = builder.build(before, AnalysedIndex.NONE);
        assertEquals(300, previous.fresh());

        List<SearchEntry> after = new ArrayList<>(before);
        SearchEntry edited = after.get(10);
        after.set(10, article(edited.url(), edited.dateIso(), edited.title(), edited.snippet() + " Thêm một câu mới."));
        SearchEntry redated = after.get(30);
        after.set(30, article(redated.url(), "2019-01-01", redated.title(), redated.snippet())); // moves to the end
        SearchEntry renamed = after.get(40);
        after.set(40, article("/tin-tuc/doi-ten/", renamed.dateIso(), renamed.title(), renamed.snippet()));
        SearchEntry retitled = after.get(50);
        after.set(50, article(retitled.url(), retitled.dateIso(), "Tiêu đề khác", retitled.snippet()));
        after.set(60, article(tagged.url(), tagged.dateIso(), tagged.title(), tagged.snippet(), "Chuyển đổi số"));
        after.remove(20); // deleted: every later id moves
        after.add(article("/tin-tuc/bai-moi/", "2021-06-15", "Bài mới", "Cải cách hành chính ở xã.")); // in the middle
        assertEquals(after.size(), after.stream().map(SearchEntry::url).distinct().count(), "URLs are unique");

        SearchIndexBuilder.Built incremental = builder.build(after, previous.analysed());
        SearchIndexBuilder.Built afresh = builder.build(after, AnalysedIndex.NONE);
        assertEquals(afresh.files().keySet(), incremental.files().keySet());
        afresh.files().forEach((path, bytes) -> assertArrayEquals(bytes, incremental.files().get(path), path));
        assertEquals(5, incremental.fresh(), "the edited, added, renamed, retitled and retagged entries; not the redated one");
        assertEquals(afresh.analysed().postings(), incremental.analysed().postings());

        SearchIndexBuilder.Built again = builder.build(after, incremental.analysed());
        assertEquals(0, again.fresh(), "nothing changed since");
        afresh.files().forEach((path, bytes) -> assertArrayEquals(bytes, again.files().get(path), path));
    }

    @Test
    void aTermWhosePostingsDidNotChangeKeepsItsEncodingWhileTheAverageLengthStays() {
        List<SearchEntry> before = corpus(300, 16);
        AnalysedIndex previous = INDEX.build(before, AnalysedIndex.NONE).analysed();
        List<SearchEntry> after = new ArrayList<>(before);
        // Entry 10 has id 289 (the corpus is dated a day apart, newest first); one word for another
        // leaves it as many terms.
        after.set(10, rewritten(after.get(10), after.get(10).snippet().replaceFirst("^\\S+", "thaythe")));

        SearchIndexBuilder.Built incremental = INDEX.build(after, previous);
        assertBuiltAfresh(after, incremental);
        AnalysedIndex analysed = incremental.analysed();
        assertEquals(previous.average, analysed.average, "the average length is the same");
        List<String> previousTerms = Arrays.asList(previous.terms);
        int kept = 0;
        for (int t = 0; t < analysed.terms.length; t++) {
            int was = previousTerms.indexOf(analysed.terms[t]);
            boolean edits = ids(analysed.packed[t]).anyMatch(id -> id == 289)
                    || was >= 0 && ids(previous.packed[was]).anyMatch(id -> id == 289);
            if (!edits) {
                assertSame(previous.encoded[was], analysed.encoded[t], analysed.terms[t] + " is not ranked again");
                kept++;
            }
        }
        assertTrue(kept > analysed.terms.length * 3 / 4, kept + " of " + analysed.terms.length + " terms kept");
    }

    @Test
    void aTermsPostingsAreRankedAgainOnlyWhereTheyChangedAndEncodedAsAfresh() {
        List<SearchEntry> before = corpus(300, 18);
        AnalysedIndex previous = INDEX.build(before, AnalysedIndex.NONE).analysed();
        // Half of one entry's words move to the next one: the average length stays, but both lengths
        // change (so do the levels of the terms they keep), and both sit among the other entries.
        List<SearchEntry> after = new ArrayList<>(before);
        String[] words = after.get(150).snippet().split(" ");
        after.set(150, rewritten(after.get(150), String.join(" ", Arrays.copyOfRange(words, words.length / 2, words.length))));
        after.set(151, rewritten(after.get(151), after.get(151).snippet() + " "
                + String.join(" ", Arrays.copyOfRange(words, 0, words.length / 2))));

        SearchIndexBuilder.Built incremental = INDEX.build(after, previous);
        assertEquals(2, incremental.fresh());
        assertEquals(previous.average, incremental.analysed().average, "the average length is the same");
        assertBuiltAfresh(after, incremental);
    }

    @Test
    void aChangeOfTheAverageLengthRanksEveryTermAgain() {
        List<SearchEntry> before = corpus(300, 17);
        AnalysedIndex previous = INDEX.build(before, AnalysedIndex.NONE).analysed();
        List<SearchEntry> after = new ArrayList<>(before);
        after.set(10, rewritten(after.get(10), (after.get(10).snippet() + " ").repeat(300)));

        SearchIndexBuilder.Built incremental = INDEX.build(after, previous);
        assertTrue(incremental.analysed().average > previous.average * 3 / 2, "one long entry raised the average");
        assertBuiltAfresh(after, incremental);
    }

    private static final SearchIndexBuilder INDEX = new SearchIndexBuilder("../../");

    /** The entry ids of a term's postings. */
    private static IntStream ids(PackedPostings packed) {
        int[] ids = new int[packed.count()];
        packed.unpack(ids, new int[packed.count()]);
        return IntStream.of(ids);
    }

    /** The bytes a term's postings are packed in. */
    private static byte[] bytes(PackedPostings packed) {
        return Arrays.copyOfRange(packed.bytes(), packed.offset(), packed.offset() + packed.length());
    }

    /** The same article with another text. */
    private static SearchEntry rewritten(SearchEntry entry, String text) {
        return article(entry.url(), entry.dateIso(), entry.title(), text);
    }

    /** That {@code built} has the files of an index of {@code entries} built afresh, every entry analysed. */
    private static void assertBuiltAfresh(List<SearchEntry> entries, SearchIndexBuilder.Built built) {
        SortedMap<String, byte[]> afresh = INDEX.build(entries, AnalysedIndex.NONE).files();
        assertEquals(afresh.keySet(), built.files().keySet());
        afresh.forEach((path, bytes) -> assertArrayEquals(bytes, built.files().get(path), path));
    }

    @Test
    void anIndexBuiltOnAPreviousOneSharesItsPostingsWithoutChangingThem() {
        List<SearchEntry> before = corpus(300, 15);
        SearchIndexBuilder builder = new SearchIndexBuilder("../../");
        SearchIndexBuilder.Built previous = builder.build(before, AnalysedIndex.NONE);
        byte[][] packed = Arrays.stream(previous.analysed().packed).map(SearchIndexBuilderTest::bytes)
                .toArray(byte[][]::new);

        // Every entry keeps its id, and an entry older than all is added, with the words of
        // another: its terms are added to postings taken as they were.
        List<SearchEntry> after = new ArrayList<>(before);
        SearchEntry copied = after.get(10);
        after.add(article("/tin-tuc/cu-nhat/", "2000-01-01", copied.title(), copied.snippet()));
        SearchIndexBuilder.Built incremental = builder.build(after, previous.analysed());
        assertEquals(1, incremental.fresh());
        SearchIndexBuilder.Built afresh = builder.build(after, AnalysedIndex.NONE);
        afresh.files().forEach((path, bytes) -> assertArrayEquals(bytes, incremental.files().get(path), path));

        assertTrue(Arrays.deepEquals(packed, Arrays.stream(previous.analysed().packed).map(SearchIndexBuilderTest::bytes)
                .toArray(byte[][]::new)), "the earlier index's postings are never written");
        assertTrue(IntStream.range(0, incremental.analysed().terms.length).anyMatch(t ->
                        incremental.analysed().packed[t] == previous.analysed().packed[Arrays.asList(
                                previous.analysed().terms).indexOf(incremental.analysed().terms[t])]),
                "the postings of a term the new entry has not are taken as they were, not packed again");
        SearchIndexBuilder.Built previousAgain = builder.build(before, previous.analysed());
        assertEquals(0, previousAgain.fresh());
        previous.files().forEach((path, bytes) -> assertArrayEquals(bytes, previousAgain.files().get(path),
                "the earlier index is as it was: " + path));
    }

    @Test
    void aShardBoundaryIsTheShortestPrefixAfterThePreviousShard() {
        assertEquals("b", SearchIndexBuilder.separator("abc", "bcd"));
        assertEquals("cai t", SearchIndexBuilder.separator("cai cach", "cai thien"));
        assertEquals("ab", SearchIndexBuilder.separator("a", "ab"));
    }

    @Test
    void theSameEntriesGiveTheSameBytesInAnyOrder() {
        List<SearchEntry> entries = new ArrayList<>(corpus(200, 13));
        SortedMap<String, byte[]> first = new SearchIndexBuilder("../../").build(entries);
        Collections.shuffle(entries, new Random(5));
        SortedMap<String, byte[]> second = new SearchIndexBuilder("../../").build(entries);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void anEntryShowsItsTitleKindDateSectionAndAShortSnippet() {
        String summary = "Ủy ban nhân dân huyện ban hành kế hoạch. ".repeat(10);
        SearchEntry entry = new SearchEntry("/tin-tuc/x/", EntryKind.ARTICLE, "Tiêu đề \"trích\"", "21/03/2024",
                "2024-03-21T15:46+07:00", "Tin tức – Sự kiện", summary, "nội dung", List.of());
        SearchQuery.Hit hit = search(new SearchIndexBuilder("../../").build(List.of(entry)), "noi dung").hits().get(0);
        assertEquals("/tin-tuc/x/", hit.url());
        assertEquals("article", hit.kind());
        assertEquals("Tiêu đề \"trích\"", hit.title());
        assertEquals("21/03/2024", hit.date());
        assertEquals("Tin tức – Sự kiện", hit.section());
        assertTrue(hit.snippet().length() <= SearchIndexBuilder.SNIPPET_CHARS + 1 && hit.snippet().endsWith("…"),
                hit.snippet());
    }

    @Test
    void aBakedSiteWithASearchTemplateHasASearchPageAndItsIndex(@TempDir Path folder) throws IOException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "template.search.file=search.ftlh\n");
        site.bake();
        assertTrue(site.exists("tim-kiem/index.html"));
        assertTrue(site.read("index.html").contains("action=\"tim-kiem/\""), "the header's search box");
        assertTrue(site.read("tin-tuc/index.html").contains("action=\"../tim-kiem/\""));
        Path index = site.output().resolve("tim-kiem/chi-muc");
        SearchQuery.Result result = new SearchQuery(path -> read(index.resolve(path))).run("mot cua", 10);
        assertFalse(result.hits().isEmpty(), "the fixture has articles about 'một cửa'");
        for (SearchQuery.Hit hit : result.hits()) {
            assertTrue(site.exists(hit.url().substring(1) + "index.html"), hit.url() + " is a page of the site");
        }
    }

    @Test
    void aPageCannotTakeTheSearchPagesAddress(@TempDir Path folder) throws IOException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        Path properties = site.root().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "template.search.file=search.ftlh\n");
        site.write("content/tim-kiem.md", "---\ntype: page\ntitle: Tìm kiếm\n---\nTrang riêng.\n");
        String problems = site.bakeFailing().problems().toString();
        assertTrue(problems.contains("/tim-kiem/ is used by both the search page and content/tim-kiem.md"), problems);
    }

    /**
     * An entry shard is known by its fingerprint without being made, and the manifest's version
     * follows the shards: a date shown differently (not searched) changes one entry shard's
     * fingerprint and bytes, no term shard, and the version; the same entries, nothing.
     */
    @Test
    void anEntryShardsFingerprintAndTheVersionChangeWithWhatTheShardShows() {
        List<SearchEntry> entries = corpus(40, 5);
        SearchIndexBuilder builder = new SearchIndexBuilder("../../");
        SearchIndexBuilder.Built built = builder.build(entries, AnalysedIndex.NONE);
        SearchIndexBuilder.Built again = builder.build(entries, AnalysedIndex.NONE);
        assertEquals(version(built), version(again));
        assertEquals(fingerprints(built), fingerprints(again));

        List<SearchEntry> redated = new ArrayList<>(entries);
        SearchEntry shown = entries.get(39); // the newest: id 0, in d/0.json
        redated.set(39, new SearchEntry(shown.url(), shown.kind(), shown.title(), "09/02/2020", shown.dateIso(),
                shown.section(), shown.snippet(), shown.parts(), shown.keywords()));
        SearchIndexBuilder.Built changed = builder.build(redated, AnalysedIndex.NONE);
        List<String> before = fingerprints(built);
        List<String> after = fingerprints(changed);
        assertTrue(!before.get(0).equals(after.get(0)) && before.subList(1, 5).equals(after.subList(1, 5)),
                "only the first entry shard's fingerprint changed");
        assertTrue(text(changed.entryShards().get(0).bytes()).contains("09/02/2020"));
        built.files().forEach((path, bytes) -> assertTrue(path.equals(SearchIndexBuilder.MANIFEST)
                || Arrays.equals(bytes, changed.files().get(path)), path + " unchanged"));
        assertFalse(version(built).equals(version(changed)), "the version changed with the shard");
    }

    /** Entries of made-up syllables ("xa1 xb7 ..."), dated one day apart, some words common, most rare. */
    private static List<SearchEntry> corpus(int size, long seed) {
        Random random = new Random(seed);
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                int rank = (int) (Math.pow(random.nextDouble(), 3) * 3000);
                text.append("x").append((char) ('a' + rank % 26)).append(rank / 26).append(w % 9 == 8 ? ". " : " ");
            }
            String date = java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString();
            entries.add(article("/tin-tuc/bai-" + i + "/", date, "Bài " + i, text.toString()));
        }
        return entries;
    }

    private static String version(SearchIndexBuilder.Built built) {
        String manifest = text(built.files().get(SearchIndexBuilder.MANIFEST));
        return manifest.substring(manifest.indexOf("\"version\":"), manifest.indexOf(",\"root\""));
    }

    private static List<String> fingerprints(SearchIndexBuilder.Built built) {
        return built.entryShards().stream().map(EntryShard::fingerprint).toList();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
