package vn.bantin.finish.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bantin.finish.search.SyntheticBulletin.text;
import static vn.bantin.finish.search.SyntheticBulletin.withText;

/**
 * The search index patched for an edit of one entry's text: whenever it patches, the index folder
 * holds the bytes a whole build of the edited entries writes, and the basis is that build's; it
 * patches the ordinary edit, one that moves shard boundaries, and one that adds or removes a shard;
 * it steps aside where the average length would change, or the folder is not what its basis says.
 */
class SearchIndexPatchTest {
    private static final SearchIndexBuilder BUILDER = new SearchIndexBuilder("../../");
    private static final List<SearchEntry> BULLETIN = SyntheticBulletin.articles(400, 7);

    @TempDir
    static Path folders;
    private static Path index;
    private static SortedMap<String, byte[]> files;
    private static SearchIndexPatch.Basis basis;

    @BeforeAll
    static void buildTheBulletinsIndex() {
        index = folders.resolve("index");
        SearchIndexBuilder.Built built = BUILDER.build(BULLETIN, AnalysedIndex.NONE);
        files = IndexFiles.of(built);
        basis = built.patchBasis();
        IndexFiles.write(index, files);
        assertTrue(files.keySet().stream().filter(path -> path.startsWith("t/")).count() > 50,
                "an index of many term shards");
    }

    /** The edits a text goes through, by name, each made from the entry's text and a source of chance. */
    private static final SortedMap<String, BiFunction<String, Random, String>> EDITS = new TreeMap<>(Map.of(
            "a sentence appended", (text, random) -> text + " " + SyntheticBulletin.text(random, 12),
            "a word changed", (text, random) -> text.replaceFirst(" \\p{L}+ ", " " + word(random) + " "),
            "a paragraph added", (text, random) -> text + "\n\n" + SyntheticBulletin.text(random, 60),
            "a term no other entry has added", (text, random) -> text + " Khqx" + random.nextInt(1000) + ".",
            "a term only this entry has removed", SearchIndexPatchTest::withoutItsOwnWord,
            "text removed", (text, random) -> text.substring(0, text.length() * 3 / 4),
            "the same text", (text, random) -> text));

    @Test
    void aSentenceOfCommonWordsAppendedToALongArticleIsPatchedToTheBytesOfAWholeBuild() throws Exception {
        Random random = new Random(3);
        List<Integer> longest = IntStream.range(0, BULLETIN.size()).boxed()
                .sorted(Comparator.comparing((Integer id) -> text(BULLETIN.get(id)).length()).reversed())
                .limit(12).toList();
        int patched = 0;
        for (int id : longest) {
            SearchEntry edited = withText(BULLETIN.get(id), text(BULLETIN.get(id)) + " "
                    + SyntheticBulletin.commonText(random, 15));
            if (patchedAsAWholeBuild(id, edited)) {
                patched++;
            }
        }
        assertEquals(12, patched, "ordinary edits patched");
    }

    @Test
    void everyKindOfEditIsPatchedToTheBytesOfAWholeBuildOrSteppedAsideFrom() throws Exception {
        Random random = new Random(5);
        Map<String, Integer> patched = new TreeMap<>();
        for (Map.Entry<String, BiFunction<String, Random, String>> edit : EDITS.entrySet()) {
            for (int trial = 0; trial < 4; trial++) {
                int id = 40 + random.nextInt(BULLETIN.size() - 40);
                SearchEntry edited = withText(BULLETIN.get(id), edit.getValue().apply(text(BULLETIN.get(id)), random));
                patched.merge(edit.getKey(), patchedAsAWholeBuild(id, edited) ? 1 : 0, Integer::sum);
            }
        }
        assertEquals(4, patched.get("the same text"), patched.toString());
        assertTrue(patched.values().stream().mapToInt(Integer::intValue).sum() >= 24, "patched: " + patched);
    }

    @Test
    void theSameTextChangesNoFile() throws Exception {
        SearchIndexPatch.Patched patch = SearchIndexPatch.patched(index, basis, 7, BULLETIN.get(7), BULLETIN.get(7));
        assertTrue(patch.files().isEmpty());
        assertEquals(basis, patch.basis());
    }

