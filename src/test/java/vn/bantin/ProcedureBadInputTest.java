package vn.bantin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FailedBake;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad procedure fails the bake with the file, the line, the cause and a hint, and
 * leaves the previous output as it was.
 */
class ProcedureBadInputTest {
    private static final String PROCEDURE = "content/thu-tuc/thu-tuc-loi.md";
    /** A good procedure; each test spoils one line of it. */
    private static final String GOOD = """
            ---
            type: procedure
            code: "1.009999"
            title: Đăng ký giám hộ
            field: Hộ tịch
            level: cấp xã
            agency: UBND xã Thử Nghiệm
            submission:
              - way: trực tiếp
                fee: Miễn lệ phí
            documents:
              - name: Tờ khai đăng ký giám hộ
                originals: 1
            processing_time: 03 ngày làm việc
            result: Trích lục đăng ký giám hộ
            online: none
            updated: 2026-04-01
            ---
            1. Nộp hồ sơ tại Bộ phận Một cửa xã.
            """;

    @TempDir
    Path folder;
    FixtureSite site;
    FailedBake failed;

    @BeforeEach
    void bakeAGoodSiteFirst() throws IOException {
        site = FixtureSite.withSampleTemplates("procedures", folder.resolve("site"));
        site.bake();
        failed = new FailedBake(site);
    }

    @Test
    void theGoodProcedureBakes() {
        site.write(PROCEDURE, GOOD);
        site.bake();
        assertTrue(site.exists("thu-tuc/1-009999/index.html"));
    }

    @Test
    void missingRequiredFields() {
        site.write(PROCEDURE, "---\ntype: procedure\ntitle: Đăng ký giám hộ\n---\n");
        List<Problem> errors = failed.errors();
        assertEquals(List.of("'agency' is missing", "'code' is missing", "'documents' is missing", "'field' is missing",
                        "'level' is missing", "'processing_time' is missing", "'result' is missing",
                        "'submission' is missing", "'updated' is missing"),
                errors.stream().map(Problem::message).sorted().toList());
        errors.forEach(error -> FailedBake.assertAt(error, PROCEDURE, 1));
    }

