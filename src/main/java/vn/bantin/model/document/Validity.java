package vn.bantin.model.document;

import vn.bantin.text.Slugs;

import java.util.Optional;

/** Whether a document is still in force ("tình trạng hiệu lực"). */
public enum Validity {
    /** Còn hiệu lực. */
    IN_FORCE("in-force"),
    /** Bị thay thế: another document, named by {@code replaced_by}, replaces it. */
    REPLACED("replaced"),
    /** Hết hiệu lực: its {@code expires} date has passed, or its author says so. */
    EXPIRED("expired");

    private final String key;

    Validity(String key) {
        this.key = key;
    }

    /** {@code in-force}, {@code replaced} or {@code expired}: the end of its message key in templates. */
    public String key() {
        return key;
    }

    /** Reads what an author wrote, in English or Vietnamese, with or without accents. */
    static Optional<Validity> parse(String written) {
        return switch (Slugs.slugify(written)) {
            case "in-force", "con-hieu-luc", "hieu-luc", "dang-co-hieu-luc" -> Optional.of(IN_FORCE);
            case "replaced", "bi-thay-the", "da-bi-thay-the", "da-thay-the" -> Optional.of(REPLACED);
            case "expired", "het-hieu-luc", "da-het-hieu-luc" -> Optional.of(EXPIRED);
            default -> Optional.empty();
        };
    }
}
