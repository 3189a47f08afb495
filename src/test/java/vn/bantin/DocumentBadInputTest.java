package vn.bantin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FailedBake;
import vn.bantin.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad document fails the bake with the file, the line, the cause and a hint, and
 * leaves the previous output as it was; a reference to a number the site does not host is only a
 * warning.
 */
class DocumentBadInputTest {
    private static final String DOCUMENT = "content/van-ban/van-ban-loi.md";
    /** A good document; each test spoils one line of it. */
    private static final String GOOD = """
            ---
            type: document
            number: 99/KH-UBND
            kind: Kế hoạch
            issuer: UBND huyện Thử Nghiệm
            issued: 2025-05-05
            summary: Một kế hoạch thử nghiệm
            attachments: [tep/54-kh-ubnd-2025.pdf]
            based_on: [54/KH-UBND]
            ---
            Nội dung.
            """;

    @TempDir
    Path folder;
    FixtureSite site;
    FailedBake failed;

    @BeforeEach
    void bakeAGoodSiteFirst() throws IOException {
        site = FixtureSite.withSampleTemplates("documents", folder.resolve("site"));
        site.bake();
        failed = new FailedBake(site);
    }

    @Test
    void theGoodDocumentBakes() {
        site.write(DOCUMENT, GOOD);
        site.bake();
        assertTrue(site.exists("van-ban/99-kh-ubnd-2025/index.html"));
    }

    @Test
    void missingRequiredFields() {
        site.write(DOCUMENT, "---\ntype: document\nnumber: 99/KH-UBND\n---\nNội dung.\n");
        List<Problem> errors = failed.errors();
        assertEquals(List.of("'issued' is missing", "'issuer' is missing", "'kind' is missing", "'summary' is missing"),
                errors.stream().map(Problem::message).sorted().toList());
        errors.forEach(error -> FailedBake.assertAt(error, DOCUMENT, 1));
    }