    @Test
    void malformedCode() {
        site.write(PROCEDURE, GOOD.replace("code: \"1.009999\"", "code: 1009999"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 3);
        assertEquals("'1009999' is not a procedure code", problem.message());
        assertTrue(problem.hint().contains("1.001193"), problem.hint());
    }

    @Test
    void unknownLevel() {
        site.write(PROCEDURE, GOOD.replace("level: cấp xã", "level: cấp thôn"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 6);
        assertEquals("unknown level 'cấp thôn'", problem.message());
        assertTrue(problem.hint().contains("cấp tỉnh, cấp huyện or cấp xã"), problem.hint());
    }

    @Test
    void theSameCodeTwiceIsADuplicate() {
        site.write(PROCEDURE, GOOD.replace("1.009999", "1.001193"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 3);
        assertEquals("the code 1.001193 is given to two procedures: content/thu-tuc/dang-ky-khai-sinh.md:3 "
                + "(Đăng ký khai sinh) and here (Đăng ký giám hộ)", problem.message());
    }

    @Test
    void unknownWayOfSubmitting() {
        site.write(PROCEDURE, GOOD.replace("way: trực tiếp", "way: qua điện thoại"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 8);
        assertEquals("unknown way of submitting 'qua điện thoại'", problem.message());
        assertTrue(problem.hint().contains("dịch vụ bưu chính"), problem.hint());
    }

    @Test
    void numberOfPapersThatIsNoNumber() {
        site.write(PROCEDURE, GOOD.replace("originals: 1", "originals: một"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 11);
        assertEquals("'originals' of 'Tờ khai đăng ký giám hộ' must be a number of papers, not 'một'", problem.message());
    }

    @Test
    void unreadableUpdateDate() {
        site.write(PROCEDURE, GOOD.replace("updated: 2026-04-01", "updated: tháng 4"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 17);
        assertEquals("cannot read the date 'tháng 4' in 'updated'", problem.message());
    }

    @Test
    void unknownOnlineLevelAndAnAddressThatIsNotOne() {
        site.write(PROCEDURE, GOOD.replace("online: none", "online: mức 5\nonline_url: dichvucong.gov.vn"));
        List<Problem> errors = failed.errors();
        assertEquals(List.of("unknown online-service level 'mức 5'", "'dichvucong.gov.vn' is not a web address"),
                errors.stream().map(Problem::message).toList());
        FailedBake.assertAt(errors.get(0), PROCEDURE, 16);
        FailedBake.assertAt(errors.get(1), PROCEDURE, 17);
    }

    @Test
    void replacedWithoutItsReplacement() {
        site.write(PROCEDURE, GOOD.replace("online: none", "online: none\nstatus: replaced"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 17);
        assertEquals("a replaced procedure must say which procedure replaces it", problem.message());
    }

    @Test
    void replacedByACodeTheSiteDoesNotHave() {
        site.write(PROCEDURE, GOOD.replace("online: none", "online: none\nreplaced_by: \"1.000001\""));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 17);
        assertEquals("replaced_by names 1.000001, which is not a procedure of this site", problem.message());
    }

    @Test
    void inForceButNamingAReplacement() {
        site.write(PROCEDURE, GOOD.replace("online: none", "online: none\nstatus: in-force\nreplaced_by: \"1.001193\""));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 18);
        assertEquals("the procedure is in-force but names a replacement", problem.message());
    }

    @Test
    void unknownStatus() {
        site.write(PROCEDURE, GOOD.replace("online: none", "online: none\nstatus: tạm dừng"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, PROCEDURE, 17);
        assertEquals("unknown status 'tạm dừng'", problem.message());
    }

    @Test
    void anOnlineProcedureWithoutItsAddressIsOnlyAWarning() {
        site.write(PROCEDURE, GOOD.replace("online: none", "online: full"));
        Bake.Result result = site.bake();
        assertTrue(result.warnings().stream().anyMatch(w -> w.path().equals(PROCEDURE) && w.line() == 16
                && w.message().equals("the procedure is offered online but has no online_url")), result.warnings().toString());
    }

    @Test
    void aBadValueInABulkYamlFileIsReportedAtItsLine() {
        site.write("data/thu-tuc/them.yaml", """
                - code: "1.000001"
                  title: Thủ tục thứ nhất
                  field: Hộ tịch
                  level: xã
                  agency: UBND xã
                  submission: [trực tiếp]
                  documents: [Tờ khai]
                  processing_time: 01 ngày
                  result: Giấy xác nhận
                  updated: 2026-01-01

                - code: "1.000002"
                  title: Thủ tục thứ hai
                  field: Hộ tịch
                  level: thôn
                  agency: UBND xã
                  documents: [Tờ khai]
                  processing_time: 01 ngày
                  result: Giấy xác nhận
                  updated: 2026-01-01
                """);
        List<Problem> errors = failed.errors();
        assertEquals(List.of("data/thu-tuc/them.yaml:12: 'submission' is missing",
                        "data/thu-tuc/them.yaml:15: unknown level 'thôn'"),
                errors.stream().map(e -> e.path() + ":" + e.line() + ": " + e.message()).toList(),
                "a missing key at the first line of its record, a bad value at its own line");
    }

    @Test
    void aCodeInACsvRowThatAFileAlreadyHasIsADuplicate() {
        site.write("data/thu-tuc/them.csv", "code,title,field,level,agency,submission,documents,processing_time,result,updated\r\n"
                + "1.000003,Thủ tục đúng,Hộ tịch,cấp xã,UBND xã,trực tiếp,Tờ khai,01 ngày,Giấy,2026-01-01\r\n"
                + "1.001193,Khai sinh lần nữa,Hộ tịch,cấp xã,UBND xã,\"trực tiếp\ntrực tuyến\",Tờ khai,01 ngày,Giấy,2026-01-01\r\n"
                + "1.000004,Thủ tục ngày sai,Hộ tịch,cấp xã,UBND xã,trực tiếp,Tờ khai,01 ngày,Giấy,31/02/2026\r\n");
        List<Problem> errors = failed.errors();
        assertEquals(List.of("data/thu-tuc/them.csv:3: the code 1.001193 is given to two procedures: "
                        + "content/thu-tuc/dang-ky-khai-sinh.md:3 (Đăng ký khai sinh) and here (Khai sinh lần nữa)",
                        "data/thu-tuc/them.csv:5: cannot read the date '31/02/2026' in 'updated': 02/2026 has 28 days, not 31"),
                errors.stream().map(e -> e.path() + ":" + e.line() + ": " + e.message()).toList(),
                "rows are counted in lines of the file, a multi-line cell included");
    }

    @Test
    void everyErrorOfEveryProcedureIsReportedTogether() {
        site.write(PROCEDURE, GOOD.replace("level: cấp xã", "level: thôn").replace("updated: 2026-04-01", "updated: x"));
        site.write("content/thu-tuc/khac.md", GOOD.replace("1.009999", "1.009998").replace("way: trực tiếp", "way: fax"));
        List<Problem> errors = failed.errors();
        assertEquals(List.of("content/thu-tuc/khac.md:8", PROCEDURE + ":6", PROCEDURE + ":17"),
                errors.stream().map(e -> e.path() + ":" + e.line()).toList());
        errors.forEach(error -> assertFalse(error.hint().isEmpty(), error.toString()));
    }
}