    @Test
    void editsOneAfterAnotherArePatchedOnThePatchedIndex(@TempDir Path folder) throws Exception {
        List<SearchEntry> entries = new ArrayList<>(BULLETIN);
        IndexFiles.write(folder, files);
        SearchIndexPatch.Basis current = basis;
        Random random = new Random(11);
        List<String> edits = List.copyOf(EDITS.keySet());
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int trial = 0; trial < 40; trial++) {
            int id = random.nextInt(entries.size());
            String edit = edits.get(random.nextInt(edits.size()));
            SearchEntry edited = withText(entries.get(id), EDITS.get(edit).apply(text(entries.get(id)), random));
            String outcome;
            try {
                SearchIndexPatch.Patched patch = SearchIndexPatch.patched(folder, current, id, entries.get(id), edited);
                boolean moved = patch.files().containsKey(SearchIndexBuilder.MANIFEST)
                        && !IndexFiles.boundaries(IndexFiles.read(folder)).equals(IndexFiles.boundaries(patch.files()));
                IndexFiles.apply(folder, patch);
                current = patch.basis();
                outcome = moved ? "patched, a boundary moved" : "patched";
            } catch (SearchIndexPatch.StepAside why) {
                outcome = why.getMessage().replaceAll("[0-9]+", "#").replaceAll(", at .*| \\S+\\.json|: .*", "");
            }
            entries.set(id, edited);
            SearchIndexBuilder.Built whole = BUILDER.build(entries, AnalysedIndex.NONE);
            if (outcome.startsWith("patched")) {
                IndexFiles.assertSame(IndexFiles.of(whole), IndexFiles.read(folder));
                assertEquals(whole.patchBasis(), current, "the basis after trial " + trial);
            } else {
                IndexFiles.replace(folder, IndexFiles.of(whole));
                current = whole.patchBasis();
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        assertTrue(outcomes.getOrDefault("patched", 0) + outcomes.getOrDefault("patched, a boundary moved", 0) >= 35
                && outcomes.getOrDefault("patched, a boundary moved", 0) >= 10, outcomes.toString());
    }

    @Test
    void aPatchStepsAsideWhenTheAverageLengthMoves(@TempDir Path folder) throws Exception {
        List<SearchEntry> few = BULLETIN.subList(0, 30);
        SearchIndexBuilder.Built built = BUILDER.build(few, AnalysedIndex.NONE);
        IndexFiles.write(folder, IndexFiles.of(built));
        SearchEntry edited = withText(few.get(3), text(few.get(3)) + " " + SyntheticBulletin.text(new Random(1), 200));
        assertEquals("the average length moves", reason(folder, built.patchBasis(), 3, few.get(3), edited));
        List<SearchEntry> after = new ArrayList<>(few);
        after.set(3, edited);
        assertNotEquals(built.patchBasis().average(), BUILDER.build(after, AnalysedIndex.NONE).patchBasis().average());
    }

    /**
     * A term new to the index (a syllable, or a pair ending in a new syllable) that sorts last in a
     * shard too full to take it: the shard boundary moves (the next shards give and take terms) as
     * a whole build moves it.
     */
    @Test
    void aTermTheShardHasNoRoomForMovesTheBoundaryAsAWholeBuildDoes() throws Exception {
        int shard = IntStream.range(0, basis.termShardDigests().length - 1)
                .filter(n -> IndexFiles.room(files, n) < 8 && last(n).matches("[a-z0-9]+( [a-z0-9]+)?")
                        && (last(n) + "qq").compareTo(IndexFiles.terms(files, n + 1).get(0)) < 0)
                .findFirst().orElseThrow();
        SearchEntry entry = BULLETIN.get(100);
        SearchEntry edited = withText(entry, text(entry) + " " + last(shard) + "qq.");
        assertTrue(patchedAsAWholeBuild(100, edited), "patched");
        SearchIndexPatch.Patched patch = SearchIndexPatch.patched(index, basis, 100, entry, edited);
        assertNotEquals(IndexFiles.boundaries(files), IndexFiles.boundaries(patch.files()), "a boundary moved");
    }

    /**
     * A term new to the index (a syllable, or a pair ending in a new syllable) that ends a shard:
     * the boundary of the next shard, the shortest start of its first term that sorts after the
     * shard before, grows.
     */
    @Test
    void theNextShardsBoundaryFollowsANewLastTerm() throws Exception {
        List<?> boundaries = IndexFiles.boundaries(files);
        int shard = IntStream.range(1, boundaries.size())
                .filter(n -> ((String) boundaries.get(n)).length() < IndexFiles.terms(files, n).get(0).length()
                        && ((String) boundaries.get(n)).matches("[a-z0-9]+( [a-z0-9]+)?")
                        && IndexFiles.room(files, n - 1) >= ((String) boundaries.get(n)).length() + 14)
                .findFirst().orElseThrow();
        String first = IndexFiles.terms(files, shard).get(0);
        String before = first.substring(0, ((String) boundaries.get(shard)).length());
        SearchEntry entry = BULLETIN.get(150);
        SearchEntry edited = withText(entry, text(entry) + " " + before + ".");
        assertTrue(patchedAsAWholeBuild(150, edited), "patched");
        SearchIndexPatch.Patched patch = SearchIndexPatch.patched(index, basis, 150, entry, edited);
        assertEquals(first.substring(0, before.length() + 1), IndexFiles.boundaries(patch.files()).get(shard));
    }

    /**
     * An article's phrase cut by a full stop: the pair that starts a shard loses the article's
     * posting and fits, shorter, at the end of the shard before, as a whole build puts it.
     */
    @Test
    void aShardsFirstTermThatShrinksMovesIntoTheShardBefore() throws Exception {
        for (int shard = 1; shard < basis.termShardDigests().length; shard++) {
            String first = IndexFiles.terms(files, shard).get(0);
            String[] pair = first.split(" ");
            String postings = IndexFiles.postings(files, shard, first);
            for (int id : pair.length == 2 ? holders(postings) : List.<Integer>of()) {
                List<String> words = new ArrayList<>(Arrays.asList(text(BULLETIN.get(id)).split(" ")));
                boolean split = false;
                for (int w = 0; w + 1 < words.size(); w++) {
                    if (!words.get(w).endsWith(".") && SearchText.fold(words.get(w)).equals(pair[0])
                            && SearchText.fold(words.get(w + 1).replace(".", "")).equals(pair[1])) {
                        words.set(w, words.get(w) + ".");
                        split = true;
                    }
                }
                int shorter = first.length() + 5 + PostingCodec.withLevel(postings, id, 0).length();
                SearchEntry edited = withText(BULLETIN.get(id), String.join(" ", words));
                if (split && shorter <= IndexFiles.room(files, shard - 1)
                        && !Arrays.asList(EntryTerms.of(edited).terms()).contains(first)) {
                    assertTrue(patchedAsAWholeBuild(id, edited), "patched");
                    assertNotEquals(IndexFiles.boundaries(files), IndexFiles.boundaries(
                            SearchIndexPatch.patched(index, basis, id, BULLETIN.get(id), edited).files()));
                    return;
                }
            }
        }
        throw new AssertionError("no shard's first term can shrink into the shard before");
    }

    /**
     * Terms new to the index that fill a shard of their own to the last character, between two full
     * ones: each shard after them starts with its first term as before, and keeps its file.
     */
    @Test
    void newTermsThatFillAShardOfTheirOwnAddItsFileAndRenameNoOther(@TempDir Path folder) throws Exception {
        List<SearchEntry> entries = new ArrayList<>();
        entries.add(SyntheticBulletin.article("/moi/", "2025-01-01", "Tin", "B0000. ".repeat(800))); // id 0
        for (int i = 0; i < 300; i++) {
            String text = IntStream.range(10 * i, 10 * i + 10).mapToObj(w -> String.format("K%04d. ", w))
                    .collect(Collectors.joining());
            entries.add(SyntheticBulletin.article("/cu-" + i + "/", LocalDate.of(2024, 12, 31).minusDays(i).toString(),
                    "Tin", text));
        }
        SearchIndexBuilder.Built built = BUILDER.build(entries, AnalysedIndex.NONE);
        SortedMap<String, byte[]> before = IndexFiles.of(built);
        IndexFiles.write(folder, before);
        int shard = IntStream.range(0, built.patchBasis().termShardDigests().length - 1)
                .filter(n -> IndexFiles.terms(before, n + 1).get(0).matches("k[0-9]{4}")).findFirst().orElseThrow();
        List<String> terms = IndexFiles.terms(before, shard);
        String last = terms.get(terms.size() - 1);
        // Each new term is the last one, 'q' and four digits, quoted, a colon, and entry 0's posting
        // (one character) quoted; with its comma. Some get five digits, to fill the shard exactly.
        int size = last.length() + 5 + 2 + 1 + 3 + 1;
        int count = (SearchIndexBuilder.TERM_SHARD_BYTES + 1) / size;
        int longer = SearchIndexBuilder.TERM_SHARD_BYTES + 1 - count * size;
        assertTrue(IndexFiles.room(before, shard) < size - 1, "the shard before has no room for one");
        String text = IntStream.range(0, count).mapToObj(i -> last + "q" + String.format(i < longer ? "%05d" : "%04d", i))
                .collect(Collectors.joining(". ")) + ". " + "B0000. ".repeat(800 - count);
        SearchEntry edited = withText(entries.get(0), text);
        assertEquals(EntryTerms.of(entries.get(0)).length(), EntryTerms.of(edited).length());
        int shards = built.patchBasis().termShardDigests().length;
        assertTermShards(entries, 0, edited, after -> after == shards + 1);
        SearchIndexPatch.Patched patch = patchedAsAWholeBuild(folder, built.patchBasis(), entries, 0, edited);
        assertTrue(patch.removed().isEmpty(), patch.removed().toString());
        assertTrue(patch.files().size() <= 4, "the new shard, the one before, the manifest: " + patch.files().keySet());
    }

    /**
     * An article of words no other has loses them to repeats of one: the length stays, the index
     * shrinks, and the files of the shards it no longer has are removed.
     */
    @Test
    void aShardTheIndexNoLongerHasIsRemoved(@TempDir Path folder) throws Exception {
        List<SearchEntry> entries = new ArrayList<>(BULLETIN);
        entries.set(200, withText(entries.get(200),
                IntStream.range(0, 800).mapToObj(i -> "mqa" + (1000 + i)).collect(Collectors.joining(" "))));
        SearchIndexBuilder.Built built = BUILDER.build(entries, AnalysedIndex.NONE);
        IndexFiles.write(folder, IndexFiles.of(built));
        SearchEntry edited = withText(entries.get(200), "Mqa1000. ".repeat(800));
        int before = built.patchBasis().termShardDigests().length;
        assertTermShards(entries, 200, edited, count -> count < before);
        SearchIndexPatch.Patched patch = patchedAsAWholeBuild(folder, built.patchBasis(), entries, 200, edited);
        assertTrue(!patch.removed().isEmpty() && patch.removed().stream().allMatch(path -> path.startsWith("t/")),
                patch.removed().toString());
    }

    @Test
    void aPatchStepsAsideWhenTheFolderOrTheEntriesAreNotWhatTheBasisSays(@TempDir Path folder) throws Exception {
        int id = 123;
        SearchEntry entry = BULLETIN.get(id);
        SearchEntry edited = withText(entry, text(entry) + " Khqx7.");
        IndexFiles.write(folder, files);
        String changed = SearchIndexPatch.patched(folder, basis, id, entry, edited).files().keySet().stream()
                .filter(path -> path.startsWith("t/") && files.containsKey(path)).findFirst().orElseThrow();

        Files.write(folder.resolve(changed), "{}\n".getBytes());
        assertEquals(changed + " is not the one the basis was made with", reason(folder, basis, id, entry, edited));
        Files.delete(folder.resolve(changed));
        assertEquals(changed + " is missing", reason(folder, basis, id, entry, edited));
        IndexFiles.write(folder, files);

        assertEquals("d/15.json does not show the entry as entry 122", reason(folder, basis, id - 1, entry, edited));
        SearchEntry retitled = new SearchEntry(entry.url(), entry.kind(), "Tiêu đề khác", entry.date(),
                entry.dateIso(), entry.section(), entry.snippet(), text(edited), entry.keywords());
        assertEquals("more than the text changed", reason(folder, basis, id, entry, retitled));
        SearchEntry claimed = withText(entry, text(entry) + " Khqx9.");
        assertEquals("the index does not hold the entry as given: khqx9", reason(folder, basis, id, claimed, entry));
        Files.write(folder.resolve(SearchIndexBuilder.MANIFEST), "{}".getBytes());
        assertEquals("the manifest is not the one the basis was made with", reason(folder, basis, id, entry, edited));
    }

    @Test
    void aBasisReadsBackAsWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        basis.write(new DataOutputStream(bytes));
        assertEquals(basis, SearchIndexPatch.Basis.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertEquals(28 + 16 * (basis.termShardDigests().length + basis.entryShardFingerprints().length), bytes.size(),
                "four numbers, two counts and the digests");
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 1);
        assertThrows(IOException.class, () -> SearchIndexPatch.Basis.read(new DataInputStream(new ByteArrayInputStream(cut))));
    }