    @Test
    void missingNumber() {
        site.write(DOCUMENT, GOOD.replace("number: 99/KH-UBND\n", ""));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 1);
        assertEquals("'number' is missing", problem.message());
        assertTrue(problem.hint().contains("54/KH-UBND"), problem.hint());
    }

    @Test
    void malformedNumber() {
        site.write(DOCUMENT, GOOD.replace("number: 99/KH-UBND", "number: 99-KH-UBND"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 3);
        assertEquals("'99-KH-UBND' is not a document number", problem.message());
        assertTrue(problem.hint().contains("45/2020/NĐ-CP"), problem.hint());
    }

    @Test
    void unparseableIssueDate() {
        site.write(DOCUMENT, GOOD.replace("issued: 2025-05-05", "issued: 05-05-2025"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 6);
        assertEquals("cannot read the date '05-05-2025' in 'issued'", problem.message());
        assertTrue(problem.hint().contains("21/03/2024"), problem.hint());
    }

    @Test
    void impossibleEffectiveDate() {
        site.write(DOCUMENT, GOOD.replace("issued: 2025-05-05", "issued: 2025-05-05\neffective: 31/02/2025"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 7);
        assertEquals("cannot read the date '31/02/2025' in 'effective': 02/2025 has 28 days, not 31", problem.message());
    }

    @Test
    void expiresBeforeItTakesEffect() {
        site.write(DOCUMENT, GOOD.replace("issued: 2025-05-05", "issued: 2025-05-05\nexpires: 2025-01-01"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 7);
        assertEquals("the document expires (2025-01-01) before it takes effect (2025-05-05)", problem.message());
    }

    @Test
    void sameNumberSameIssuerSameYearIsADuplicate() {
        site.write(DOCUMENT, GOOD.replace("number: 99/KH-UBND", "number: 54/KH-UBND")
                .replace("issuer: UBND huyện Thử Nghiệm", "issuer: UBND Huyện Thử Nghiệm")
                .replace("based_on: [54/KH-UBND]\n", ""));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 3);
        assertEquals("the number 54/KH-UBND of UBND Huyện Thử Nghiệm is given to two documents issued in 2025: "
                + "content/van-ban/54-kh-ubnd-2025.md and " + DOCUMENT, problem.message());
        assertTrue(problem.hint().startsWith("numbers restart every year"), problem.hint());
    }

    @Test
    void aNumberMayComeBackNextYearOrFromAnotherIssuer() {
        site.write(DOCUMENT, GOOD.replace("number: 99/KH-UBND", "number: 54/KH-UBND")
                .replace("issued: 2025-05-05", "issued: 2026-01-05")
                .replace("based_on: [54/KH-UBND]", "based_on: [54/KH-UBND ngày 24/02/2025]"));
        site.write("content/van-ban/cua-xa.md", GOOD.replace("number: 99/KH-UBND", "number: 54/KH-UBND\nslug: 54-kh-ubnd-xa-2025")
                .replace("issuer: UBND huyện Thử Nghiệm", "issuer: UBND xã Thử Nghiệm").replace("based_on: [54/KH-UBND]\n", ""));
        // The commune's plan named the district's by its number alone: with three 54/KH-UBND, it needs the date.
        site.write("content/van-ban/15-kh-ubnd-xa-2025.md", read("content/van-ban/15-kh-ubnd-xa-2025.md")
                .replace("implements: [54/KH-UBND]", "implements: [54/KH-UBND ngày 24/02/2025]"));
        site.bake();
        assertTrue(site.exists("van-ban/54-kh-ubnd-2026/index.html"));
        assertTrue(site.exists("van-ban/54-kh-ubnd-xa-2025/index.html"));
        assertTrue(site.read("van-ban/54-kh-ubnd-2026/index.html").contains("href=\"../54-kh-ubnd-2025/\""));
    }

    @Test
    void twoDocumentsAtOneAddress() {
        site.write(DOCUMENT, GOOD.replace("number: 99/KH-UBND", "number: 99/KH-UBND\nslug: 54-kh-ubnd-2025"));
        Problem problem = failed.onlyError();
        assertEquals("the address /van-ban/54-kh-ubnd-2025/ is used by both " + DOCUMENT
                + " and content/van-ban/54-kh-ubnd-2025.md", problem.message());
        assertEquals("content/van-ban/54-kh-ubnd-2025.md", problem.path(), "the later claim, newest first");
        assertTrue(problem.hint().contains("slug"), problem.hint());
    }

    @Test
    void missingAttachment() {
        site.write(DOCUMENT, GOOD.replace("tep/54-kh-ubnd-2025.pdf", "tep/khong-co.pdf"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 8);
        assertEquals("the attachment 'tep/khong-co.pdf' does not exist", problem.message());
        assertTrue(problem.hint().contains("tep/khong-co.pdf"), problem.hint());
    }

    @Test
    void attachmentThatIsNoDocumentFile() {
        site.write("content/van-ban/tep/cai-dat.exe", "MZ");
        site.write(DOCUMENT, GOOD.replace("tep/54-kh-ubnd-2025.pdf", "tep/cai-dat.exe"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 8);
        assertEquals("the attachment 'tep/cai-dat.exe' is not a document file", problem.message());
    }

    @Test
    void malformedReference() {
        site.write(DOCUMENT, GOOD.replace("based_on: [54/KH-UBND]", "based_on: [54/KH-UBND, Nghị quyết 76]"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 9);
        assertEquals("'Nghị quyết 76' in 'based_on' is not a document number", problem.message());
    }

    @Test
    void ambiguousReferenceAsksForTheDate() {
        site.write(DOCUMENT, GOOD.replace("based_on: [54/KH-UBND]", "implements: [08/KH-UBND]"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 9);
        assertEquals("'08/KH-UBND' in 'implements' could be 2 documents of this site: UBND huyện Thử Nghiệm 06/01/2025, "
                + "UBND huyện Thử Nghiệm 08/01/2024", problem.message());
        assertEquals("add the issue date: 08/KH-UBND ngày 06/01/2025", problem.hint());
    }

    @Test
    void aDocumentCannotImplementItself() {
        site.write(DOCUMENT, GOOD.replace("based_on: [54/KH-UBND]", "implements: [99/KH-UBND]"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 9);
        assertEquals("the document names itself in 'implements'", problem.message());
    }

    @Test
    void replacedWithoutTheReplacingNumber() {
        site.write(DOCUMENT, GOOD.replace("summary:", "validity: bị thay thế\nsummary:"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 7);
        assertEquals("the document is replaced, but by which one?", problem.message());
        assertEquals("name the replacing document: replaced_by: 12/KH-UBND", problem.hint());
    }

    @Test
    void unknownValidity() {
        site.write(DOCUMENT, GOOD.replace("summary:", "validity: tạm ngưng\nsummary:"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 7);
        assertEquals("unknown validity 'tạm ngưng'", problem.message());
    }

    @Test
    void periodThatRunsBackwards() {
        site.write(DOCUMENT, GOOD.replace("summary:", "period: 2025-2021\nsummary:"));
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, DOCUMENT, 7);
        assertEquals("cannot read the period '2025-2021'", problem.message());
    }

    @Test
    void malformedRelatedDocumentOfAnArticle() {
        site.write("content/tin-tuc/bai-loi.md", "---\ntitle: Bài lỗi\ndate: 2025-01-02\ndocuments: [KH 54]\n---\nNội dung.\n");
        Problem problem = failed.onlyError();
        FailedBake.assertAt(problem, "content/tin-tuc/bai-loi.md", 4);
        assertEquals("'KH 54' in 'documents' is not a document number", problem.message());
    }

    @Test
    void everyErrorOfEveryDocumentIsReportedTogether() {
        site.write(DOCUMENT, GOOD.replace("number: 99/KH-UBND", "number: 99").replace("issued: 2025-05-05", "issued: hôm qua"));
        site.write("content/van-ban/khac.md", GOOD.replace("tep/54-kh-ubnd-2025.pdf", "tep/mat.pdf"));
        List<Problem> errors = failed.errors();
        assertEquals(List.of("content/van-ban/khac.md:8", DOCUMENT + ":3", DOCUMENT + ":6"),
                errors.stream().map(e -> e.path() + ":" + e.line()).toList());
    }

    @Test
    void aReferenceToANumberNotHostedIsOnlyAWarning() {
        site.write(DOCUMENT, GOOD.replace("based_on: [54/KH-UBND]", "based_on: [54/KH-UBND, 45/2020/NĐ-CP]"));
        Bake.Result result = site.bake();
        assertTrue(result.warnings().stream().anyMatch(w -> w.path().equals(DOCUMENT) && w.line() == 9
                && w.message().equals("'45/2020/NĐ-CP' in 'based_on' is not a document of this site, so it is shown as plain text")),
                result.warnings().toString());
        assertTrue(site.read("van-ban/99-kh-ubnd-2025/index.html").contains("<li>45/2020/NĐ-CP</li>"));
    }

    private String read(String path) {
        try {
            return Files.readString(site.root().resolve(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
