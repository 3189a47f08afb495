package vn.bantin.load;

import org.junit.jupiter.api.Test;
import vn.bantin.problem.Problem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    private static final String SEPARATOR = "~~~~~~";

    @Test
    void readsYamlWithTheLineOfEachKeyAndKeepsScalarsAsWritten() {
        FrontMatter.Split split = FrontMatter.split("a.md", """
                ---
                title: Hội nghị: triển khai
                date: 2024-03-21
                code: 1.10
                tags: [một cửa, PAR INDEX]
                ---
                Thân bài.
                """.replace("Hội nghị: triển khai", "\"Hội nghị: triển khai\""), SEPARATOR);
        assertEquals(FrontMatter.Format.YAML, split.format());
        assertEquals("Hội nghị: triển khai", split.values().get("title"));
        assertEquals("2024-03-21", split.values().get("date"));
        assertEquals("1.10", split.values().get("code"));
        assertEquals(List.of("một cửa", "PAR INDEX"), split.values().get("tags"));
        assertEquals(2, split.lineOf("title"));
        assertEquals(5, split.lineOf("tags"));
        assertEquals(7, split.bodyLine());
        assertEquals("Thân bài.\n", split.body());
        assertTrue(split.problems().isEmpty());
    }

    @Test
    void readsTheJBakeHeader() {
        FrontMatter.Split split = FrontMatter.split("a.md", """
                title=Số hóa hồ sơ
                date=2023-12-01 08:00

                tags=một cửa, số hóa
                ~~~~~~
                Thân bài.
                """, SEPARATOR);
        assertEquals(FrontMatter.Format.JBAKE, split.format());
        assertEquals("Số hóa hồ sơ", split.values().get("title"));
        assertEquals(List.of("một cửa", "số hóa"), split.values().get("tags"));
        assertEquals(4, split.lineOf("tags"));
        assertEquals(6, split.bodyLine());
        assertEquals("Thân bài.\n", split.body());
    }

    @Test
    void aFileWithoutHeaderIsAllBody() {
        FrontMatter.Split split = FrontMatter.split("a.md", "Chỉ có nội dung, a = b.\n", SEPARATOR);
        assertEquals(FrontMatter.Format.NONE, split.format());
        assertTrue(split.values().isEmpty());
        assertEquals("Chỉ có nội dung, a = b.\n", split.body());
    }

    @Test
    void reportsInvalidYamlAtItsLine() {
        FrontMatter.Split split = FrontMatter.split("a.md", "---\ntitle: ok\ntags: [a, b\ndate: x\n---\n", SEPARATOR);
        Problem problem = split.problems().get(0);
        assertTrue(problem.isError());
        assertTrue(problem.message().startsWith("the front matter is not valid YAML"), problem.message());
        assertTrue(problem.line() >= 3 && problem.line() <= 5, "line " + problem.line());
    }

    @Test
    void reportsAnUnclosedHeader() {
        FrontMatter.Split split = FrontMatter.split("a.md", "---\ntitle: ok\n\nThân bài\n", SEPARATOR);
        assertEquals(1, split.problems().size());
        assertEquals(1, split.problems().get(0).line());
        assertTrue(split.problems().get(0).message().contains("never closed"));
    }

    @Test
    void reportsAKeyGivenTwiceWithBothLines() {
        FrontMatter.Split split = FrontMatter.split("a.md", "---\ntitle: a\ndate: 2024-01-01\ntitle: b\n---\n", SEPARATOR);
        Problem problem = split.problems().get(0);
        assertEquals(4, problem.line());
        assertTrue(problem.hint().contains("line 2"), problem.hint());
    }
}
