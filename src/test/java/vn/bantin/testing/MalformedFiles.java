package vn.bantin.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A deterministic source of malformed content files: valid bulletin files (YAML and JBake headers,
 * articles, pages, section descriptions) put through random mutations, from deleted lines to
 * invalid UTF-8, alias bombs and 100 KB lines of text that makes Markdown parsers slow. The same
 * seed gives the same files, so that a failure can be replayed.
 */
public final class MalformedFiles {
    /** One generated file: where it goes under the site folder, its bytes, and what was done to it. */
    public record File(String path, byte[] bytes, String recipe) {
    }

    private static final String[] VALID = {
        """
        ---
        title: Hội nghị triển khai kế hoạch cải cách hành chính năm 2024
        date: 2024-03-21 15:46
        author: Phòng Văn hóa và Thông tin
        source: Đài truyền thanh xã
        tags: [cải cách hành chính, Một cửa]
        summary: Xã tổ chức hội nghị triển khai Kế hoạch số 106/KH-UBND.
        status: published
        ---
        Sáng 21/3, xã tổ chức hội nghị triển khai kế hoạch.

        ## Nội dung chính

        - Tuyên truyền trên loa truyền thanh.
        - Hướng dẫn nộp hồ sơ trực tuyến, xem [hỏi đáp](/hoi-dap/nop-ho-so-truc-tuyen/).
          1. Bước một **đậm** và *nghiêng*.
          2. Bước hai ~~gạch~~.

        | Lĩnh vực | Hồ sơ |
        |----------|------:|
        | Đất đai  | 6.842 |

        > Trích dẫn ý kiến người dân.

        Liên hệ motcua@ankhanh.gov.vn hoặc https://dichvucong.gov.vn/ để biết thêm[^1].

        [^1]: Chú thích cuối bài.
        """,
        """
        title=Huyện tổng kết công tác cải cách hành chính năm 2021
        date=2021-12-28 16:20
        author=Phòng Nội vụ huyện
        tags=cải cách hành chính,kỷ cương hành chính
        summary=Năm 2021 huyện hoàn thành 46/48 nhiệm vụ.
        status=published
        ~~~~~~

        Chiều 28/12, UBND huyện tổ chức hội nghị tổng kết.

        ```
        mã = "không phải HTML <b>"
        ```
        """,
        """
        ---
        type: page
        title: Giới thiệu về bản tin
        summary: Trang giới thiệu.
        ---
        Bản tin của xã. Xem [tin mới](/tin-tuc/).

        ## Liên hệ {#lien-he-moi}

        Điện thoại: 0203 3 000 000.
        """,
        """
        ---
        title: "Kế hoạch 106/KH-UBND: đẩy mạnh tuyên truyền"
        date: 21/03/2024 08:00
        tags:
          - tuyên truyền
          - kế hoạch
        slug: ke-hoach-tuyen-truyen
        ---
        # Tiêu đề cấp một

        Đoạn văn có <b>HTML</b> và <iframe src="https://evil.example/"></iframe>.

        <div class="ghi-chu">Khối HTML</div>
        """,
    };

    /** Units whose long repetition is known to be slow or deep for Markdown and HTML parsers. */
    private static final String[] HEAVY_UNITS = {
        "[a](", "[a", "a]", "*a **a ", "_ [a]", "[^a]", "`", "`a``", "<div>", "<span>", "<b>", "<table>", "{#i}",
        "www.a", "a&amp;", "\\*", "> ", "- ", "1. ", "* ", "<!-- ", "&#", "![", "[x]: <", "a\n", "a\n=\n", "|a",
        "Ủy ban **An Khánh** [kế hoạch](/a/) số 106, ", "https://x.vn/a?b=1&c=2 ", "a@b.vn ", "\t", "~~a ",
    };

    private final Random random;

    public MalformedFiles(long seed) {
        if (TEXT_MUTATIONS.size() != TEXT_MUTATION_NAMES.length) {
            throw new IllegalStateException("each mutation needs a name");
        }
        random = new Random(seed);
    }

