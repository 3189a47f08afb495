package vn.bantin.model.procedure;

import vn.bantin.text.Slugs;

import java.util.Optional;

/** Whether a procedure is still carried out (tình trạng). */
public enum ProcedureStatus {
    /** Còn hiệu lực: listed in the catalog. */
    IN_FORCE("in-force"),
    /** Đã được thay thế by the procedure named in {@code replaced_by}. */
    REPLACED("replaced"),
    /** Đã bãi bỏ: no longer carried out, with no successor. */
    ABOLISHED("abolished");

    private final String key;

    ProcedureStatus(String key) {
        this.key = key;
    }

    /** {@code in-force}, {@code replaced} or {@code abolished}: for exports and message keys. */
    public String key() {
        return key;
    }

    /** Reads what an author wrote, in English or Vietnamese, with or without accents. */
    public static Optional<ProcedureStatus> parse(String written) {
        return switch (Slugs.slugify(written)) {
            case "in-force", "con-hieu-luc", "hieu-luc", "dang-thuc-hien" -> Optional.of(IN_FORCE);
            case "replaced", "thay-the", "da-thay-the", "bi-thay-the", "da-bi-thay-the", "da-duoc-thay-the" ->
                    Optional.of(REPLACED);
            case "abolished", "bai-bo", "da-bai-bo", "bi-bai-bo" -> Optional.of(ABOLISHED);
            default -> Optional.empty();
        };
    }
}
