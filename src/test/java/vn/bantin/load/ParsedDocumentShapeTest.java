package vn.bantin.load;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.ConfigLoader.LoadedConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file's shape ({@link ParsedDocument#shape}) stands for all the model takes from it but its
 * body's HTML: two parses of the same file with the same shape make the same model, so a quick
 * rebuild may take an edit to it; any other edit must change the shape, or the quick rebuild
 * would bake a stale model. Files are parsed as a bake parses one ({@link ContentLoader#parseOne}).
 */
class ParsedDocumentShapeTest {
    private static final String FILE = "content/tin-tuc/tong-ket-mot-cua-2024.md";
    private static final String TEXT = """
            ---
            title: Tổng kết hoạt động bộ phận một cửa năm 2024
            date: 2024-12-20 09:30
            tags: [Một cửa, Tổng kết]
            summary: Bộ phận một cửa tiếp nhận hơn hai nghìn hồ sơ.
            # Ảnh bìa bổ sung sau.
            ---
            Năm 2024, bộ phận một cửa của xã tiếp nhận và giải quyết hồ sơ đúng hạn.

            ## Kết quả

            Thực hiện Kế hoạch số 54/KH-UBND, hồ sơ hộ tịch chiếm nhiều nhất.

            Xem thêm [hỏi đáp](/hoi-dap/nop-ho-so/) về nộp hồ sơ trực tuyến.
            """;

    @TempDir
    Path site;

    private ContentLoader loader;

    @BeforeEach
    void aSite() throws IOException {
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://bantin.example.vn\n");
        Files.createDirectories(site.resolve("content/tin-tuc"));
        LoadedConfig config = ConfigLoader.load(site, null);
        loader = new ContentLoader(config.site(), config.jbake(), new MarkdownRenderer());
    }

    /** {@link #TEXT} parsed with {@code from} replaced by {@code to}, which it must hold. */
    private ParsedDocument parsed(String from, String to) {
        assertTrue(TEXT.contains(from), () -> "the file holds " + from);
        return parsed(TEXT.replace(from, to));
    }

    private ParsedDocument parsed(String text) {
        Path file = site.resolve(FILE);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedDocument parsed = loader.parseOne(file);
        assertEquals(FILE, parsed.path());
        assertFalse(parsed.hasErrors(), () -> "parsed: " + parsed.problems());
        return parsed;
    }

    private ParsedDocument original() {
        ParsedDocument parsed = parsed(TEXT);
        assertTrue(parsed.marked(), "the body mentions a document number");
        return parsed;
    }

    static Stream<Arguments> editsToTheBodyAlone() {
        return Stream.of(
                Arguments.of("a sentence added after the first paragraph",
                        "chiếm nhiều nhất.", "chiếm nhiều nhất, tiếp đến là chứng thực."),
                Arguments.of("a table added",
                        "## Kết quả\n", "## Kết quả\n\n| Lĩnh vực | Hồ sơ |\n|---|---|\n| Hộ tịch | 1.204 |\n"),
                Arguments.of("a heading renamed (its id is the page's concern, not the model's)",
                        "## Kết quả", "## Kết quả đạt được"),
                Arguments.of("the last paragraph removed",
                        "\nXem thêm [hỏi đáp](/hoi-dap/nop-ho-so/) về nộp hồ sơ trực tuyến.\n", ""),
                Arguments.of("the number mentioned once more",
                        "Xem thêm", "Kế hoạch số 54/KH-UBND nêu rõ điều này. Xem thêm"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editsToTheBodyAlone")
    void anEditToTheBodyAfterItsFirstParagraphKeepsTheShape(String why, String from, String to) {
        ParsedDocument before = original();
        ParsedDocument after = parsed(from, to);

        assertNotEquals(before.body().html(), after.body().html(), "the body did change");
        assertArrayEquals(before.shape(), after.shape(), why);
    }

    @Test
    void aMentionMovedToAnotherLineKeepsTheShape() {
        ParsedDocument before = original();
        ParsedDocument after = parsed("Thực hiện Kế hoạch", "Một đoạn mới.\n\nThực hiện Kế hoạch");

        assertNotEquals(before.lineOfMention("54/KH-UBND"), after.lineOfMention("54/KH-UBND"), "the mention moved");
        assertArrayEquals(before.shape(), after.shape());
    }

    static Stream<Arguments> editsTheModelSees() {
        return Stream.of(
                Arguments.of("a title changed", "năm 2024\ndate", "năm 2024 của xã\ndate"),
                Arguments.of("a tag added", "[Một cửa, Tổng kết]", "[Một cửa, Tổng kết, Hộ tịch]"),
                Arguments.of("a key added", "summary:", "author: Văn phòng UBND xã\nsummary:"),
                Arguments.of("two keys swapped, their values the same",
                        "title: Tổng kết hoạt động bộ phận một cửa năm 2024\ndate: 2024-12-20 09:30",
                        "date: 2024-12-20 09:30\ntitle: Tổng kết hoạt động bộ phận một cửa năm 2024"),
                Arguments.of("the first paragraph, the excerpt, changed", "Năm 2024, bộ phận", "Trong năm 2024, bộ phận"),
                Arguments.of("a paragraph put before the first", "---\nNăm 2024,", "---\nMở đầu.\n\nNăm 2024,"),
                Arguments.of("another number mentioned", "Xem thêm", "Theo Quyết định số 300/QĐ-UBND. Xem thêm"),
                Arguments.of("another number mentioned, escaped in the Markdown", "Xem thêm",
                        "Theo Nghị quyết số 76/NQ\\-CP. Xem thêm"),
                Arguments.of("the number mentioned changed", "số 54/KH-UBND", "số 55/KH-UBND"),
                Arguments.of("the only mention removed", "Thực hiện Kế hoạch số 54/KH-UBND, hồ sơ", "Hồ sơ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editsTheModelSees")
    void anEditTheModelSeesChangesTheShape(String why, String from, String to) {
        assertFalse(Arrays.equals(original().shape(), parsed(from, to).shape()), why);
    }

    /** A key's line places the messages about its value. */
    @Test
    void aKeyMovedToAnotherLineChangesTheShapeThoughItsValueIsTheSame() {
        String comment = "# Ảnh bìa bổ sung sau.\n";
        assertTrue(TEXT.contains(comment + "---\n") && TEXT.startsWith("---\ntitle:"));
        ParsedDocument before = original();
        ParsedDocument after = parsed("---\n" + comment + TEXT.substring(4).replace(comment, ""));

        assertEquals(before.header().values(), after.header().values(), "the same values");
        assertEquals(before.header().bodyLine(), after.header().bodyLine(), "the body where it was");
        assertNotEquals(before.header().lines(), after.header().lines(), "the keys a line lower");
        assertFalse(Arrays.equals(before.shape(), after.shape()));
    }

    @Test
    void theSameFileParsedTwiceHasTheSameShape() {
        assertArrayEquals(original().shape(), original().shape());
    }
}