    /**
     * Patches the bulletin's index for {@code edited} as entry {@code id}: whether it patched, and
     * if it did, that the folder then holds a whole build's bytes, and the basis is that build's.
     */
    private static boolean patchedAsAWholeBuild(int id, SearchEntry edited) throws IOException {
        SearchIndexPatch.Patched patch;
        try {
            patch = SearchIndexPatch.patched(index, basis, id, BULLETIN.get(id), edited);
        } catch (SearchIndexPatch.StepAside why) {
            return false;
        }
        List<SearchEntry> entries = new ArrayList<>(BULLETIN);
        entries.set(id, edited);
        SearchIndexBuilder.Built whole = BUILDER.build(entries, AnalysedIndex.NONE);
        SortedMap<String, byte[]> patched = new TreeMap<>(files);
        patched.putAll(patch.files());
        patched.keySet().removeAll(patch.removed());
        IndexFiles.assertSame(IndexFiles.of(whole), patched);
        assertEquals(whole.patchBasis(), patch.basis());
        return true;
    }

    /**
     * Patches the index of {@code entries} in {@code folder} for {@code edited} as entry {@code id},
     * and checks that the folder then holds a whole build's bytes, and the basis is that build's.
     */
    private static SearchIndexPatch.Patched patchedAsAWholeBuild(Path folder, SearchIndexPatch.Basis basis,
                                                                 List<SearchEntry> entries, int id, SearchEntry edited)
            throws Exception {
        SearchIndexPatch.Patched patch = SearchIndexPatch.patched(folder, basis, id, entries.get(id), edited);
        IndexFiles.apply(folder, patch);
        List<SearchEntry> after = new ArrayList<>(entries);
        after.set(id, edited);
        SearchIndexBuilder.Built whole = BUILDER.build(after, AnalysedIndex.NONE);
        IndexFiles.assertSame(IndexFiles.of(whole), IndexFiles.read(folder));
        assertEquals(whole.patchBasis(), patch.basis());
        return patch;
    }

