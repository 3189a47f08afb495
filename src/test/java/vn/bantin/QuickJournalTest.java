package vn.bantin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.finish.search.SearchIndexPatch;
import vn.bantin.load.FileStamp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The journal of quick rebuilds since the last whole bake: each rebuild's writes and removals laid
 * over the ones before, the last word on a file winning, and read back as written.
 */
class QuickJournalTest {
    private static final String SHARD = "tim-kiem/chi-muc/t/86cbc9e4ba5ace98.json";
    private static final String PAGE = "tin-tuc/bai-viet/index.html";
    private static final OutputRecord.Entry WRITTEN = new OutputRecord.Entry(new FileStamp(120, 1_700_000_000_000L), "ab12");

    private final QuickJournal empty = new QuickJournal(1, new FileStamp(10, 20), SearchIndexPatch.Basis.NONE,
            Map.of(), Map.of(), Set.of());

    @Test
    void aShardRemovedAndThenWrittenAgainIsWrittenAndNoLongerRemoved() {
        QuickJournal removed = empty.after(2, SearchIndexPatch.Basis.NONE, "content/a.md", body("một"),
                Map.of(PAGE, WRITTEN), Set.of(SHARD));
        assertEquals(Set.of(SHARD), removed.removed());
        QuickJournal back = removed.after(3, SearchIndexPatch.Basis.NONE, "content/a.md", body("hai"),
                Map.of(SHARD, WRITTEN), Set.of());
        assertEquals(Set.of(), back.removed());
        assertEquals(Set.of(PAGE, SHARD), back.written().keySet());
    }

    @Test
    void aShardWrittenAndThenRemovedIsRemovedAndNoLongerWritten() {
        QuickJournal written = empty.after(2, SearchIndexPatch.Basis.NONE, "content/a.md", body("một"),
                Map.of(PAGE, WRITTEN, SHARD, WRITTEN), Set.of());
        QuickJournal gone = written.after(3, SearchIndexPatch.Basis.NONE, "content/b.md", body("hai"),
                Map.of(), Set.of(SHARD));
        assertEquals(Set.of(PAGE), gone.written().keySet());
        assertEquals(Set.of(SHARD), gone.removed());
        assertEquals(Set.of("content/a.md", "content/b.md"), gone.bodies().keySet());
    }

    @Test
    void aJournalReadsBackAsWritten(@TempDir Path folder) throws IOException {
        QuickJournal journal = empty.after(7, SearchIndexPatch.Basis.NONE, "content/a.md", body("thủ tục"),
                Map.of(PAGE, WRITTEN), Set.of(SHARD));
        Path file = folder.resolve("quick-since.bin");
        journal.write(file);
        QuickJournal read = QuickJournal.read(file);
        assertEquals(7, read.token());
        assertEquals(journal.memoryStamp(), read.memoryStamp());
        assertEquals(journal.written(), read.written());
        assertEquals(journal.removed(), read.removed());
        assertArrayEquals(body("thủ tục"), read.bodies().get("content/a.md"));
        assertNull(QuickJournal.read(folder.resolve("none.bin")));
    }

    private static byte[] body(String text) {
        return ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
    }
}
