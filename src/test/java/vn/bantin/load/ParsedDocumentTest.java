package vn.bantin.load;

import org.junit.jupiter.api.Test;
import vn.bantin.problem.Problem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a parsed file tells of itself from its path and problems. */
class ParsedDocumentTest {

    /** A section's description is the file whose name without its extension is {@code _index}, in any folder. */
    @Test
    void aSectionIndexIsTheFileNamedIndexWhateverItsExtension() {
        for (String path : List.of("tin-tuc/_index.md", "tin-tuc/_index.markdown", "_index.md", "tin-tuc/_index",
                "thu.muc/_index")) {
            assertTrue(file(path).isSectionIndex(), path);
            assertEquals("_index", file(path).baseName(), path);
        }
        for (String path : List.of("tin-tuc/_index.en.md", "tin-tuc/bai_index.md", "tin-tuc/_indexes.md",
                "_index/bai.md", "tin-tuc/.md", "tin-tuc/index.md")) {
            assertFalse(file(path).isSectionIndex(), path);
        }
    }

    @Test
    void aFileHasErrorsOnlyWhenAProblemIsAnError() {
        ParsedDocument warned = new ParsedDocument("content/a.md", "a.md", file("a.md").header(), Body.of("a.md", ""),
                false, "", java.util.Map.of(), List.of(Problem.warning("content/a.md", 1, "cũ", "sửa")));
        assertFalse(warned.hasErrors());
        assertTrue(file("a.md").hasErrors(), "unreadable: an error");
    }

    private static ParsedDocument file(String contentPath) {
        return ParsedDocument.unreadable("content/" + contentPath, contentPath,
                Problem.error("content/" + contentPath, 0, "cannot read it", "check it"));
    }
}
