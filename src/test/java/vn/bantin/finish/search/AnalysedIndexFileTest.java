package vn.bantin.finish.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.testing.SearchEntries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.bantin.testing.SearchEntries.article;

/** The search index as analysed, kept on disk: read back whole, or not at all. */
class AnalysedIndexFileTest {
    private static final String ENVIRONMENT = "môi trường 1";

    @TempDir
    Path folder;

    private static final List<SearchEntry> ENTRIES = List.of(
            article("/tin-tuc/mot-cua/", "2025-03-01", "Bộ phận Một cửa", "Tiếp nhận hồ sơ tại bộ phận một cửa của xã."),
            article("/tin-tuc/so-hoa/", "2025-02-01", "Số hóa hồ sơ", "Số hóa kết quả giải quyết thủ tục hành chính."),
            article("/van-ban/54-kh-ubnd/", "2025-01-15", "Kế hoạch số 54/KH-UBND", "Cải cách hành chính năm 2025.",
                    "54/KH-UBND"));

    private Path written() throws IOException {
        return SearchEntries.kept(folder.resolve("memory").resolve("search.bin"), ENVIRONMENT, ENTRIES);
    }

    @Test
    void whatIsReadBackSparesEveryEntryAndBuildsTheSameIndex() throws IOException {
        AnalysedIndex read = AnalysedIndexFile.read(written(), ENVIRONMENT);
        assertEquals(3, read.entries());
        SearchIndexBuilder.Built built = new SearchIndexBuilder("../").build(ENTRIES, read);
        assertEquals(0, built.fresh(), "no entry analysed again");
        SearchIndexBuilder.Built afresh = new SearchIndexBuilder("../").build(ENTRIES, AnalysedIndex.NONE);
        afresh.files().forEach((path, bytes) -> assertArrayEquals(bytes, built.files().get(path), path));
    }

    @Test
    void aFileOfAnotherEnvironmentIsNotUsed() throws IOException {
        assertSame(AnalysedIndex.NONE, AnalysedIndexFile.read(written(), "môi trường 2"));
    }

    @Test
    void aMissingFileIsNone() {
        assertSame(AnalysedIndex.NONE, AnalysedIndexFile.read(folder.resolve("khong-co.bin"), ENVIRONMENT));
    }

    @Test
    void aDamagedOrCutFileIsNotUsed() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[] {0, bytes.length / 2, bytes.length - 6, bytes.length - 1}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            assertSame(AnalysedIndex.NONE, AnalysedIndexFile.read(file, ENVIRONMENT), "a byte changed at " + at);
        }
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
        assertSame(AnalysedIndex.NONE, AnalysedIndexFile.read(file, ENVIRONMENT), "cut short");
        Files.write(file, new byte[0]);
        assertSame(AnalysedIndex.NONE, AnalysedIndexFile.read(file, ENVIRONMENT), "empty");
    }
}