    /** The next {@code count} files, named uniquely with {@code prefix}. */
    public List<File> next(int count, String prefix) {
        List<File> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(next(prefix + i));
        }
        return files;
    }

    private File next(String id) {
        int base = random.nextInt(VALID.length);
        String text = VALID[base];
        StringBuilder recipe = new StringBuilder("valid#" + base);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int kind = random.nextInt(TEXT_MUTATIONS.size());
            text = TEXT_MUTATIONS.get(kind).apply(random, text);
            recipe.append(" +").append(TEXT_MUTATION_NAMES[kind]);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0) {
            int kind = random.nextInt(4);
            bytes = byteMutation(kind, bytes);
            recipe.append(" +bytes").append(kind);
        }
        return new File(place(id, base), bytes, recipe.toString());
    }

    /** Where a file goes: sections, a sub-folder, the top (pages), a folder that is no section; odd names. */
    private String place(String id, int base) {
        String folder = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> "content/tin-tuc/";
            case 4, 5 -> "content/hoi-dap/";
            case 6 -> "content/tin-tuc/2024/";
            case 7 -> base == 2 ? "content/" : "content/tin-tuc/";
            case 8 -> "content/khong-co-muc-" + random.nextInt(3) + "/";
            default -> "content/";
        };
        String name = switch (random.nextInt(8)) {
            case 0 -> "bai-" + id + ".md";
            case 1 -> "Bài viết số " + id + ".md";
            case 2 -> "Hội nghị tháng 3 (" + id + ") – mới!.md";
            case 3 -> "BAI " + id + ".MD";
            case 4 -> "bai." + id + ".markdown";
            case 5 -> "Đẩy mạnh tuyên truyền " + id + ".Md";
            // a section description, where it is not the fixture's own (which would take its section away)
            case 6 -> random.nextInt(4) == 0 && !folder.matches("content/(tin-tuc|hoi-dap)/") ? "_index.md"
                    : "bai-" + id + ".md";
            default -> "tệp  có   khoảng trắng " + id + ".md";
        };
        return folder + name;
    }

    private static final String[] TEXT_MUTATION_NAMES = {
        "deleteLine", "duplicateLine", "swapLines", "cutClosingFence", "colonInValue", "bracketInValue",
        "bomInside", "crOnly", "mixedLineEnds", "hugeLine", "deepList", "deepQuote", "deepOrdered",
        "backticks", "unclosedFence", "aliasBomb", "selfAlias", "deepYaml", "hugeNumber", "badDate",
        "tagsMap", "titleList", "titleMap", "yamlTags", "hugeValue", "duplicateKey", "controlChars",
        "emptyFile", "onlyFence", "randomUnicode", "deepHtml", "manyHeadings", "jbakeNoKey", "replaceValue",
        "indentedList", "manyFrames", "entityWord",
    };

    private static final List<BiFunction<Random, String, String>> TEXT_MUTATIONS = List.of(
            (r, t) -> edit(r, t, (lines, i) -> lines.remove(i)),
            (r, t) -> edit(r, t, (lines, i) -> lines.add(i, lines.get(i))),
            (r, t) -> edit(r, t, (lines, i) -> {
                int j = r.nextInt(lines.size());
                String a = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, a);
            }),
            (r, t) -> {
                List<String> lines = lines(t);
                int last = lines.lastIndexOf("---");
                if (last > 0) {
                    lines.remove(last);
                }
                return String.join("\n", lines);
            },
            (r, t) -> insertInHeader(r, t, ": "),
            (r, t) -> insertInHeader(r, t, r.nextBoolean() ? "[" : "{"),
            (r, t) -> insertAt(r, t, "\uFEFF"),
            (r, t) -> t.replace("\n", "\r"),
            (r, t) -> t.replace("\n", r.nextBoolean() ? "\r\n" : "\n\r"),
            (r, t) -> {
                String unit = HEAVY_UNITS[r.nextInt(HEAVY_UNITS.length)];
                return t + "\n" + unit.repeat(100_000 / unit.length()) + "\n";
            },
            (r, t) -> t + "\n" + "- ".repeat(5000) + "a\n",
            (r, t) -> t + "\n" + "> ".repeat(5000) + "a\n",
            (r, t) -> t + "\n" + "1. ".repeat(5000) + "a\n",
            (r, t) -> t + "\n" + "`".repeat(10_000) + "\n",
            (r, t) -> insertLine(r, t, r.nextBoolean() ? "```" : "~~~~"),
            (r, t) -> replaceHeaderLine(r, t, "bom: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                    + "b1: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nb2: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                    + "b3: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nb4: [*d,*d,*d,*d,*d,*d,*d,*d,*d]"),
            (r, t) -> replaceHeaderLine(r, t, "title: &x [*x]"),
            (r, t) -> replaceHeaderLine(r, t, "tags: " + "[".repeat(1000) + "a" + "]".repeat(1000)),
            (r, t) -> replaceHeaderLine(r, t, (r.nextBoolean() ? "order: " : "date: ") + "9".repeat(400)),
            (r, t) -> replaceHeaderLine(r, t, "date: " + pick(r, "2024-13-45", "2024-02-30", "0000-01-01",
                    "9999-12-31 23:59", "99999-01-01", "hôm qua", "2024-01-01T25:00", "31/02/2024", "2024-1-1 1:1",
                    "2024-03-21 15:46 +25:00", "[2024-01-01]", "{năm: 2024}", "'2024-03-21'")),
            (r, t) -> replaceHeaderLine(r, t, "tags: {a: b, c: [d]}"),
            (r, t) -> replaceHeaderLine(r, t, "title: [một, hai]"),
            (r, t) -> replaceHeaderLine(r, t, "title: {tên: giá trị}"),
            (r, t) -> replaceHeaderLine(r, t, pick(r, "title: !!binary aGVsbG8=", "title: !foo bar",
                    "title: !!java.io.File /etc/passwd", "tags: !!set {a, b}", "date: !!timestamp 2024-01-01",
                    "? [a, b]\n: c", "title: *undefined", "&anchor title: x")),
            (r, t) -> replaceHeaderLine(r, t, "summary: " + "Ủy ban nhân dân ".repeat(7000)),
            (r, t) -> {
                List<String> lines = lines(t);
                if (lines.size() > 2) {
                    lines.add(2, lines.get(1));
                }
                return String.join("\n", lines);
            },
            (r, t) -> insertAt(r, t, String.valueOf((char) pick(r, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x9C))),
            (r, t) -> "",
            (r, t) -> r.nextBoolean() ? "---\n" : "---\n---\n",
            (r, t) -> insertAt(r, t, randomUnicode(r)),
            (r, t) -> t + "\n" + pick(r, "<div>", "<ul><li>", "<blockquote>", "<span>", "<table><tr><td>")
                    .repeat(20_000) + "\n",
            (r, t) -> t + "\n" + "## Mục\n\n".repeat(10_000),
            (r, t) -> "=giá trị\nkhông có bằng\n~~~~~~\n" + t,
            (r, t) -> replaceHeaderLine(r, t, pick(r, "status: xuat-ban", "type: bai", "type: page", "slug: Sai Slug",
                    "slug: ''", "section: khong-co", "cover: anh/khong-co.jpg", "cover: javascript:alert(1)",
                    "cover: https://example.vn/a.jpg", "title:", "title: ''", "title: \"#$%^&*\"", "date:",
                    "tags: ''", "tags: [,,,]", "author: [a]", "order: abc", "order: -1")),
            (r, t) -> {
                StringBuilder list = new StringBuilder("\n");
                for (int i = 0; i < 400; i++) {
                    list.append("  ".repeat(i)).append("- mục\n");
                }
                return t + list;
            },
            (r, t) -> t + "\n" + "<iframe src=\"https://evil.example/v\"></iframe>\n".repeat(50),
            (r, t) -> t + "\n" + "a&amp;".repeat(3000) + " x\\*".repeat(3000) + "\n");

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }

    private static int pick(Random r, int... choices) {
        return choices[r.nextInt(choices.length)];
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private interface LineEdit {
        void apply(List<String> lines, int index);
    }

    private static String edit(Random r, String text, LineEdit edit) {
        List<String> lines = lines(text);
        if (!lines.isEmpty()) {
            edit.apply(lines, r.nextInt(lines.size()));
        }
        return String.join("\n", lines);
    }

    private static String insertLine(Random r, String text, String line) {
        return edit(r, text, (lines, i) -> lines.add(i, line));
    }

    /** Inserts into one of the first lines, where the header is. */
    private static String insertInHeader(Random r, String text, String inserted) {
        List<String> lines = lines(text);
        int i = r.nextInt(Math.min(lines.size(), 7));
        String line = lines.get(i);
        int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
        lines.set(i, line.substring(0, at) + inserted + line.substring(at));
        return String.join("\n", lines);
    }

    /** Replaces one header line (after an opening fence, if any) with {@code replacement}. */
    private static String replaceHeaderLine(Random r, String text, String replacement) {
        List<String> lines = lines(text);
        int first = !lines.isEmpty() && lines.get(0).equals("---") ? 1 : 0;
        int i = first + r.nextInt(Math.max(1, Math.min(lines.size() - first, 4)));
        if (i < lines.size()) {
            lines.set(i, replacement);
        } else {
            lines.add(replacement);
        }
        return String.join("\n", lines);
    }

    private static String insertAt(Random r, String text, String inserted) {
        int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private static String randomUnicode(Random r) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(40); i++) {
            int codePoint = pick(r, 0x0301, 0x0323, 0x200B, 0x200E, 0x202E, 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFD, 0xE000,
                    0xFFFE, 0x0110, 0x1EA1, 0x00A0, 0x3000, 0x2028);
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    private byte[] byteMutation(int kind, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        out.write(bytes, 0, at);
        switch (kind) {
            case 0 -> { // random bytes in place
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    out.write(random.nextInt(256));
                }
            }
            case 1 -> { // invalid UTF-8: a lone lead byte, a stray continuation, overlong, surrogate, too long
                byte[][] invalid = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xFF}};
                byte[] chosen = invalid[random.nextInt(invalid.length)];
                out.write(chosen, 0, chosen.length);
            }
            case 2 -> out.write(0); // NUL
            default -> { // a byte order mark in the middle, and Latin-1 text
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
                out.write(0xEA);
            }
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
