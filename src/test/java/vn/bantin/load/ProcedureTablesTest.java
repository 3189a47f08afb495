package vn.bantin.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.ConfigLoader.LoadedConfig;
import vn.bantin.model.FrontMatterReader;
import vn.bantin.problem.Problem;
import vn.bantin.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Procedures written in bulk in data/thu-tuc/, through the real load stage on small sites. */
class ProcedureTablesTest {
    private static final String YAML = """
            # Thủ tục lĩnh vực hộ tịch
            - code: 1.001193
              title: Đăng ký khai sinh
              level: cấp xã
              submission:
                - way: trực tiếp
                  processing_time: Ngay trong ngày làm việc
                  fee:
              tags: [hộ tịch, khai sinh]
              steps: |
                1. Nộp hồ sơ tại Bộ phận Một cửa.
                2. Nhận kết quả.

            - code: "1.10"
              title: Chứng thực bản sao
            """;

    /** Two rows; the first spans lines 2 to 5 through its multi-line cells. */
    private static final String CSV = String.join("\n",
            "code,title,STT,submission,documents,legal_basis,tags,steps,Ghi chú",
            "1.001193,Đăng ký khai sinh,1,\"trực tiếp | Ngay trong ngày làm việc | Miễn lệ phí",
            "trực tuyến | 1 ngày\",Tờ khai đăng ký khai sinh theo mẫu | 1 | 0,"
                    + "60/2014/QH13 | Luật Hộ tịch | 20/11/2014,\"hộ tịch, khai sinh\",\"1. Nộp hồ sơ.",
            "2. Nhận <iframe src=\"\"https://example.com/v\"\"></iframe> kết quả.",
            "\",",
            "1.000894,\"Đăng ký kết hôn\",2,,,,,,",
            "");

    @TempDir
    Path site;

    @Test
    void yamlKeysCarryTheirLinesAndAMissingKeyTheRecordsFirstLine() throws IOException {
        write("data/thu-tuc/ho-tich.yaml", YAML);
        List<ParsedDocument> records = load().procedureRecords();

        assertEquals(2, records.size());
        ParsedDocument birth = records.get(0);
        assertEquals("data/thu-tuc/ho-tich.yaml", birth.path());
        assertEquals("thu-tuc/ho-tich.yaml", birth.contentPath());
        assertEquals(FrontMatter.Format.RECORD, birth.header().format());
        Map<String, Object> values = birth.header().values();
        assertEquals("1.001193", values.get("code"));
        assertEquals(List.of("hộ tịch", "khai sinh"), values.get("tags"));
        Map<String, Object> inPerson = new LinkedHashMap<>();
        inPerson.put("way", "trực tiếp");
        inPerson.put("processing_time", "Ngay trong ngày làm việc");
        inPerson.put("fee", null);
        assertEquals(List.of(inPerson), values.get("submission"));
        assertFalse(values.containsKey("steps"), "steps become the body");
        assertEquals(Map.of("code", 2, "title", 3, "level", 4, "submission", 5, "tags", 9),
                birth.header().lines());
        assertEquals(2, birth.header().lineOf("fees"));
        assertEquals(11, birth.header().bodyLine());
        assertTrue(birth.body().html().contains("<li>Nộp hồ sơ tại Bộ phận Một cửa.</li>"), birth.body().html());
        assertEquals("", birth.excerpt());

        ParsedDocument copy = records.get(1);
        assertEquals("1.10", copy.header().values().get("code"), "no implicit typing: 1.10 is not a number");
        assertEquals(14, copy.header().lineOf("code"));
        assertEquals(14, copy.header().lineOf("steps"));
        assertEquals("", copy.body().html());
        assertTrue(copy.problems().isEmpty(), copy.problems().toString());
    }

