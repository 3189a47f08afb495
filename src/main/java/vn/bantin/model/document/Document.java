package vn.bantin.model.document;

import vn.bantin.load.Body;
import vn.bantin.model.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * An official document the site publishes: a plan (kế hoạch), decision, directive, resolution…,
 * with the data Decree 42/2022/NĐ-CP asks a portal to show.
 *
 * @param sourcePath  site-relative path of its file, for messages
 * @param url         its page, site-root-relative, e.g. {@code /van-ban/54-kh-ubnd-2025/}; null when the
 *                    site renders no document pages
 * @param number      number and symbol as printed, e.g. {@code 54/KH-UBND}
 * @param kind        Kế hoạch, Quyết định, Chỉ thị…
 * @param issuer      the issuing body, e.g. {@code UBND huyện An Khánh}
 * @param issued      the issue date (ngày ban hành)
 * @param effective   the date it takes effect; the issue date unless the author gave another
 * @param expires     the date it stops being in force, or null
 * @param replacedBy  the number of the document replacing it as written, or empty
 * @param signer      who signed it, or empty; {@code signerTitle} their position (Chủ tịch…)
 * @param summary     the trích yếu: what the document is about, in one line
 * @param period      the years it covers, or null
 * @param theme       the theme of the year, e.g. "Năm kỷ cương hành chính 2023", or empty
 * @param fields      lĩnh vực
 * @param body        sanitised HTML of its Markdown body (content items, assignments), mentions linked
 * @param draft       not published: only an author's preview shows it
 * @param kindUrl     the registry filtered by its kind, or null; likewise {@code issuerUrl} and {@code yearUrl}
 * @param frontMatter every header key as written, for JBake-style templates
 */
public record Document(String sourcePath, String slug, String url, String number, String kind, String issuer,
                       LocalDate issued, LocalDate effective, LocalDate expires, Validity validity,
                       String replacedBy, String signer, String signerTitle, String summary, Period period,
                       String theme, List<String> fields, List<Tag> tags, List<Attachment> attachments, Body body,
                       boolean draft, String kindUrl, String issuerUrl, String yearUrl,
                       Map<String, Object> frontMatter) {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How it is cited: {@code Kế hoạch số 54/KH-UBND}. */
    public String title() {
        return kind + " số " + number;
    }

    /** The year it was issued, which its number belongs to. */
    public int year() {
        return issued.getYear();
    }

    /** {@code 24/02/2025} */
    public String issuedDisplay() {
        return issued.format(DISPLAY);
    }

    /** {@code 2025-02-24}, for {@code <time datetime>}. */
    public String issuedIso() {
        return issued.toString();
    }

    public String effectiveDisplay() {
        return effective.format(DISPLAY);
    }

    public String effectiveIso() {
        return effective.toString();
    }

    /** Empty when it has no end date. */
    public String expiresDisplay() {
        return expires == null ? "" : expires.format(DISPLAY);
    }

    public String expiresIso() {
        return expires == null ? "" : expires.toString();
    }

    /** {@code in-force}, {@code replaced} or {@code expired}, for templates' message keys. */
    public String validityKey() {
        return validity.key();
    }
}
