package vn.bantin.model.procedure;

import vn.bantin.text.Slugs;

import java.util.Optional;

/** The level of government that carries a procedure out (cấp thực hiện), in the catalog's order. */
public enum Level {
    /** Cấp tỉnh: the provincial People's Committee and its departments. */
    PROVINCE("tinh", "Cấp tỉnh"),
    /** Cấp huyện: the district People's Committee and its offices. */
    DISTRICT("huyen", "Cấp huyện"),
    /** Cấp xã: the commune, ward or township People's Committee. */
    COMMUNE("xa", "Cấp xã");

    private final String key;
    private final String label;

    Level(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@code tinh}, {@code huyen} or {@code xa}: stable, for filters, exports and message keys. */
    public String key() {
        return key;
    }

    /** {@code Cấp huyện}. */
    public String label() {
        return label;
    }

    /** Reads what an author wrote: "cấp huyện", "huyện", "Cap huyen", "district"… */
    public static Optional<Level> parse(String written) {
        return switch (Slugs.slugify(written)) {
            case "cap-tinh", "tinh", "province", "provincial", "thanh-pho", "cap-thanh-pho" -> Optional.of(PROVINCE);
            case "cap-huyen", "huyen", "district", "quan", "cap-quan", "thi-xa" -> Optional.of(DISTRICT);
            case "cap-xa", "xa", "commune", "phuong", "cap-phuong", "thi-tran" -> Optional.of(COMMUNE);
            default -> Optional.empty();
        };
    }
}