    @Test
    void aRequiredKeyMissingFromARecordIsReportedAtTheRecordsFirstLine() throws IOException {
        write("data/thu-tuc/ho-tich.yaml", YAML);
        ParsedDocument copy = load().procedureRecords().get(1);
        Problems problems = new Problems();
        new FrontMatterReader(copy, problems).required("agency", "write the agency");
        Problem missing = problems.sorted().get(0);
        assertEquals("data/thu-tuc/ho-tich.yaml", missing.path());
        assertEquals(14, missing.line());
        assertEquals("'agency' is missing", missing.message());
    }

    @Test
    void stepsAreRenderedAndCleanedExactlyAsAFileBody() throws IOException {
        String steps = "1. Nộp [tờ khai](mau-to-khai.pdf) tại Bộ phận Một cửa.<script>alert(1)</script>\n"
                + "2. <a href=\"javascript:alert(1)\" onclick=\"x()\">Nhận</a> kết quả.\n";
        write("data/thu-tuc/a.yaml", "- code: 1.001193\n  steps: |\n" + steps.indent(4));
        write("content/thu-tuc/b.md", "---\ntitle: Đăng ký khai sinh\n---\n" + steps);
        LoadedContent content = load();

        String fromRecord = content.procedureRecords().get(0).body().html();
        String fromFile = content.documents().stream().filter(d -> d.path().equals("content/thu-tuc/b.md"))
                .findFirst().orElseThrow().body().html();
        assertFalse(fromRecord.contains("<script") || fromRecord.contains("alert") || fromRecord.contains("onclick"),
                fromRecord);
        assertTrue(fromRecord.contains("href=\"/thu-tuc/mau-to-khai.pdf\""), fromRecord);
        assertEquals(fromFile, fromRecord);
    }

    @Test
    void csvCellsBecomeTheShapesOfFrontMatterWithTheLinesTheyStartOn() throws IOException {
        write("data/thu-tuc/ho-tich.csv", CSV);
        LoadedContent content = load();
        List<ParsedDocument> records = content.procedureRecords();

        assertEquals(2, records.size());
        ParsedDocument birth = records.get(0);
        Map<String, Object> values = birth.header().values();
        assertEquals(List.of(
                Map.of("way", "trực tiếp", "processing_time", "Ngay trong ngày làm việc", "fee", "Miễn lệ phí"),
                Map.of("way", "trực tuyến", "processing_time", "1 ngày")), values.get("submission"));
        assertEquals(List.of(Map.of("name", "Tờ khai đăng ký khai sinh theo mẫu", "originals", "1", "copies", "0")),
                values.get("documents"));
        assertEquals(List.of(Map.of("number", "60/2014/QH13", "title", "Luật Hộ tịch", "date", "20/11/2014")),
                values.get("legal_basis"));
        assertEquals(List.of("hộ tịch", "khai sinh"), values.get("tags"));
        assertEquals(Map.of("code", 2, "title", 2, "submission", 2, "documents", 3, "legal_basis", 3, "tags", 3),
                birth.header().lines());
        assertEquals(3, birth.header().bodyLine());
        assertTrue(birth.body().html().contains("<li>Nộp hồ sơ.</li>"), birth.body().html());

        ParsedDocument marriage = records.get(1);
        assertEquals(Map.of("code", "1.000894", "title", "Đăng ký kết hôn"), marriage.header().values());
        assertEquals(6, marriage.header().lineOf("code"));
        assertEquals(6, marriage.header().lineOf("agency"), "a key not given points at its row");

        assertEquals(List.of(
                Problem.warning("data/thu-tuc/ho-tich.csv", 1, "the columns 'STT', 'Ghi chú' are not read",
                        "the columns read are code, title, field, level, agency, applicants, steps, submission, "
                                + "documents, processing_time, fees, result, conditions, legal_basis, online, "
                                + "online_url, status, replaced_by, decision, updated, tags, or their names in the "
                                + "national form (Mã thủ tục, Lĩnh vực…)"),
                Problem.warning("data/thu-tuc/ho-tich.csv", 4, "the embedded frame 'https://example.com/v' was removed",
                        birth.problems().get(0).hint())), content.problems());
    }

