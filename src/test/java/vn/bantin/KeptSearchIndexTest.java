package vn.bantin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.finish.search.AnalysedIndex;
import vn.bantin.finish.search.SearchEntry;
import vn.bantin.finish.search.SearchIndexBuilder;
import vn.bantin.testing.SearchEntries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.bantin.testing.SearchEntries.article;

/** The search index a memory keeps on disk: read ahead on another thread, handed out once. */
class KeptSearchIndexTest {
    private static final String ENVIRONMENT = "môi trường 1";

    @TempDir
    Path folder;

    private static final List<SearchEntry> ENTRIES = List.of(
            article("/tin-tuc/mot-cua/", "2025-03-01", "Bộ phận Một cửa", "Tiếp nhận hồ sơ tại bộ phận một cửa."),
            article("/tin-tuc/so-hoa/", "2025-02-01", "Số hóa hồ sơ", "Số hóa kết quả giải quyết thủ tục."),
            article("/tin-tuc/chu-ky-so/", "2025-01-15", "Chữ ký số", "Cấp chữ ký số cho công chức một cửa."));

    private Path kept(List<SearchEntry> entries) throws IOException {
        return SearchEntries.kept(folder.resolve("search.bin"), ENVIRONMENT, entries);
    }

    @Test
    void readAheadItIsTheIndexTheFileHolds() throws IOException {
        KeptSearchIndex index = new KeptSearchIndex(kept(ENTRIES), ENVIRONMENT);
        index.readAhead();
        index.readAhead(); // asked twice, read once
        AnalysedIndex read = index.analysedIndex();
        assertEquals(3, read.entries());
        assertEquals(0, new SearchIndexBuilder("../").build(ENTRIES, read).fresh(), "no entry analysed again");
    }

    @Test
    void notReadAheadItIsReadWhenAskedAndAskedAgainItIsReadAgain() throws IOException {
        Path file = kept(ENTRIES);
        KeptSearchIndex index = new KeptSearchIndex(file, ENVIRONMENT);
        assertEquals(3, index.analysedIndex().entries());
        kept(ENTRIES.subList(0, 2));
        assertEquals(2, index.analysedIndex().entries(), "not held after it was handed out");
    }

    @Test
    void aFileOfAnotherEnvironmentOrNoneIsNoIndex() throws IOException {
        KeptSearchIndex other = new KeptSearchIndex(kept(ENTRIES), "môi trường 2");
        other.readAhead();
        assertSame(AnalysedIndex.NONE, other.analysedIndex());
        assertSame(AnalysedIndex.NONE, new KeptSearchIndex(folder.resolve("khong-co.bin"), ENVIRONMENT).analysedIndex());
    }
}
