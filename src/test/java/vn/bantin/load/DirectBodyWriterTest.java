package vn.bantin.load;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The direct writer gives what Flexmark's renderer followed by the Jsoup pass of
 * {@link BodyProcessor} gives, byte for byte, HTML and excerpt, for every kind of Markdown it
 * takes; it takes the kinds articles are made of, and leaves every other to that long way.
 */
class DirectBodyWriterTest {
    private static final MutableDataSet OPTIONS = MarkdownRenderer.flexmarkOptions();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK_HTML = HtmlRenderer.builder(OPTIONS).build();
    private static final DirectBodyWriter DIRECT = new DirectBodyWriter(OPTIONS);
    private static final BodyProcessor JSOUP = new BodyProcessor();
    private static final String FOLDER = "/tin-tuc/";

    /** The long way's body for the text, when the direct writer took it; else null. */
    private static BodyProcessor.Cleaned[] both(String markdown) {
        Document document = PARSER.parse(markdown);
        BodyProcessor.Cleaned direct = DIRECT.write(document, FOLDER);
        BodyProcessor.Cleaned longWay = JSOUP.process(FLEXMARK_HTML.render(document), FOLDER, List.of(), "Tiêu đề");
        return new BodyProcessor.Cleaned[] {direct, longWay};
    }