    /** Excel's exports: a byte order mark, ';' between cells, CR LF between rows, a trailing empty row. */
    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {"plain -> ,", "bom -> ,", "semicolon -> ;", "bom+semicolon+crlf -> ;"})
    void csvExportsOfSpreadsheetsReadAlike(String variant, char delimiter) throws IOException {
        String text = "code,title,fees\n1.001193,\"Đăng ký khai sinh\",\"8.000 đồng, miễn cho\nngười khuyết tật\"\n"
                + ",,\n1.000894,Đăng ký kết hôn,\n";
        if (delimiter == ';') {
            text = text.replace(',', ';').replace("8.000 đồng; miễn", "8.000 đồng, miễn");
        }
        if (variant.contains("crlf")) {
            text = text.replace("\n", "\r\n");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (variant.contains("bom")) {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] marked = Arrays.copyOf(bom, bom.length + bytes.length);
            System.arraycopy(bytes, 0, marked, bom.length, bytes.length);
            bytes = marked;
        }
        write("data/thu-tuc/ho-tich.csv", bytes);
        LoadedContent content = load();

        assertEquals(List.of(), content.problems());
        List<ParsedDocument> records = content.procedureRecords();
        assertEquals(2, records.size());
        assertEquals("1.001193", records.get(0).header().values().get("code"));
        assertEquals("8.000 đồng, miễn cho\nngười khuyết tật", records.get(0).header().values().get("fees"),
                "line ends inside a cell are read as in YAML");
        assertEquals(Map.of("code", "1.000894", "title", "Đăng ký kết hôn"), records.get(1).header().values());
        assertEquals(5, records.get(1).header().lineOf("code"), "lines count the empty row and the cell's line end");
    }

    @Test
    void columnsMayBeNamedAsTheNationalFormNamesThem() throws IOException {
        write("data/thu-tuc/a.csv", "Mã thủ tục;Tên thủ tục;THỜI HẠN GIẢI QUYẾT;Phí, lệ phí;Cach thuc thuc hien\n"
                + "1.001193;Đăng ký khai sinh;Ngay trong ngày;Miễn lệ phí;trực tiếp\n");
        LoadedContent content = load();
        assertEquals(List.of(), content.problems());
        assertEquals(Map.of("code", "1.001193", "title", "Đăng ký khai sinh", "processing_time", "Ngay trong ngày",
                        "fees", "Miễn lệ phí", "submission", List.of(Map.of("way", "trực tiếp"))),
                content.procedureRecords().get(0).header().values());
    }

    static Stream<List<Object>> unreadable() {
        return Stream.of(
                List.of("a.yaml", "- code: 1\n  title: [a, b\n- code: 2\n", 3, "the file is not valid YAML"),
                List.of("a.yaml", "\n\ncode: 1.001193\ntitle: x\n", 3, "the file is not a list of procedures"),
                List.of("a.yaml", "- code: 1\n- just a text\n", 2, "this item of the list is not a procedure"),
                List.of("a.yaml", "- code: 1\n  title: a\n\n  code: 2\n", 4,
                        "'code' is given twice in the procedure that starts on line 1"),
                List.of("a.yaml", "- code: 1\n  steps:\n    - Nộp hồ sơ\n", 2, "'steps' must be Markdown text"),
                List.of("a.csv", "code,title\n1,\"Đăng ký\n2,Kết hôn\n", 2, "a quote (\") opened in this row is never closed"),
                List.of("a.csv", "code,title\n1,\"a\nb\",c\n", 3, "this row has a cell in column C, but the first row "
                        + "names only 2 columns"),
                List.of("a.csv", "code,title,Mã thủ tục\n1,a,1\n", 1, "columns A and C both hold 'code'"),
                List.of("a.csv", "title,STT\na,1\n", 1, "the first row has no 'code' column (mã thủ tục)"),
                List.of("a.csv", "code,documents\n1,\"Tờ khai | 1 | 0 |\nBản sao | 0 | 1 | 2\"\n", 3,
                        "a line of 'documents' has 4 parts separated by '|', at most 3 are read"),
                List.of("a.csv", "code,title\n1,\"a\"b\n", 2, "a quoted cell of this row has text after its closing quote"));
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void whatCannotBeReadIsReportedAtItsLine(List<Object> example) throws IOException {
        String file = (String) example.get(0);
        write("data/thu-tuc/" + file, (String) example.get(1));
        List<Problem> errors = load().problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        Problem error = errors.get(0);
        assertEquals("data/thu-tuc/" + file, error.path());
        assertEquals(example.get(2), error.line(), error.toString());
        assertTrue(error.message().startsWith((String) example.get(3)), error.toString());
        assertFalse(error.hint().isBlank(), error.toString());
    }

    @Test
    void aKeyGivenTwiceNamesTheOtherLineAndStaysWithItsRecord() throws IOException {
        write("data/thu-tuc/a.yaml", "- code: 1\n  title: a\n\n  code: 2\n- code: 3\n");
        List<ParsedDocument> records = load().procedureRecords();
        assertEquals(2, records.size());
        assertEquals("keep one, the other is on line 1", records.get(0).problems().get(0).hint());
        assertEquals("1", records.get(0).header().values().get("code"));
        assertTrue(records.get(1).problems().isEmpty());
    }

    @Test
    void aFileNotInUtf8IsRefusedWithTheCsvExportToChoose() throws IOException {
        byte[] windows1258 = {'c', 'o', 'd', 'e', '\n', '1', ',', (byte) 0xD0, 'a', '\n'};
        write("data/thu-tuc/a.csv", windows1258);
        Problem error = load().problems().get(0);
        assertEquals("data/thu-tuc/a.csv:2: the file is not valid UTF-8 (save the sheet as 'CSV UTF-8 (comma "
                + "delimited)'; other CSV types garble Vietnamese text)", error.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWholeAndASpreadsheetIsNamed() throws IOException {
        write("jbake.properties", "site.host=https://bantin.example.vn\nbantin.max_file_kb=1\n");
        write("data/thu-tuc/a.yaml", "- code: 1\n  title: " + "x".repeat(2000) + "\n");
        write("data/thu-tuc/b.xlsx", "PK");
        LoadedContent content = load();
        assertEquals(List.of(), content.procedureRecords());
        List<String> problems = content.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("data/thu-tuc/a.yaml: the file is 2 KB, over the limit of 1 KB (split it, move large "
                        + "data out of the text, or raise bantin.max_file_kb)",
                "data/thu-tuc/b.xlsx: warning: a spreadsheet file is not read (save the sheet as 'CSV UTF-8 (comma "
                        + "delimited)' (.csv) in this folder)"), problems);
    }

    @Test
    void filesAreReadInNameOrderAndAnAbsentFolderGivesNothing() throws IOException {
        assertEquals(List.of(), load().procedureRecords());
        write("data/thu-tuc/b.yaml", "- code: 2\n");
        write("data/thu-tuc/a.csv", "code\n1\n");
        write("data/thu-tuc/c.yml", "- code: 3\n");
        write("data/thu-tuc/.~lock.a.csv#", "x");
        write("data/thu-tuc/ghi-chu.txt", "- code: 4\n");
        List<Object> codes = load().procedureRecords().stream().map(r -> r.header().values().get("code")).toList();
        assertEquals(List.of("1", "2", "3"), codes);
    }

    @ParameterizedTest
    @CsvSource({"0, A", "1, B", "25, Z", "26, AA", "27, AB", "701, ZZ", "702, AAA"})
    void columnsAreNamedAsSpreadsheetsNameThem(int column, String letter) {
        assertEquals(letter, ProcedureColumns.letter(column));
    }

    private LoadedContent load() throws IOException {
        if (!Files.exists(site.resolve("jbake.properties"))) {
            write("jbake.properties", "site.host=https://bantin.example.vn\n");
        }
        Files.createDirectories(site.resolve("content"));
        LoadedConfig config = ConfigLoader.load(site, null);
        return new ContentLoader(config.site(), config.jbake(), new MarkdownRenderer()).load();
    }

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
