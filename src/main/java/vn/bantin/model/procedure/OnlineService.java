package vn.bantin.model.procedure;

import vn.bantin.text.Slugs;

import java.util.Optional;

/** How much of a procedure can be done online (mức độ dịch vụ công trực tuyến). */
public enum OnlineService {
    /** Toàn trình: from submission to result without visiting an office. */
    FULL("toan-trinh", "Toàn trình"),
    /** Một phần: submitted online, but something is done in person (e.g. collecting the result). */
    PARTIAL("mot-phan", "Một phần"),
    /** Not offered online. */
    NONE("khong", "Không");

    private final String key;
    private final String label;

    OnlineService(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@code toan-trinh}, {@code mot-phan} or {@code khong}: stable, for filters and exports. */
    public String key() {
        return key;
    }

    /** {@code Toàn trình}. */
    public String label() {
        return label;
    }

    /** Whether a reader can start it online. */
    public boolean isOnline() {
        return this != NONE;
    }

    /** Reads what an author wrote: "full", "toàn trình", "một phần", "partial", "none", "không"… */
    public static Optional<OnlineService> parse(String written) {
        return switch (Slugs.slugify(written)) {
            case "full", "toan-trinh", "truc-tuyen-toan-trinh", "muc-4" -> Optional.of(FULL);
            case "partial", "mot-phan", "truc-tuyen-mot-phan", "muc-3" -> Optional.of(PARTIAL);
            case "none", "no", "khong", "false" -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
