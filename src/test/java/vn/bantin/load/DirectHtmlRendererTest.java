package vn.bantin.load;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The direct renderer writes what Flexmark's renderer writes, byte for byte, for every kind of
 * Markdown it takes; it takes the kinds articles are made of, and leaves every other to Flexmark.
 * ({@link MarkdownRendererTest} compares the whole renderer with Flexmark on thousands of texts.)
 */
class DirectHtmlRendererTest {
    private static final MutableDataSet OPTIONS = MarkdownRenderer.flexmarkOptions();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK_HTML = HtmlRenderer.builder(OPTIONS).build();
    private static final DirectHtmlRenderer DIRECT = new DirectHtmlRenderer(OPTIONS);

    @ParameterizedTest
    @ValueSource(strings = {
        "Đoạn một\ndòng hai  \ndòng ba\\\nhết.\n\nĐoạn hai.\n",
        "# Tiêu đề *nghiêng*\n\nMục\n---\n\n###### Sáu\n",
        "- một\n- hai\n  - hai phẩy một\n\n    đoạn trong mục\n- ba\n",
        "1. một\n2. hai\n\n7) bảy\n8) tám\n",
        "> trích\n> - mục\n>\n> > lồng\n",
        "***\n\n- - -\n",
        "| Thủ tục | Phí |\n|:--|--:|\n| Khai sinh | *0* |\n| Kết hôn |\n| a | b | c |\n\n|x|\n|:-:|\n",
        "*a **b** c* ~~d~~ `h   i` \\*j\\* a\"b & c > d\n",
        "[kế hoạch](/van-ban/106-kh-ubnd/ \"Kế hoạch 106\") [trống]() [trong ngoặc](<a/b> 'c')\n",
        "![Ảnh *hội nghị*](/anh/hoi-nghi.jpg \"Hội nghị\") ![](/a.png)\n",
        "  Dòng thụt vào\n\tvà tab\n   \t  trộn\r\ndòng Windows\r\n",
        "Văn bản `mã\ncó dòng` và **đậm\nqua dòng**.\n",
        "",
    })
    void rendersTheKindsArticlesAreMadeOfAsFlexmarkDoes(String markdown) {
        Document document = PARSER.parse(markdown);
        String direct = DIRECT.render(document);
        assertNotNull(direct, "rendered directly");
        assertEquals(FLEXMARK_HTML.render(document), direct);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div class=\"khung\">\nHTML\n</div>\n",
        "Chữ <b>đậm</b>.\n",
        "A &amp; B &copy;\n",
        "```\nmã\n```\n",
        "    mã thụt lề\n",
        "Chú thích[^1].\n\n[^1]: Ghi chú.\n",
        "## Mục {#muc-rieng}\n",
        "[kế hoạch][kh]\n\n[kh]: /van-ban/kh/\n",
        "<https://dichvucong.gov.vn>\n",
        "<!-- ghi chú -->\n",
    })
    void leavesEveryOtherKindToFlexmark(String markdown) {
        assertNull(DIRECT.render(PARSER.parse(markdown)));
    }

    @Test
    void rendersMostOfTheRepositorysArticlesItself() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int direct = 0;
        for (Path file : files) {
            Document document = PARSER.parse(FrontMatter.split(file.toString(), Files.readString(file), "~~~~~~").body());
            String html = DIRECT.render(document);
            if (html != null) {
                assertEquals(FLEXMARK_HTML.render(document), html, file.toString());
                direct++;
            }
        }
        assertTrue(direct * 10 >= files.size() * 8, direct + " of " + files.size() + " rendered directly");
    }
}