    private static void assertSame(String markdown, BodyProcessor.Cleaned direct, BodyProcessor.Cleaned longWay) {
        assertEquals(longWay.html(), direct.html(), () -> "HTML of: " + markdown.replace("\n", "⏎") + "\n");
        assertEquals(longWay.excerpt(), direct.excerpt(), () -> "excerpt of: " + markdown);
        assertEquals(List.of(), direct.removedFrames());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Đoạn một\ndòng hai  \ndòng ba\\\nhết.\n\nĐoạn hai.\n",
        "# Tiêu đề *nghiêng*\n\nMục\n---\n\n###### Sáu\n\n## Tiêu đề nghiêng\n\n## Nội dung\n\n##\n\n## ![ảnh](/a.png)\n",
        "## Mục ~~cũ~~mới\n\nĐoạn ~~gạch~~tiếp và ~~a~~~~b~~ và dòng  \nngắt *~~c~~*d.\n\n## Top\n\n## Noi dung\n",
        "- một\n- hai\n  - hai phẩy một\n\n    đoạn trong mục\n- ba\n",
        "1. một\n2. hai\n\n7) bảy\n8) tám\n",
        "> trích\n> - mục\n>\n> > lồng\n",
        "***\n\n- - -\n",
        "| Thủ tục | Phí |\n|:--|--:|\n| Khai sinh | *0* |\n| Kết hôn |\n| a | b | c |\n\n|x|\n|:-:|\n",
        "*a **b** c* ~~d~~ `h   i` \\*j\\* a\"b \\& c > d < e ' f\n",
        "[kế hoạch](/van-ban/106-kh-ubnd/ \"Kế hoạch 106\") [trống]() [trong ngoặc](<a/b> 'c \"d\"')\n",
        "![Ảnh *hội nghị*](/anh/hoi-nghi.jpg \"Hội nghị\") ![](/a.png) ![x](anh/b.png) ![y](data:image/png;base64,AAAA)\n",
        "  Dòng thụt vào\n\tvà tab\n   \t  trộn\r\ndòng Windows\r\n",
        "Văn bản `mã\ncó dòng` và **đậm\nqua dòng**.\n",
        "[tương đối](../van-ban/kh/) [cùng thư mục](bai-khac/) [neo](#muc-1) [thư](mailto:a@b.vn) [gọi](tel:0243)\n",
        "[JS](JAVASCRIPT:x) [HOA](HTTPS://A.VN/) [ftp](ftp://a.vn/f) [lạ](foo:bar) [khoảng]( /a/ ) [ảnh](data:x)\n",
        "Xem https://dichvucong.gov.vn/p/a?b=1, www.ankhanh.gov.vn và motcua@ankhanh.gov.vn; javascript://x.\n",
        "## Cổng https://a.vn/ và 106/KH-UBND\n\n`https://b.vn/ 54/KH-UBND` [https://c.vn/ 7/QĐ-UBND](/d/)\n",
        "Thực hiện Kế hoạch 106/KH-UBND và Quyết định 1234/QĐ-UBND ngày 15/3/2024, 46/48 xã.\n",
        "Dấu riêng \uE000 và \uE001 ở đây [x](/a/\uE000 \"\uE001\").\n",
        "Cách\u00a0không ngắt, \u200bvô hình, gạch\u00admềm, 😀 và 𝐀 và \uD835\uDC00 và 𝘈.\n",
        "# Một\n\n# Một\n\n# Một\n\n### Ba\n\n###### Sáu\n",
        "Dòng đầu\nhttps://a.vn/x\n  www.b.vn\n",
        "",
        "\n\n   \n",
        "- [ ] việc\n- [x] xong\n\n+ cộng\n\n* sao\n",
        "Đoạn đầu rất dài: Ủy ban nhân dân xã An Khánh tổ chức hội nghị triển khai kế hoạch cải cách hành chính "
            + "năm 2025, quán triệt đến toàn thể cán bộ, công chức các nhiệm vụ trọng tâm về cải cách thủ tục hành chính, "
            + "chuyển đổi số, nâng cao chỉ số hài lòng của người dân và doanh nghiệp đối với sự phục vụ của cơ quan.\n\nĐoạn sau.\n",
        "> Trích dẫn đầu tiên là đoạn đầu.\n\nĐoạn sau.\n",
        "- mục lỏng\n\n- mục hai\n",
        "| a |\n|---|\n| https://a.vn/ và 12/KH-UBND |\n\nBảng\n",
        "Chữ<br>không phải HTML? \\<b\\> và 3 < 4 > 2.\n",
        "Ảnh trong liên kết [![ảnh](/a.png)](/b/) và **[đậm](/c/)**.\n",
        "𝐀b\n\n*\uD835*\n", // a lone surrogate where a longer text left half of a pair
    })
    void writesWhatTheLongWayGives(String markdown) {
        BodyProcessor.Cleaned[] both = both(markdown);
        if (markdown.contains("<br>") || markdown.contains("- [ ]")) {
            return; // raw HTML, or a task list item: either way may be taken; compared when direct
        }
        assertNotNull(both[0], () -> "written directly: " + markdown);
        assertSame(markdown, both[0], both[1]);
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
        "[có dấu và](/a?b=1\\&c=2)\n",
        "[nhiều dòng](/a \"dòng một\ndòng hai\")\n",
        "[mã độc](javascript:alert(1))\n",
        "Ảnh ![mã độc](javascript:alert(1))\n",
    })
    void leavesEveryOtherKindToTheLongWay(String markdown) {
        assertNull(DIRECT.write(PARSER.parse(markdown), FOLDER));
    }

    @Test
    void leavesTextsNestedNearlyTooDeepToTheLongWay() {
        assertNull(DIRECT.write(PARSER.parse("> ".repeat(95) + "sâu\n"), FOLDER));
        assertNotNull(DIRECT.write(PARSER.parse("> ".repeat(20) + "sâu\n"), FOLDER));
    }

    @Test
    void writesMostOfTheRepositorysTextsItselfAsTheLongWayDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("src/test/resources/sites")))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int direct = 0;
        for (Path file : files) {
            String body = FrontMatter.split(file.toString(), Files.readString(file), "~~~~~~").body();
            BodyProcessor.Cleaned[] both = both(body);
            if (both[0] != null) {
                assertSame(file.toString(), both[0], both[1]);
                direct++;
            }
        }
        assertTrue(direct * 10 >= files.size() * 8, direct + " of " + files.size() + " written directly");
    }

    @Test
    void writesThousandsOfMixturesAsTheLongWayDoes() {
        String[] parts = {"Đoạn văn", "# Mục", "## Mục", "###### Sáu", "===", "---", "- a", "1. b", "3) c", "> q",
            "| x | y |", "|:--|:-:|", "| 1 | 2 |", "", "", "***", "  - n", "*e*", "**s**", "_u_", "~~d~~", "`c  d`",
            "[a](/b \"t\")", "[r](../x/)", "[j](javascript:x)", "![i](/p.png)", "![i](anh/p.png 't')", "a  ", "b\\",
            "https://a.vn/x", "www.b.vn", "c@d.vn", "106/KH-UBND", "15/3/2024", "\u00a0", "\"q\" & 'a'", "<", ">",
            "😀", "\uE000", "\t", "  ", "Tiêu đề", "[x](#m)", "[m](mailto:a@b.vn)", "![d](data:x)", "[u](//h.vn/p)",
            "[u](HTTP:x)", "[u](Mailto:a@b)", "[u](tel:+84)", "[u](?q=1)", "[u](./x)", "[u](../../../x)", "[u](<a b>)",
            "![u](HTTPS://x/y.png)", "![u](ftp://x/y.png)", "![u](mailto:x)", "[u](/a:b)", "[u](<#a b>)",
            "[u](http://[::1/)", "[u](x:y/z)", "[u](/)", "[u](<>)", "![u](<>)", "[u](%zz)", "[u](a/b?c#d)"};
        Random random = new Random(11);
        int direct = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0, n = 1 + random.nextInt(10); j < n; j++) {
                text.append(parts[random.nextInt(parts.length)]).append(switch (random.nextInt(4)) {
                    case 0 -> " ";
                    case 1 -> "";
                    default -> "\n";
                });
            }
            String markdown = text.toString();
            BodyProcessor.Cleaned[] both = both(markdown);
            if (both[0] != null) {
                assertSame(markdown, both[0], both[1]);
                direct++;
            }
        }
        assertTrue(direct > 2500, direct + " of 4000 written directly");
    }

    /** Every character as Jsoup writes it in text and in an attribute value; controls are never in a body. */
    @Test
    void escapesAsJsoupWrites() {
        List<String> characters = new ArrayList<>();
        for (int c = 0x9; c < 0x10000; c++) {
            if (c != 0xB && c != 0xC && (c < 0xE || c >= 0x20)) {
                characters.add(String.valueOf((char) c));
            }
        }
        for (int c = 0x10000; c <= 0x10FFFF; c += 0x7F) {
            characters.add(Character.toString(c));
        }
        characters.addAll(List.of(Character.toString(0x1D800), Character.toString(0x2DFFF), "\uDC00\uD800"));
        org.jsoup.nodes.Document page = new org.jsoup.nodes.Document("");
        page.outputSettings().prettyPrint(false); // as BodyProcessor writes
        Element paragraph = page.appendElement("p");
        List<String> different = new ArrayList<>();
        for (String character : characters) {
            TextNode text = new TextNode(character);
            paragraph.appendChild(text);
            StringBuilder asText = new StringBuilder();
            DirectBodyWriter.escape(character, false, asText);
            StringBuilder asAttribute = new StringBuilder("a=\"");
            DirectBodyWriter.escape(character, true, asAttribute);
            if (!asText.toString().equals(text.outerHtml())
                    || !asAttribute.append('"').toString().equals(new Attribute("a", character).html())) {
                different.add(String.format("U+%04X", character.codePointAt(0)));
            }
        }
        assertEquals(List.of(), different);
    }
}
