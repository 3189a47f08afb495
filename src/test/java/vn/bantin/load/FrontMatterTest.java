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

    /** The body after a YAML header is the rest of the file with its line ends made \n, however the file ends. */
    @Test
    void theBodyIsTheRestOfTheFileWithLineEndsMadeNewlines() {
        assertEquals("Một.\n\nHai.\n", FrontMatter.split("a.md", "---\ntitle: A\n---\nMột.\n\nHai.\n", SEPARATOR).body());
        assertEquals("Một.\nHai.\n", FrontMatter.split("a.md", "---\r\ntitle: A\r\n---\r\nMột.\r\nHai.\r\n", SEPARATOR).body());
        assertEquals("Một.\nHai.", FrontMatter.split("a.md", "---\rtitle: A\r---\rMột.\rHai.", SEPARATOR).body());
        assertEquals("Một.", FrontMatter.split("a.md", "---\ntitle: A\n...\nMột.", SEPARATOR).body());
        assertEquals("\n", FrontMatter.split("a.md", "---\ntitle: A\n---\n", SEPARATOR).body());
        assertEquals("", FrontMatter.split("a.md", "---\ntitle: A\n---", SEPARATOR).body());
        assertEquals("\n\n", FrontMatter.split("a.md", "---\ntitle: A\n---\n\n\n", SEPARATOR).body());
        assertEquals("A", FrontMatter.split("a.md", "---\r\ntitle: A\r\n---\r\n", SEPARATOR).values().get("title"));

        String[] parts = {"---", "...", "title: Tiêu đề", "tags: [a, b]", "", "Thân bài.", "  ---  ", "- mục"};
        String[] ends = {"\n", "\r\n", "\r", ""};
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder("---").append(ends[random.nextInt(3)]);
            for (int j = 0, n = random.nextInt(8); j < n; j++) {
                text.append(parts[random.nextInt(parts.length)]).append(ends[random.nextInt(ends.length)]);
            }
            FrontMatter.Split split = FrontMatter.split("a.md", text.toString(), SEPARATOR);
            List<String> lines = text.toString().lines().toList();
            int close = -1;
            for (int k = 1; k < lines.size() && close < 0; k++) {
                if (lines.get(k).strip().equals("---") || lines.get(k).strip().equals("...")) {
                    close = k;
                }
            }
            String expected = close < 0 ? "" : String.join("\n", lines.subList(close + 1, lines.size()))
                    + (text.toString().endsWith("\n") ? "\n" : "");
            assertEquals(expected, split.body(), text.toString());
            assertEquals(close < 0 ? lines.size() + 1 : close + 2, split.bodyLine(), text.toString());
        }
    }
}
