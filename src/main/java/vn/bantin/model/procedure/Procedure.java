package vn.bantin.model.procedure;

import vn.bantin.model.Tag;
import vn.bantin.text.VietnameseText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An administrative procedure (thủ tục hành chính) with the fields of the national procedure
 * database, as the body carrying it out publishes it.
 *
 * @param sourcePath     site-relative path of the file it was written in, for messages
 * @param line           the line its record starts on: 1 for a Markdown file, the row's line in a data file
 * @param code           mã thủ tục, e.g. {@code 1.001193}
 * @param url            its page, site-root-relative, e.g. {@code /thu-tuc/1-001193/}; null when the
 *                       site renders no procedure pages
 * @param title          its name, e.g. "Đăng ký khai sinh"
 * @param field          lĩnh vực, e.g. "Hộ tịch"
 * @param agency         cơ quan thực hiện
 * @param applicants     đối tượng thực hiện, or empty
 * @param steps          trình tự thực hiện: sanitised HTML of the Markdown body or of the {@code steps} value
 * @param submissions    cách thức thực hiện, in the order written
 * @param documents      thành phần hồ sơ
 * @param processingTime thời hạn giải quyết
 * @param fees           phí, lệ phí, or empty
 * @param result         kết quả thực hiện
 * @param conditions     yêu cầu, điều kiện, or empty
 * @param legalBasis     căn cứ pháp lý
 * @param online         mức độ dịch vụ công trực tuyến
 * @param onlineUrl      where to do it online, or empty
 * @param replacedBy     the procedure replacing it, or null
 * @param replaces       the procedures it replaces
 * @param decision       the decision that published it (quyết định công bố), e.g. {@code 1234/QĐ-UBND}, or empty
 * @param decisionUrl    that decision's page when the site hosts it, or null
 * @param updated        when its record was last updated
 */
public record Procedure(String sourcePath, int line, String code, String url, String title, String field,
                        Level level, String agency, String applicants, String steps, List<Submission> submissions,
                        List<RequiredDocument> documents, String processingTime, String fees, String result,
                        String conditions, List<LegalBasis> legalBasis, OnlineService online, String onlineUrl,
                        ProcedureStatus status, ProcedureRef replacedBy, List<ProcedureRef> replaces,
                        String decision, String decisionUrl, LocalDate updated, List<Tag> tags) {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The path segment of its page: the code with its dots as hyphens, {@code 1-001193}. */
    public static String slugOf(String code) {
        return code.replace('.', '-').toLowerCase(Locale.ROOT);
    }

    /**
     * Its name, code and field folded as a reader's query is (lower case, no diacritics, đ → d),
     * for the catalog's filter: "dang ky khai sinh" and "Đăng ký khai sinh" both find it.
     */
    public String filterText() {
        return VietnameseText.fold(title + " " + code + " " + field).replaceAll("\\s+", " ").strip();
    }

    public boolean inForce() {
        return status == ProcedureStatus.IN_FORCE;
    }

    /** {@code 21/11/2026} */
    public String updatedDisplay() {
        return updated.format(DISPLAY);
    }

    /** {@code 2026-11-21}, for {@code <time datetime>} and exports. */
    public String updatedIso() {
        return updated.toString();
    }
}
