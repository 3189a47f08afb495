package vn.bantin.testing;

import vn.bantin.finish.search.AnalysedIndex;
import vn.bantin.finish.search.AnalysedIndexFile;
import vn.bantin.finish.search.EntryKind;
import vn.bantin.finish.search.SearchEntry;
import vn.bantin.finish.search.SearchIndexBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Search entries for tests of the search index, and the index as analysed, kept on disk. */
public final class SearchEntries {
    private SearchEntries() {
    }

    /** An article of the "Tin tức" section, its text its summary too. */
    public static SearchEntry article(String url, String date, String title, String text, String... keywords) {
        return new SearchEntry(url, EntryKind.ARTICLE, title, date, date, "Tin tức", text, text, List.of(keywords));
    }

    /** Analyses {@code entries} afresh and keeps the index in {@code file}, as a bake of {@code environment} does. */
    public static Path kept(Path file, String environment, List<SearchEntry> entries) throws IOException {
        AnalysedIndex analysed = new SearchIndexBuilder("../").build(entries, AnalysedIndex.NONE).analysed();
        AnalysedIndexFile.write(file, environment, analysed);
        return file;
    }
}
