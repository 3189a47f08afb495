package vn.bantin.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A body gives back its HTML as it was made, held in memory (as UTF-8) or kept in a store. */
class BodyTest {
    private static final String HTML = "<p>Thủ tục một cửa: đăng ký khai sinh, <b>Ủy ban</b> xã 😀 ✓</p>";

    @TempDir
    Path folder;

    @Test
    void holdsItsHtmlAsItWasWhateverTheCharacters() {
        Body body = Body.of("content/tin-tuc/a.md", HTML);
        assertEquals(HTML, body.html());
        assertEquals(HTML, body.html(), "decoded again: the same");
        assertEquals("", Body.of("content/tin-tuc/b.md", "").html());
    }

    @Test
    void theSameHtmlIsTheSameBodyAndOtherHtmlIsNot() {
        Body body = Body.of("content/tin-tuc/a.md", HTML);
        assertArrayEquals(body.digest(), Body.of("content/tin-tuc/a.md", HTML).digest());
        assertFalse(Arrays.equals(body.digest(), Body.of("content/tin-tuc/a.md", HTML.replace("xã", "xa")).digest()));
        assertSame(body, body.withHtml(HTML), "the same HTML: the very body");
        Body changed = body.withHtml(HTML.replace("xã", "phường"));
        assertEquals(HTML.replace("xã", "phường"), changed.html());
        assertNotEquals(body, changed);
    }

    @Test
    void aStoredBodyIsReadBackAsItWasWrittenAndKnownWithoutBeingRead() throws IOException {
        Body held = Body.of("content/tin-tuc/a.md", HTML);
        Path file = folder.resolve("bodies-1.bin");
        BodyStore.Kept kept;
        try (BodyStore.Writer writer = new BodyStore.Writer(null, file, 0)) {
            kept = writer.keep(held);
        }
        Body stored = BodyStore.open(file, Files.size(file)).body("content/tin-tuc/a.md", kept.offset(), kept.length(),
                kept.digest());
        assertEquals(held, stored, "known by its digest");
        assertSame(stored, stored.withHtml(HTML), "the same HTML: the very body, left on disk");
        assertEquals(HTML, stored.html());
    }
}
