package vn.bantin.config;

import java.util.List;
import java.util.Map;

/** One configuration value as text, however jbake-core returned it. */
final class ConfigText {
    private ConfigText() {
    }

    /**
     * The value, stripped; empty when absent. commons-configuration splits values at commas into a
     * list: prose such as a description or an address wants them back, so the parts are rejoined.
     */
    static String of(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList()).strip();
        }
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** The value of {@code key} among every configured value. */
    static String of(Map<String, Object> raw, String key) {
        return of(raw.get(key));
    }
}