    /** That a whole build of {@code entries} with entry {@code id} {@code edited} has a number of term shards as told. */
    private static void assertTermShards(List<SearchEntry> entries, int id, SearchEntry edited, IntPredicate count) {
        List<SearchEntry> after = new ArrayList<>(entries);
        after.set(id, edited);
        int shards = BUILDER.build(after, AnalysedIndex.NONE).patchBasis().termShardDigests().length;
        assertTrue(count.test(shards), shards + " term shards");
    }

    /** The entries a list of postings holds. */
    private static List<Integer> holders(String postings) {
        List<Integer> ids = new ArrayList<>();
        PostingCodec.decode(postings, (id, level) -> ids.add(id));
        return ids;
    }

    /** The last term of term shard {@code n} of the bulletin's index. */
    private static String last(int n) {
        List<String> terms = IndexFiles.terms(files, n);
        return terms.get(terms.size() - 1);
    }

    /** Why a patch steps aside; fails if it patches. */
    private static String reason(Path folder, SearchIndexPatch.Basis basis, int id, SearchEntry before,
                                 SearchEntry after) {
        return assertThrows(SearchIndexPatch.StepAside.class,
                () -> SearchIndexPatch.patched(folder, basis, id, before, after)).getMessage();
    }

    /** The text without a word no other entry of the bulletin has (folded), wherever it is. */
    private static String withoutItsOwnWord(String text, Random random) {
        List<String> own = words(text).distinct().filter(word -> DOCUMENT_FREQUENCY.get(word) == 1).toList();
        if (own.isEmpty()) {
            return text;
        }
        String word = own.get(random.nextInt(own.size()));
        return Arrays.stream(text.split(" ")).filter(w -> !SearchText.fold(w).replaceAll("\\P{L}", "").equals(word))
                .collect(Collectors.joining(" "));
    }

    private static final Map<String, Integer> DOCUMENT_FREQUENCY = BULLETIN.stream()
            .flatMap(entry -> words(text(entry)).distinct())
            .collect(Collectors.toMap(word -> word, word -> 1, Integer::sum));

    private static Stream<String> words(String text) {
        return Arrays.stream(SearchText.fold(text).split("[^\\p{L}]+")).filter(word -> !word.isEmpty());
    }

    private static String word(Random random) {
        return SyntheticBulletin.WORDS.get(random.nextInt(SyntheticBulletin.WORDS.size()));
    }
}
