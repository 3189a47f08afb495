package vn.bantin.load;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bantin's Markdown renderer gives exactly Flexmark's HTML, in linear time: its replacements for
 * Flexmark's heading and inline parsers change how long a parse takes, never what it gives.
 */
class MarkdownRendererTest {
    private static final MarkdownRenderer BANTIN = new MarkdownRenderer();
    private static final MutableDataSet OPTIONS = MarkdownRenderer.flexmarkOptions();
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK_HTML = HtmlRenderer.builder(OPTIONS).build();

    private static String bantin(String markdown) {
        return BANTIN.html(BANTIN.parse(markdown));
    }

    /** Every node of the tree, in order, each with its kind, its place in the text and its depth. */
    private static String tree(Node node) {
        StringBuilder tree = new StringBuilder();
        tree(node, 0, tree);
        return tree.toString();
    }

    private static void tree(Node node, int depth, StringBuilder tree) {
        tree.append(" ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, tree);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[foo]: /url \"title\"\n\n[foo]\n",
        "   [foo]: \n      /url  \n           'the title'  \n\n[foo]\n",
        "[Foo*bar\\]]:my_(url) 'title (with parens)'\n\n[Foo*bar\\]]\n",
        "Tiêu đề\n===\n\nMục\n---\n\nĐoạn\n- - -\n",
        "a\nb\n---\nc\n\n- mục\n---\n",
        "| a | b |\n|:--|--:|\n| 1 | *2* |\n| [x](/y) |\n",
        "Chú thích[^1] và [^2].\n\n[^1]: Một.\n[^2]: Hai *nghiêng*.\n",
        "## Mục {#rieng .lop}\n\nĐoạn {.ghi-chu}\n\n[liên kết](/a){target=_blank}\n",
        "*a **b** c* _d_ **e _f_** ~~g~~ `h` <b>i</b> \\*j\\* &amp; &#123;\n",
        "_ [a] _ [b](c) * [d]\n\n*[e](f)* _[g]_\n",
        "> trích\n> - mục\n>   1. số\n\n    mã\n\n```\nkhối\n```\n",
        "![ảnh](anh/a.svg \"tên\") <https://a.vn> www.b.vn c@d.vn\n",
    })
    void rendersWhatFlexmarkRenders(String markdown) {
        assertEquals(FLEXMARK_HTML.render(FLEXMARK.parse(markdown)), bantin(markdown));
    }

    @Test
    void rendersTheRepositorysContentAndThousandsOfMixturesAsFlexmarkDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        String[] parts = {"a", "===", "---", "- a", "1. b", "> q", "# h", "| x | y |", "|---|---|", "```", "    code",
            "<div>", "</div>", "", "", "[^1]", "[^1]: n", "***", "  - n", "=", "-", "text {.c}", "  ===", "[a](/b \"t\")",
            "[a][r]", "[r]: /u \"x\"", "*e*", "**s**", "_u_", "`c`", "<b>x</b>", "![i](/p.png)", "~~d~~", "\\*", "&amp;",
            "[a]: <b> (c)", "{#id}", "_ [x]", "* [y](z) _"};
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0, n = 1 + random.nextInt(8); j < n; j++) {
                text.append(parts[random.nextInt(parts.length)]).append(random.nextInt(3) == 0 ? " " : "\n");
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(FLEXMARK_HTML.render(FLEXMARK.parse(text)), bantin(text), text);
            assertEquals(tree(FLEXMARK.parse(text)), tree(BANTIN.parse(text)), text);
        }
    }

    /** Each took Flexmark over a minute (its time grows with the square of the size); here well under a second. */
    @ParameterizedTest
    @ValueSource(strings = {"prose", "emphasis-and-links", "lines"})
    void textsThatWereQuadraticRenderQuickly(String kind) {
        String text = switch (kind) {
            case "prose" -> "Ủy ban nhân dân **An Khánh** ban hành [kế hoạch](/a/) số 106, ".repeat(8_000);
            case "emphasis-and-links" -> "_ [a] ".repeat(130_000);
            default -> "=> dòng dán vào, không có dòng trống\n-Dòng bắt đầu bằng gạch\n".repeat(40_000);
        };
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> bantin(text));
    }

    @Test
    void aRunawayScanIsStoppedByTheReadBudget() {
        RenderLimits.Exceeded exceeded = assertThrows(RenderLimits.Exceeded.class,
                () -> bantin("Mở đầu.\n\n" + "[a](".repeat(50_000)));
        assertTrue(exceeded.offset() >= "Mở đầu.\n\n".length(), "the offset points into the runaway line");
        assertEquals("the text is too complex to render", exceeded.getMessage());
    }
}
