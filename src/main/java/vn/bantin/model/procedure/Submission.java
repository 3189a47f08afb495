package vn.bantin.model.procedure;

import vn.bantin.text.Slugs;

import java.util.Optional;

/**
 * One way to submit an application (cách thức thực hiện), with its own processing time and fee.
 *
 * @param processingTime e.g. "Ngay trong ngày làm việc", or empty when the procedure's applies
 * @param fee            e.g. "Miễn lệ phí", "50.000 đồng/hồ sơ", or empty when the procedure's applies
 */
public record Submission(Way way, String processingTime, String fee) {

    /** The ways a citizen can submit. */
    public enum Way {
        /** Trực tiếp: at the one-stop shop (bộ phận một cửa). */
        IN_PERSON("truc-tiep", "Trực tiếp"),
        /** Trực tuyến: on the public-service portal. */
        ONLINE("truc-tuyen", "Trực tuyến"),
        /** Dịch vụ bưu chính: by post, through the public postal service. */
        POSTAL("buu-chinh", "Dịch vụ bưu chính");

        private final String key;
        private final String label;

        Way(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** {@code truc-tiep}, {@code truc-tuyen} or {@code buu-chinh}: stable, for exports. */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** Reads what an author wrote: "trực tiếp", "online", "bưu chính", "qua dịch vụ bưu chính công ích"… */
        public static Optional<Way> parse(String written) {
            String slug = Slugs.slugify(written);
            if (slug.equals("truc-tiep") || slug.equals("in-person") || slug.equals("nop-truc-tiep")) {
                return Optional.of(IN_PERSON);
            }
            if (slug.equals("truc-tuyen") || slug.equals("online") || slug.equals("nop-truc-tuyen")) {
                return Optional.of(ONLINE);
            }
            if (slug.contains("buu-chinh") || slug.equals("post") || slug.equals("postal")) {
                return Optional.of(POSTAL);
            }
            return Optional.empty();
        }
    }
}
