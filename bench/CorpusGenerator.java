import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic bulletin of N articles for bantin's benchmark (bench/run.sh).
 *
 * <pre>
 *   java bench/CorpusGenerator.java N OUTDIR [--hugo HUGODIR] [--jbake JBAKEDIR] [--repo DIR] [--seed S]
 * </pre>
 *
 * OUTDIR becomes a complete bantin site: jbake.properties, templates/ and assets/ copied from the
 * repository (--repo, default: the current folder or its parent, whichever has templates/), and
 * content/ with six sections, N articles and two static pages. With --hugo, the same articles (same
 * Markdown bodies, title, date, tags) are also written as a Hugo site (content/, static/,
 * config.toml; the layouts are bench/hugo-layouts/, copied by run.sh). With --jbake, they are also
 * written as a JBake 2.7.0 site (JBake headers, jbake.properties, assets/; the templates are
 * bench/jbake/templates/, copied by run.sh).
 *
 * Everything depends only on N and the seed: the same arguments give byte-identical files, on any
 * JDK (java.util.Random is specified exactly). Article i draws from its own Random(seed, i), so
 * the articles are generated in parallel.
 *
 * The text is built from a vocabulary and sentence bank written for this benchmark about
 * administrative reform (cải cách hành chính) in a fictional district, "huyện An Khánh".
 */
public final class CorpusGenerator {
    static final long DEFAULT_SEED = 20240321L;
    /** Dates are spread over ten years, 2015-01-01 00:00 to 2024-12-31 23:59 (Asia/Ho_Chi_Minh). */
    static final LocalDateTime FIRST = LocalDateTime.of(2015, 1, 1, 0, 0);
    static final int YEARS = 10;
    static final int MIN_WORDS = 600;
    static final int MAX_WORDS = 900;
    /** Generated articles link to 2-4 other articles, mostly to ones published shortly before. */
    static final int LINK_WINDOW = 400;

    // ---------------------------------------------------------------------------------------------
    // Sections: folder (= URL slug), title, description, order, share of the articles in percent.
    // ---------------------------------------------------------------------------------------------
    record SectionDef(String id, String title, String description, int order, int share, String[] titles,
                      String[] tags) {
    }

    static final SectionDef[] SECTIONS = {
        new SectionDef("tin-tuc", "Tin tức – Sự kiện",
                "Tin hoạt động, hội nghị và sự kiện về cải cách hành chính trên địa bàn huyện An Khánh.", 1, 28,
                new String[] {
                    "{DVT} tổ chức hội nghị triển khai công tác cải cách hành chính năm {NAM}",
                    "Sơ kết {KY} công tác cải cách hành chính năm {NAM}",
                    "Đoàn kiểm tra công tác cải cách hành chính làm việc tại {XA}",
                    "Hội thi tìm hiểu cải cách hành chính {XA} năm {NAM}",
                    "{XAHOA} ra mắt mô hình “{MH}”",
                    "Tổng kết công tác cải cách hành chính năm {NAM}, triển khai nhiệm vụ năm {NAM1}",
                    "Phát động phong trào thi đua “{PT}” năm {NAM}",
                    "{DVT} đối thoại với người dân về giải quyết thủ tục hành chính",
                    "Hội nghị giao ban công tác cải cách hành chính {KY} năm {NAM}",
                },
                new String[] {"hội nghị", "sự kiện", "sơ kết", "tổng kết", "kiểm tra", "thi đua khen thưởng",
                    "đối thoại", "hội thi"}),
        new SectionDef("cai-cach-hanh-chinh", "Cải cách hành chính",
                "Kế hoạch, kết quả và các chỉ số cải cách hành chính của huyện An Khánh.", 2, 20,
                new String[] {
                    "Kết quả Chỉ số {CS} năm {NAMT} của huyện An Khánh",
                    "Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {NAM}",
                    "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực {LV}",
                    "Nâng cao Chỉ số {CS}: những việc cần làm ở {XA}",
                    "Công bố danh mục thủ tục hành chính lĩnh vực {LV} năm {NAM}",
                    "Khảo sát sự hài lòng của người dân về lĩnh vực {LV} năm {NAM}",
                    "Kế hoạch cải cách hành chính năm {NAM} của UBND huyện",
                    "Cắt giảm thời gian giải quyết thủ tục {TT}",
                },
                new String[] {"cải cách hành chính", "PAR INDEX", "SIPAS", "PAPI", "PCI", "kế hoạch",
                    "kiểm soát thủ tục hành chính", "tuyên truyền"}),
        new SectionDef("chuyen-doi-so", "Chuyển đổi số",
                "Dịch vụ công trực tuyến, Đề án 06, số hóa hồ sơ và thanh toán không dùng tiền mặt.", 3, 16,
                new String[] {
                    "Đẩy mạnh thanh toán trực tuyến phí, lệ phí tại {XA}",
                    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực {LV}",
                    "Tổ công nghệ số cộng đồng {XA} hỗ trợ người dân sử dụng VNeID",
                    "Triển khai Đề án 06 tại {XA}: kết quả {KY} năm {NAM}",
                    "Ứng dụng chữ ký số trong xử lý văn bản tại {DVT}",
                    "Nộp hồ sơ {TT} trực tuyến toàn trình tại {XA}",
                    "Chỉ số DTI năm {NAMT}: huyện An Khánh cải thiện thứ hạng",
                },
                new String[] {"chuyển đổi số", "dịch vụ công trực tuyến", "Đề án 06", "VNeID", "chữ ký số",
                    "thanh toán trực tuyến", "số hóa hồ sơ", "DTI"}),
        new SectionDef("mot-cua", "Một cửa – Dịch vụ công",
                "Hoạt động của Bộ phận Một cửa huyện và các xã, thị trấn; kết quả giải quyết hồ sơ.", 4, 14,
                new String[] {
                    "Bộ phận Một cửa {XA} tiếp nhận {N} hồ sơ trong {KY} năm {NAM}",
                    "Giải quyết hồ sơ lĩnh vực {LV} đúng hạn đạt {PCT}",
                    "Trả kết quả thủ tục hành chính qua bưu chính công ích tại {XA}",
                    "Bộ phận Một cửa huyện lấy ý kiến người dân về chất lượng phục vụ {KY} năm {NAM}",
                    "Liên thông thủ tục {TT} giữa {XA} và huyện",
                    "Bộ phận Một cửa {XA} kéo dài giờ tiếp nhận hồ sơ vào thứ Bảy",
                },
                new String[] {"một cửa", "một cửa liên thông", "bưu chính công ích", "tiếp nhận hồ sơ",
                    "trả kết quả", "đúng hạn"}),
        new SectionDef("cong-vu", "Công vụ – Công chức",
                "Kỷ luật, kỷ cương hành chính, đạo đức công vụ và bồi dưỡng cán bộ, công chức.", 5, 12,
                new String[] {
                    "Tập huấn nghiệp vụ một cửa cho công chức cấp xã năm {NAM}",
                    "Siết chặt kỷ luật, kỷ cương hành chính tại {DVT}",
                    "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức {XA}",
                    "Gương công chức tận tụy ở Bộ phận Một cửa {XA}",
                    "Kiểm tra công vụ đột xuất tại {XA}",
                    "Đánh giá, xếp loại công chức gắn với kết quả giải quyết hồ sơ năm {NAM}",
                },
                new String[] {"công vụ", "công chức", "kỷ cương hành chính", "đạo đức công vụ",
                    "văn hóa công sở", "tập huấn", "gương điển hình"}),
        new SectionDef("hoi-dap", "Hỏi đáp",
                "Giải đáp thắc mắc của người dân về thủ tục hành chính thường gặp ở cấp huyện và cấp xã.", 6, 10,
                new String[] {
                    "Hỏi đáp: thủ tục {TT} thực hiện như thế nào?",
                    "Hỏi đáp: nộp hồ sơ {TT} trực tuyến ở đâu?",
                    "Hỏi đáp: lệ phí {TT} là bao nhiêu?",
                    "Hỏi đáp: thời hạn giải quyết thủ tục {TT}",
                    "Hỏi đáp: cần chuẩn bị giấy tờ gì khi làm thủ tục {TT}?",
                },
                new String[] {"hỏi đáp", "hướng dẫn", "thủ tục hành chính", "hộ tịch", "chứng thực", "đất đai"}),
    };

    /** About sixty tags; the earlier ones are drawn more often (weights fall off like 1/sqrt(rank)). */
    static final String[] TAGS = {
        "cải cách hành chính", "dịch vụ công trực tuyến", "một cửa", "chuyển đổi số", "tuyên truyền",
        "PAR INDEX", "SIPAS", "thủ tục hành chính", "Đề án 06", "kỷ cương hành chính", "thanh toán trực tuyến",
        "số hóa hồ sơ", "hộ tịch", "đất đai", "chứng thực", "công chức", "PAPI", "VNeID", "chữ ký số",
        "kiểm soát thủ tục hành chính", "hội nghị", "kế hoạch", "xây dựng", "đăng ký kinh doanh",
        "phản ánh kiến nghị", "đạo đức công vụ", "văn hóa công sở", "PCI", "DTI", "bưu chính công ích",
        "tập huấn", "kiểm tra", "sơ kết", "tổng kết", "thi đua khen thưởng", "gương điển hình",
        "tổ công nghệ số cộng đồng", "loa truyền thanh", "Zalo", "doanh nghiệp", "đầu tư", "người cao tuổi",
        "thanh niên", "lao động – thương binh và xã hội", "căn cước", "dữ liệu dân cư", "chính quyền số",
        "ISO 9001", "tiếp công dân", "đối thoại", "hỏi đáp", "hướng dẫn", "hội thi", "sự kiện",
        "một cửa liên thông", "tiếp nhận hồ sơ", "trả kết quả", "đúng hạn", "công vụ", "nông thôn mới",
    };

    // ---------------------------------------------------------------------------------------------
    // The vocabulary: slot values. {XX} in a sentence is replaced by a random value of list XX.
    // ---------------------------------------------------------------------------------------------
    static final String[] COMMUNES = {"thị trấn An Khánh", "xã Tân Hòa", "xã Phú Lộc", "xã Bình Minh",
        "xã Hòa Thuận", "xã An Phú", "xã Đông Sơn", "xã Long Điền", "xã Thạnh Mỹ", "xã Phước Hưng",
        "xã Tân Lập", "xã Vĩnh Hòa"};
    static final Map<String, String[]> WORDS = new HashMap<>();

    static {
        WORDS.put("XA", COMMUNES);
        WORDS.put("DV", new String[] {"UBND huyện", "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ huyện",
            "Phòng Văn hóa và Thông tin huyện", "Phòng Tư pháp huyện", "Phòng Tài nguyên và Môi trường huyện",
            "Phòng Kinh tế và Hạ tầng huyện", "Phòng Tài chính – Kế hoạch huyện",
            "Phòng Lao động – Thương binh và Xã hội huyện", "Bộ phận Một cửa huyện",
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Huyện đoàn An Khánh",
            "Liên đoàn Lao động huyện", "Công an huyện", "Bảo hiểm xã hội huyện", "Bưu điện huyện"});
        WORDS.put("DVT", new String[] {"UBND huyện", "Phòng Nội vụ huyện", "Phòng Tư pháp huyện",
            "Phòng Văn hóa và Thông tin huyện", "UBND thị trấn An Khánh", "UBND xã Tân Hòa", "UBND xã Phú Lộc",
            "UBND xã Bình Minh", "UBND xã Long Điền", "UBND xã Thạnh Mỹ", "UBND xã Vĩnh Hòa",
            "Phòng Tài nguyên và Môi trường huyện"});
        WORDS.put("NG", new String[] {"ông Nguyễn Văn Hùng, Chủ tịch UBND huyện",
            "ông Lê Minh Tuấn, Phó Chủ tịch UBND huyện", "bà Phạm Thu Trang, Trưởng phòng Văn hóa và Thông tin huyện",
            "bà Trần Thị Mai, Trưởng phòng Nội vụ huyện", "ông Võ Đức Thắng, Chủ tịch UBND xã Tân Hòa",
            "ông Đặng Quốc Bảo, Chánh Văn phòng HĐND và UBND huyện", "bà Huỳnh Ngọc Lan, Trưởng phòng Tư pháp huyện",
            "ông Bùi Thanh Sơn, Chủ tịch UBND thị trấn An Khánh", "bà Ngô Thị Hạnh, Phó Chủ tịch UBND xã Phú Lộc",
            "ông Đỗ Hoàng Nam, Bí thư Huyện đoàn", "bà Lý Thị Thu, công chức Bộ phận Một cửa huyện",
            "ông Phan Văn Lợi, Chủ tịch UBND xã Long Điền"});
        WORDS.put("TEN", new String[] {"Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Ngọc", "Phạm Văn Tâm",
            "Hoàng Thị Lan", "Vũ Đức Minh", "Đinh Thị Thảo", "Trương Văn Phúc", "Mai Thị Hồng", "Đoàn Văn Khải"});
        WORDS.put("LV", new String[] {"đất đai", "hộ tịch", "chứng thực", "xây dựng", "đăng ký kinh doanh",
            "lao động – thương binh và xã hội", "đầu tư", "tư pháp", "giáo dục và đào tạo", "y tế",
            "tài nguyên và môi trường", "giao thông vận tải", "văn hóa", "nông nghiệp"});
        WORDS.put("TT", new String[] {"đăng ký khai sinh", "chứng thực bản sao từ bản chính",
            "cấp giấy chứng nhận quyền sử dụng đất lần đầu", "đăng ký hộ kinh doanh", "cấp bản sao trích lục hộ tịch",
            "đăng ký kết hôn", "cấp giấy phép xây dựng nhà ở riêng lẻ", "xác nhận tình trạng hôn nhân",
            "đăng ký thường trú", "đăng ký khai tử", "chuyển mục đích sử dụng đất", "chứng thực chữ ký",
            "đăng ký biến động đất đai", "hưởng trợ cấp xã hội hằng tháng", "cấp thẻ bảo hiểm y tế cho trẻ em"});
        WORDS.put("CS", new String[] {"PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"});
        WORDS.put("KY", new String[] {"quý I", "6 tháng đầu", "9 tháng", "quý III", "quý IV"});
        WORDS.put("MH", new String[] {"Thứ Bảy tiếp dân", "Cán bộ một cửa thân thiện", "Thôn thông minh",
            "Chợ không dùng tiền mặt", "Zalo kết nối người dân", "Một cửa lưu động", "Tổ dịch vụ công tận nhà",
            "Thanh niên hỗ trợ dịch vụ công", "Ngày thứ Năm không hẹn"});
        WORDS.put("PT", new String[] {"Dân vận khéo trong cải cách hành chính", "Công chức mẫu mực, tận tụy",
            "Chung tay xây dựng chính quyền số", "Vì người dân phục vụ", "Năm kỷ cương hành chính"});
        WORDS.put("VB", new String[] {"Kế hoạch số {SO}/KH-UBND của UBND huyện", "Nghị quyết số 76/NQ-CP của Chính phủ",
            "Chỉ thị số 23/CT-TTg của Thủ tướng Chính phủ", "Kế hoạch số 145/KH-UBND về cải cách hành chính giai đoạn 2021–2025",
            "Quyết định số 06/QĐ-TTg phê duyệt Đề án 06", "Nghị định số 61/2018/NĐ-CP",
            "Nghị định số 107/2021/NĐ-CP", "Quyết định số {SO}/QĐ-UBND của UBND huyện",
            "Công văn số {SO}/UBND-NV của UBND huyện", "Chương trình số 01-CTr/TU của Tỉnh ủy"});
        WORDS.put("CHUDE", new String[] {"công tác cải cách hành chính", "thông tin, tuyên truyền cải cách hành chính",
            "chuyển đổi số trong giải quyết thủ tục hành chính", "nâng cao Chỉ số {CS}",
            "thực hiện cơ chế một cửa, một cửa liên thông", "kiểm soát thủ tục hành chính",
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "triển khai Đề án 06",
            "siết chặt kỷ luật, kỷ cương hành chính", "nâng cao đạo đức công vụ",
            "thanh toán trực tuyến phí, lệ phí", "tiếp nhận và xử lý phản ánh, kiến nghị của người dân"});
        WORDS.put("MUCTIEU", new String[] {"nâng cao mức độ hài lòng của người dân và doanh nghiệp",
            "rút ngắn thời gian giải quyết hồ sơ", "xây dựng nền hành chính phục vụ, chuyên nghiệp",
            "giảm chi phí đi lại cho người dân", "tăng tỷ lệ hồ sơ nộp trực tuyến",
            "cải thiện thứ hạng Chỉ số {CS} của huyện", "đưa chính sách mới đến gần hơn với người dân"});
        WORDS.put("TIENICH", new String[] {"nộp hồ sơ {LV} qua Cổng Dịch vụ công quốc gia",
            "thanh toán lệ phí bằng điện thoại", "nhận kết quả qua dịch vụ bưu chính công ích",
            "tra cứu tình trạng hồ sơ bằng mã QR trên giấy biên nhận", "đăng ký khai sinh trực tuyến cho con",
            "làm thủ tục chứng thực bản sao điện tử"});
        WORDS.put("KENH", new String[] {"Cổng thông tin điện tử huyện", "hệ thống loa truyền thanh cơ sở",
            "trang Facebook của huyện", "nhóm Zalo của các thôn, khu phố", "bản tin sinh hoạt chi bộ",
            "màn hình LED tại trụ sở UBND huyện", "Đài Truyền thanh huyện"});
        WORDS.put("CHIDAO", new String[] {"không chỉ đếm số tin, bài mà phải đo được người dân có làm theo hay không",
            "lấy sự hài lòng của người dân làm thước đo hiệu quả công việc",
            "khắc phục ngay những tồn tại đã được chỉ ra trong đợt kiểm tra",
            "tăng cường phối hợp, tránh đùn đẩy trách nhiệm giữa các bộ phận",
            "công khai số điện thoại đường dây nóng tại Bộ phận Một cửa",
            "xin lỗi người dân bằng văn bản khi để hồ sơ quá hạn"});
        WORDS.put("NHANXET", new String[] {"kết quả cải cách hành chính phải được người dân cảm nhận chứ không chỉ nằm trong báo cáo",
            "chuyển đổi số chỉ thành công khi người dân thấy thuận tiện hơn",
            "thái độ của công chức một cửa là điều người dân nhớ lâu nhất",
            "mỗi thủ tục được cắt giảm là một lần người dân bớt phải đi lại",
            "muốn người dân dùng dịch vụ công trực tuyến thì trước hết cán bộ phải thành thạo"});
        WORDS.put("LOINOI", new String[] {"Trước đây tôi phải đi lại hai, ba lần mới xong thủ tục, giờ chỉ cần ngồi ở nhà nộp qua điện thoại.",
            "Cán bộ một cửa hướng dẫn rất nhiệt tình, hồ sơ trả đúng hẹn, lại được nhận qua bưu điện.",
            "Lần đầu làm thủ tục trực tuyến tôi còn lúng túng, nhưng được tổ công nghệ số giúp nên giờ đã tự làm được.",
            "Tôi nộp lệ phí bằng ứng dụng ngân hàng, không phải cầm tiền mặt lên xã như trước.",
            "Giấy tờ đã số hóa rồi nên lần sau làm thủ tục khác tôi không phải photo lại nữa."});
    }

    // ---------------------------------------------------------------------------------------------
    // The sentence bank.
    // ---------------------------------------------------------------------------------------------
    static final String[] LEAD = {
        "Ngày {NGAY}, {DV} tổ chức hội nghị triển khai {VB} về {CHUDE}.",
        "Thực hiện {VB}, thời gian qua {DV} đã tập trung chỉ đạo nhiều giải pháp nhằm {MUCTIEU}.",
        "Sáng {NGAY}, đoàn công tác do {NG}, làm trưởng đoàn đã làm việc với {XA} về {CHUDE}.",
        "Năm {NAM}, {XA} xác định {CHUDE} là nhiệm vụ trọng tâm, gắn với trách nhiệm của người đứng đầu.",
        "Theo báo cáo của {DV}, trong {KY} năm {NAM}, Bộ phận Một cửa đã tiếp nhận {N} hồ sơ, trong đó {PCT} hồ sơ được nộp trực tuyến.",
        "Nhằm {MUCTIEU}, {DV} vừa ban hành {VB} với nhiều nội dung cụ thể, phân công rõ trách nhiệm cho từng cơ quan, đơn vị.",
        "Chiều {NGAY}, {NG}, chủ trì buổi làm việc với các phòng, ban chuyên môn về tiến độ {CHUDE}.",
        "Người dân {XA} giờ đây có thể {TIENICH} mà không phải đến trụ sở nhiều lần như trước.",
    };
    static final String[] BODY = {
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt {PCT}, tăng {PP} điểm phần trăm so với cùng kỳ năm trước.",
        "Toàn huyện hiện có {N2} thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
        "Các xã, thị trấn đã niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa và trên trang thông tin điện tử.",
        "Lĩnh vực {LV} có số lượng hồ sơ lớn nhất, chiếm khoảng {PCT} tổng số hồ sơ tiếp nhận.",
        "Qua kiểm tra, đoàn ghi nhận {XA} đã bố trí công chức có chuyên môn phù hợp tại Bộ phận Một cửa, thái độ phục vụ niềm nở, tận tình.",
        "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện ngay khi tiếp nhận, giúp người dân không phải nộp lại giấy tờ đã có.",
        "Tổ công nghệ số cộng đồng ở các thôn, khu phố đã trực tiếp hướng dẫn hơn {N} lượt người dân cài đặt và kích hoạt tài khoản định danh điện tử.",
        "{DV} đã phối hợp với Bưu điện huyện trả {N} kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.",
        "Trong năm, huyện không để xảy ra trường hợp hồ sơ quá hạn mà không có văn bản xin lỗi người dân.",
        "Kinh phí thực hiện được bố trí từ nguồn chi thường xuyên của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.",
        "Hệ thống loa truyền thanh cơ sở duy trì chuyên mục cải cách hành chính phát vào tối thứ Tư hằng tuần.",
        "Chỉ số {CS} năm {NAMT} của huyện đạt {DIEM} điểm, xếp thứ {HANG}/10 huyện, thị xã, thành phố trong tỉnh.",
        "Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt {PCT}.",
        "Thông tin về {CHUDE} được đăng tải thường xuyên trên {KENH}, thu hút nhiều lượt xem và chia sẻ.",
        "Các phòng, ban đã rà soát {N2} thủ tục hành chính thuộc lĩnh vực {LV}, kiến nghị cắt giảm thành phần hồ sơ và thời gian giải quyết.",
        "Cán bộ, công chức được quán triệt thực hiện nghiêm quy tắc ứng xử, không gây phiền hà, sách nhiễu người dân.",
        "Nhiều thôn, khu phố đã lập nhóm Zalo để thông báo lịch tiếp nhận hồ sơ và giải đáp thắc mắc của người dân.",
        "{XAHOA} là một trong những địa phương dẫn đầu huyện về tỷ lệ thanh toán trực tuyến phí, lệ phí, đạt {PCT}.",
        "Đến nay, {PCT} công chức cấp xã đã được cấp chữ ký số và sử dụng thường xuyên trong xử lý văn bản.",
        "Thời gian giải quyết bình quân một bộ hồ sơ {LV} đã giảm từ {N3} ngày xuống còn {N4} ngày làm việc.",
        "Các cơ quan, đơn vị đã đăng tải {N2} tin, bài về {CHUDE} trên {KENH} trong {KY}.",
        "Ngoài giờ hành chính, Bộ phận Một cửa vẫn bố trí công chức trực để tiếp nhận hồ sơ của người lao động đi làm xa.",
        "Người dân có thể gọi đường dây nóng hoặc nhắn tin qua Zalo để phản ánh khi hồ sơ bị chậm.",
        "Hồ sơ lĩnh vực {LV} được chuẩn hóa quy trình nội bộ, công khai từng bước và thời gian xử lý của từng bộ phận.",
        "Tại {XA}, công chức một cửa chủ động gọi điện nhắc người dân khi hồ sơ còn thiếu giấy tờ, tránh để người dân phải đi lại.",
        "Năm {NAMT}, {XA} được UBND huyện tặng giấy khen vì có tỷ lệ hồ sơ trực tuyến cao nhất huyện.",
        "Phiếu lấy ý kiến được đặt ngay tại quầy tiếp nhận, người dân có thể đánh giá bằng cách quét mã QR.",
        "Trong {KY}, Bộ phận Một cửa huyện đã tiếp nhận {N} hồ sơ, trả kết quả trước và đúng hạn {PCT}.",
        "Cổng Dịch vụ công của tỉnh đã kết nối với cơ sở dữ liệu quốc gia về dân cư, giảm nhiều giấy tờ phải nộp.",
        "Hằng tháng, Văn phòng HĐND và UBND huyện công khai danh sách hồ sơ quá hạn và lý do trên Cổng thông tin điện tử.",
        "Đoàn viên, thanh niên tình nguyện có mặt tại Bộ phận Một cửa vào các buổi sáng để hướng dẫn người dân.",
        "Hệ thống camera giám sát tại Bộ phận Một cửa được kết nối về phòng làm việc của lãnh đạo huyện.",
        "Việc tiếp nhận hồ sơ không phụ thuộc địa giới hành chính được mở rộng cho các thủ tục lĩnh vực {LV}.",
        "Các xã, thị trấn đã bố trí điểm phát sóng wifi miễn phí tại khu vực chờ của Bộ phận Một cửa.",
    };
    static final String[] PROBLEM = {
        "Tuy nhiên, tỷ lệ hồ sơ nộp trực tuyến ở một số xã còn thấp, chủ yếu do người cao tuổi chưa quen sử dụng điện thoại thông minh.",
        "Hạ tầng mạng tại một số thôn xa trung tâm chưa ổn định, ảnh hưởng đến việc kết nối, truyền nhận hồ sơ.",
        "Một số thủ tục lĩnh vực {LV} vẫn yêu cầu người dân bổ sung giấy tờ nhiều lần dù đã nộp trực tuyến.",
        "Việc đồng bộ dữ liệu giữa phần mềm một cửa và các cơ sở dữ liệu chuyên ngành đôi lúc còn chậm.",
        "Nhân lực làm công tác cải cách hành chính ở cấp xã phần lớn kiêm nhiệm, thường xuyên luân chuyển.",
        "Công tác tuyên truyền ở một số nơi còn hình thức, chưa đo lường được hiệu quả trên thực tế.",
        "Tỷ lệ số hóa hồ sơ lĩnh vực {LV} mới đạt {PCT}, thấp hơn mục tiêu đề ra.",
        "Vẫn còn {N2} hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực {LV}.",
    };
    static final String[] DIRECTION = {
        "Thời gian tới, {DV} sẽ tiếp tục đẩy mạnh {CHUDE}, gắn kết quả thực hiện với đánh giá, xếp loại cán bộ, công chức cuối năm.",
        "Huyện yêu cầu các xã, thị trấn bố trí ít nhất một công chức am hiểu công nghệ thông tin tại Bộ phận Một cửa.",
        "Các đơn vị cần chủ động đề xuất phương án đơn giản hóa thủ tục hành chính, báo cáo về Phòng Tư pháp trước ngày {NGAY}.",
        "Phòng Văn hóa và Thông tin huyện sẽ xây dựng thêm các video ngắn hướng dẫn nộp hồ sơ trực tuyến, phát trên {KENH}.",
        "Huyện sẽ tổ chức khảo sát mức độ hài lòng của người dân hằng quý để kịp thời điều chỉnh cách làm.",
        "Định kỳ hằng quý, các đơn vị báo cáo kết quả về Phòng Nội vụ để tổng hợp, tham mưu UBND huyện.",
        "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra chậm trễ, phiền hà.",
        "{XAHOA} đặt mục tiêu đến cuối năm {NAM} có ít nhất {PCT} hồ sơ được nộp trực tuyến.",
    };
    static final String[] QUOTE = {
        "Phát biểu tại buổi làm việc, {NG}, đề nghị các đơn vị {CHIDAO}.",
        "Theo {NG}, {NHANXET}.",
        "Chị {TEN}, người dân {XA}, chia sẻ: “{LOINOI}”",
        "Anh {TEN}, một chủ hộ kinh doanh ở {XA}, cho biết: “{LOINOI}”",
        "Kết luận hội nghị, {NG}, nhấn mạnh {NHANXET}.",
    };
    static final String[] LINKED = {
        "Trước đó, bản tin đã phản ánh nội dung này trong bài [{T}]({U}).",
        "Bạn đọc có thể xem thêm bài [{T}]({U}).",
        "Kết quả này tiếp nối những gì đã nêu trong bài [{T}]({U}).",
        "Nội dung liên quan đã được giới thiệu tại bài [{T}]({U}).",
        "Những việc đã làm được trình bày chi tiết trong bài [{T}]({U}).",
    };
    static final String[] BULLETS = {
        "Công khai, minh bạch thủ tục hành chính tại Bộ phận Một cửa và trên Cổng thông tin điện tử.",
        "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình và một phần.",
        "Thanh toán phí, lệ phí không dùng tiền mặt qua Cổng Dịch vụ công quốc gia.",
        "Tuyên truyền lợi ích của tài khoản định danh điện tử mức độ 2.",
        "Biểu dương gương cán bộ, công chức tận tụy, có sáng kiến hay.",
        "Tiếp nhận và trả lời phản ánh, kiến nghị của người dân trong vòng 5 ngày làm việc.",
        "Số hóa toàn bộ hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.",
        "Rà soát, đề xuất cắt giảm thành phần hồ sơ lĩnh vực {LV}.",
        "Tổ chức hội thi tìm hiểu cải cách hành chính cho đoàn viên, thanh niên.",
        "Phát chuyên mục cải cách hành chính trên hệ thống loa truyền thanh cơ sở.",
        "Đăng video ngắn hướng dẫn thủ tục trên trang Facebook và nhóm Zalo của huyện.",
        "Lắp đặt máy tra cứu thông tin và máy lấy số thứ tự tại Bộ phận Một cửa.",
        "Tổ chức đối thoại giữa lãnh đạo {XA} với người dân về giải quyết thủ tục hành chính.",
        "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính.",
        "Đánh giá, xếp loại công chức gắn với kết quả giải quyết hồ sơ.",
        "Duy trì hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001.",
        "Phối hợp với Bưu điện huyện trả kết quả tận nhà cho người cao tuổi.",
        "Cập nhật dữ liệu dân cư, bảo đảm “đúng, đủ, sạch, sống”.",
        "Bố trí khu vực hỗ trợ nộp hồ sơ trực tuyến có máy tính và máy quét.",
        "Khảo sát ý kiến người dân sau mỗi lần giải quyết hồ sơ.",
    };
    static final String[] STEPS = {
        "Truy cập Cổng Dịch vụ công quốc gia và đăng nhập bằng tài khoản định danh điện tử VNeID.",
        "Tìm thủ tục {TT}, chọn cơ quan giải quyết là {XA} hoặc UBND huyện.",
        "Điền tờ khai điện tử, tải lên bản chụp giấy tờ theo hướng dẫn.",
        "Thanh toán lệ phí trực tuyến (nếu có) bằng tài khoản ngân hàng hoặc ví điện tử.",
        "Theo dõi tình trạng hồ sơ qua tin nhắn và nhận kết quả tại nhà qua bưu điện hoặc tại Bộ phận Một cửa.",
        "Mang bản chính giấy tờ để đối chiếu khi nhận kết quả, nếu thủ tục yêu cầu.",
    };
    static final String[] HEADINGS = {
        "Căn cứ và mục tiêu", "Kết quả nổi bật", "Những khó khăn, vướng mắc", "Nhiệm vụ, giải pháp thời gian tới",
        "Ý kiến của người dân", "Cách làm hay ở cơ sở", "Số liệu chính", "Đa dạng hình thức tuyên truyền",
        "Tăng cường kiểm tra, giám sát", "Hướng dẫn cho người dân", "Phân công thực hiện", "Kinh nghiệm rút ra",
        "Chuyển biến từ cơ sở", "Nội dung trọng tâm", "Đánh giá chung",
    };
    static final String[] AUTHORS = {"Phòng Văn hóa và Thông tin huyện", "Phòng Nội vụ huyện",
        "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp huyện", "Bộ phận Một cửa huyện", "Minh Anh",
        "Thu Hà", "Quốc Việt", "Ngọc Trâm", "Hoàng Long", "Thanh Tùng", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"};
    static final String[] SOURCES = {"Cổng thông tin điện tử huyện An Khánh", "Đài Truyền thanh huyện",
        "Báo cáo của Phòng Nội vụ huyện", "Trang thông tin điện tử {XA}"};
    /** Cover images written into each section's anh/ folder. */
    static final String[] COVERS = {"hoi-nghi", "mot-cua", "so-hoa", "tap-huan"};
    static final String[] COVER_CAPTIONS = {"Quang cảnh hội nghị", "Người dân làm thủ tục tại Bộ phận Một cửa",
        "Số hóa hồ sơ tại Bộ phận Một cửa", "Lớp tập huấn cho công chức cấp xã"};

    // ---------------------------------------------------------------------------------------------
    // DOCUMENTS AND PROCEDURES: NOT GENERATED YET.
    // bantin does not read plans/documents (kế hoạch, văn bản) or procedures (thủ tục hành chính)
    // yet. When the engine does, generate them here in proportion to the articles, e.g.
    //   DOCUMENTS_PER_1000_ARTICLES  = 40  (plans with number/symbol such as 106/KH-UBND, linked from
    //                                       articles that cite them; some with PDF attachments)
    //   PROCEDURES_PER_1000_ARTICLES = 30  (catalog by field and level)
    // and call generateDocumentsAndProcedures(...) from main() after the articles, in the content
    // format the engine defines. Keep it deterministic: one Random per record, like articles.
    // ---------------------------------------------------------------------------------------------
    static final int DOCUMENTS_PER_1000_ARTICLES = 0;
    static final int PROCEDURES_PER_1000_ARTICLES = 0;

    static void generateDocumentsAndProcedures(int articles, Path bantinContent, Path hugoContent, long seed) {
        // Intentionally empty until the engine knows documents and procedures (see above).
    }

    // ---------------------------------------------------------------------------------------------

    /** The metadata of an article, decided in a first pass so that bodies can link to any article. */
    record Meta(int index, SectionDef section, String title, String slug, LocalDateTime date, List<String> tags,
                String author, String source, String cover, String coverCaption, String url) {
    }

    record Written(int words, int links) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/CorpusGenerator.java N OUTDIR [--hugo HUGODIR] [--jbake JBAKEDIR] [--repo DIR] [--seed S]");
            System.exit(2);
        }
        long started = System.nanoTime();
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        Path hugo = null;
        Path jbake = null;
        Path repo = null;
        long seed = DEFAULT_SEED;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--hugo" -> hugo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--jbake" -> jbake = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (repo == null) {
            Path cwd = Path.of("").toAbsolutePath();
            repo = Files.isDirectory(cwd.resolve("templates")) ? cwd : cwd.getParent();
        }
        if (!Files.isDirectory(repo.resolve("templates")) || !Files.isRegularFile(repo.resolve("jbake.properties"))) {
            System.err.println("cannot find the site's templates/ and jbake.properties: pass --repo DIR");
            System.exit(2);
        }

        // The site's own configuration, templates and assets.
        Files.createDirectories(out);
        for (String folder : List.of("content", "templates", "assets")) {
            deleteTree(out.resolve(folder));
        }
        copyTree(repo.resolve("templates"), out.resolve("templates"));
        copyTree(repo.resolve("assets"), out.resolve("assets"));
        Files.copy(repo.resolve("jbake.properties"), out.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        Path content = out.resolve("content");
        Path hugoContent = null;
        if (hugo != null) {
            Files.createDirectories(hugo);
            for (String folder : List.of("content", "static", "layouts", "public", "resources")) {
                deleteTree(hugo.resolve(folder));
            }
            hugoContent = hugo.resolve("content");
            writeHugoConfig(hugo);
            copyTree(repo.resolve("assets"), hugo.resolve("static"));
        }
        Path jbakeContent = null;
        if (jbake != null) {
            Files.createDirectories(jbake);
            for (String folder : List.of("content", "assets", "templates")) {
                deleteTree(jbake.resolve(folder));
            }
            jbakeContent = jbake.resolve("content");
            writeJBakeConfig(jbake);
            copyTree(repo.resolve("assets"), jbake.resolve("assets"));
        }

        // Sections, their cover images, two static pages.
        for (SectionDef section : SECTIONS) {
            write(content.resolve(section.id()).resolve("_index.md"), "---\ntitle: " + section.title()
                    + "\ndescription: " + section.description() + "\norder: " + section.order() + "\n---\n");
            for (int c = 0; c < COVERS.length; c++) {
                String svg = svg(COVER_CAPTIONS[c], c);
                write(content.resolve(section.id()).resolve("anh").resolve(COVERS[c] + ".svg"), svg);
                if (hugo != null) {
                    write(hugo.resolve("static").resolve(section.id()).resolve("anh").resolve(COVERS[c] + ".svg"), svg);
                }
                if (jbake != null) {
                    write(jbake.resolve("assets").resolve(section.id()).resolve("anh").resolve(COVERS[c] + ".svg"), svg);
                }
            }
            if (hugoContent != null) {
                write(hugoContent.resolve(section.id()).resolve("_index.md"), "---\ntitle: \"" + section.title()
                        + "\"\ndescription: \"" + section.description() + "\"\nweight: " + section.order() + "\n---\n");
            }
        }
        writePages(content, hugoContent, jbakeContent);

        // Pass 1: metadata of every article, in date order. Pass 2: bodies, in parallel.
        List<Meta> metas = metadata(n, seed);
        Path hugoContentFinal = hugoContent;
        Path jbakeContentFinal = jbakeContent;
        long seedFinal = seed;
        Written[] written = new Written[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Meta meta = metas.get(i);
            Random random = randomFor(seedFinal, i, 2);
            StringBuilder body = new StringBuilder(8192);
            written[i] = body(meta, metas, random, body);
            String text = nfc(body.toString());
            write(content.resolve(meta.section().id()).resolve(meta.slug() + ".md"), bantinFrontMatter(meta) + "\n" + text);
            if (hugoContentFinal != null) {
                write(hugoContentFinal.resolve(meta.section().id()).resolve(meta.slug() + ".md"), hugoFrontMatter(meta) + "\n" + text);
            }
            if (jbakeContentFinal != null) {
                write(jbakeContentFinal.resolve(meta.section().id()).resolve(meta.slug() + ".md"), jbakeHeader(meta) + "\n" + text);
            }
        });
        generateDocumentsAndProcedures(n, content, hugoContent, seed);

        // A summary of what was written.
        int minWords = Integer.MAX_VALUE;
        int maxWords = 0;
        long words = 0;
        long links = 0;
        for (Written w : written) {
            minWords = Math.min(minWords, w.words());
            maxWords = Math.max(maxWords, w.words());
            words += w.words();
            links += w.links();
        }
        Map<String, Integer> perSection = new java.util.LinkedHashMap<>();
        Set<String> tagsUsed = new HashSet<>();
        for (Meta meta : metas) {
            perSection.merge(meta.section().id(), 1, Integer::sum);
            tagsUsed.addAll(meta.tags());
        }
        System.out.printf(Locale.ROOT, "corpus: %d articles (%s), words per article %d-%d (mean %.0f), %d internal links, "
                        + "%d tags, seed %d, in %.1f s -> %s%s%n",
                n, perSection, n == 0 ? 0 : minWords, maxWords, n == 0 ? 0.0 : (double) words / n, links,
                tagsUsed.size(), seed, (System.nanoTime() - started) / 1e9, out,
                (hugo == null ? "" : ", " + hugo) + (jbake == null ? "" : ", " + jbake));
    }

    // ---------------------------------------------------------------------------------------------
    // Pass 1: metadata.
    // ---------------------------------------------------------------------------------------------
    static List<Meta> metadata(int n, long seed) {
        Random dates = new Random(seed);
        long minutes = java.time.Duration.between(FIRST, FIRST.plusYears(YEARS)).toMinutes();
        long[] offsets = new long[n];
        for (int i = 0; i < n; i++) {
            // Office hours are more likely: a day, then a time between 06:30 and 22:00, skewed to 8-17.
            long day = (long) (dates.nextDouble() * (minutes / 1440));
            int minuteOfDay = dates.nextInt(3) == 0 ? 390 + dates.nextInt(930) : 480 + dates.nextInt(540);
            offsets[i] = day * 1440 + minuteOfDay;
        }
        Arrays.sort(offsets);
        double[] tagWeights = new double[TAGS.length];
        double total = 0;
        for (int t = 0; t < TAGS.length; t++) {
            tagWeights[t] = 1 / Math.sqrt(t + 1);
            total += tagWeights[t];
        }
        Map<String, Set<String>> slugsBySection = new HashMap<>();
        List<Meta> metas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Random random = randomFor(seed, i, 1);
            LocalDateTime date = FIRST.plusMinutes(offsets[i]);
            SectionDef section = pickSection(random);
            Ctx ctx = new Ctx(random, date);
            String title = nfc(capitalize(ctx.fill(pick(random, section.titles()))));
            String base = slugify(title);
            String[] words = base.split("-");
            if (words.length > 16) {
                base = String.join("-", Arrays.copyOf(words, 16));
            }
            Set<String> used = slugsBySection.computeIfAbsent(section.id(), k -> new HashSet<>());
            String slug = base;
            for (int k = 2; !used.add(slug); k++) {
                slug = base + "-" + k;
            }
            // 3-5 tags: one or two of the section's own, the rest from the weighted pool, no repeats.
            Set<String> tags = new LinkedHashSet<>();
            int count = 3 + random.nextInt(3);
            tags.add(pick(random, section.tags()));
            if (random.nextBoolean()) {
                tags.add(pick(random, section.tags()));
            }
            while (tags.size() < count) {
                double r = random.nextDouble() * total;
                int t = 0;
                while (t < TAGS.length - 1 && r >= tagWeights[t]) {
                    r -= tagWeights[t];
                    t++;
                }
                tags.add(TAGS[t]);
            }
            String author = pick(random, AUTHORS);
            String source = random.nextInt(10) < 4 ? ctx.fill(pick(random, SOURCES)) : "";
            String cover = null;
            String caption = null;
            if (random.nextInt(100) < 35) {
                int c = random.nextInt(COVERS.length);
                cover = "anh/" + COVERS[c] + ".svg";
                caption = COVER_CAPTIONS[c];
            }
            metas.add(new Meta(i, section, title, slug, date, List.copyOf(tags), author, source, cover, caption,
                    "/" + section.id() + "/" + slug + "/"));
        }
        return metas;
    }

    static SectionDef pickSection(Random random) {
        int r = random.nextInt(100);
        for (SectionDef section : SECTIONS) {
            r -= section.share();
            if (r < 0) {
                return section;
            }
        }
        return SECTIONS[0];
    }

    // ---------------------------------------------------------------------------------------------
    // Pass 2: the Markdown body of one article, 600-900 words.
    // ---------------------------------------------------------------------------------------------
    static Written body(Meta meta, List<Meta> all, Random random, StringBuilder out) {
        Ctx ctx = new Ctx(random, meta.date());
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS - 60);
        List<String> headings = new ArrayList<>(List.of(HEADINGS));
        java.util.Collections.shuffle(headings, random);
        int heading = 0;
        int links = 0;
        WordCounter words = new WordCounter(out);

        // Lead.
        paragraph(out, ctx, LEAD, 1, BODY, 1 + random.nextInt(2));

        // Background, and a bullet list.
        out.append("## ").append(headings.get(heading++)).append("\n\n");
        paragraph(out, ctx, BODY, 3 + random.nextInt(2), null, 0);
        bullets(out, ctx, random, 3 + random.nextInt(3));

        // Figures: a table.
        out.append("## ").append(headings.get(heading++)).append("\n\n");
        paragraph(out, ctx, BODY, 2 + random.nextInt(2), null, 0);
        table(out, ctx, random, meta);
        paragraph(out, ctx, BODY, 2, PROBLEM, 1);

        // Links to other articles and a quote.
        out.append("## ").append(headings.get(heading++)).append("\n\n");
        int linkCount = all.size() > 1 ? 2 + random.nextInt(3) : 0;
        for (int l = 0; l < linkCount; l++) {
            Meta target2 = linkTarget(meta, all, random);
            String sentence = ctx.fresh(LINKED).replace("{T}", target2.title()).replace("{U}", target2.url());
            StringBuilder p = new StringBuilder();
            p.append(ctx.fill(ctx.fresh(BODY))).append(' ').append(sentence);
            if (words.count() < target - 250) {
                p.append(' ').append(ctx.fill(ctx.fresh(BODY)));
            }
            out.append(p).append("\n\n");
            links++;
        }
        out.append(ctx.fill(ctx.fresh(QUOTE))).append("\n\n");

        // Q&A articles get numbered steps, some others too when there is room.
        boolean steps2 = random.nextInt(5) == 0 && words.count() < target - 200;
        if (meta.section().id().equals("hoi-dap") || steps2) {
            out.append("Các bước thực hiện:\n\n");
            int steps = 3 + random.nextInt(3);
            for (int s = 0; s < steps; s++) {
                out.append(s + 1).append(". ").append(ctx.fill(STEPS[s])).append('\n');
            }
            out.append('\n');
        }

        // Directions, filled up to the target length.
        out.append("## ").append(headings.get(heading)).append("\n\n");
        out.append(ctx.fill(ctx.fresh(DIRECTION))).append("\n\n");
        while (words.count() < target - 60) {
            paragraph(out, ctx, DIRECTION, 1, BODY, 1 + random.nextInt(2));
        }
        StringBuilder last = new StringBuilder();
        while (words.count() + WordCounter.count(last) < target) {
            if (last.length() > 0) {
                last.append(' ');
            }
            last.append(ctx.fill(ctx.fresh(random.nextBoolean() ? DIRECTION : BODY)));
        }
        if (last.length() > 0) {
            out.append(last).append("\n");
        }
        return new Written(words.count(), links);
    }

    static Meta linkTarget(Meta meta, List<Meta> all, Random random) {
        int i = meta.index();
        int j;
        if (i == 0) {
            j = 1 + random.nextInt(Math.min(LINK_WINDOW, all.size() - 1));
        } else if (random.nextInt(5) == 0) {
            j = random.nextInt(all.size() - 1);
            j = j >= i ? j + 1 : j;
        } else {
            j = Math.max(0, i - 1 - random.nextInt(Math.min(LINK_WINDOW, i)));
        }
        return all.get(j);
    }

    static void paragraph(StringBuilder out, Ctx ctx, String[] first, int firstCount, String[] then, int thenCount) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < firstCount; s++) {
            p.append(p.length() == 0 ? "" : " ").append(ctx.fill(ctx.fresh(first)));
        }
        for (int s = 0; s < thenCount; s++) {
            p.append(' ').append(ctx.fill(ctx.fresh(then)));
        }
        out.append(p).append("\n\n");
    }

    static void bullets(StringBuilder out, Ctx ctx, Random random, int count) {
        out.append(random.nextBoolean() ? "Các nội dung chính gồm:\n\n" : "Cụ thể, các đơn vị tập trung:\n\n");
        List<String> items = new ArrayList<>(List.of(BULLETS));
        java.util.Collections.shuffle(items, random);
        for (int b = 0; b < count; b++) {
            out.append("- ").append(ctx.fill(items.get(b))).append('\n');
        }
        out.append('\n');
    }

    static void table(StringBuilder out, Ctx ctx, Random random, Meta meta) {
        switch (random.nextInt(3)) {
            case 0 -> {
                out.append("| Đơn vị | Hồ sơ tiếp nhận | Giải quyết đúng hạn | Nộp trực tuyến |\n|---|---:|---:|---:|\n");
                List<String> communes = new ArrayList<>(List.of(COMMUNES));
                java.util.Collections.shuffle(communes, random);
                int rows = 3 + random.nextInt(4);
                for (int r = 0; r < rows; r++) {
                    out.append("| ").append(capitalize(communes.get(r))).append(" | ").append(thousands(200 + random.nextInt(4800)))
                            .append(" | ").append(percent(random, 90, 100)).append(" | ").append(percent(random, 20, 95)).append(" |\n");
                }
            }
            case 1 -> {
                String index = pick(random, WORDS.get("CS"));
                out.append("| Năm | ").append(index).append(" (điểm) | Xếp hạng |\n|---|---:|---:|\n");
                int last = meta.date().getYear() - 1;
                int rows = 3 + random.nextInt(3);
                for (int y = last - rows + 1; y <= last; y++) {
                    out.append("| ").append(y).append(" | ").append(decimal(random, 75, 95)).append(" | ")
                            .append(1 + random.nextInt(10)).append("/10 |\n");
                }
            }
            default -> {
                out.append("| Lĩnh vực | Số thủ tục | Toàn trình | Một phần |\n|---|---:|---:|---:|\n");
                List<String> fields = new ArrayList<>(List.of(WORDS.get("LV")));
                java.util.Collections.shuffle(fields, random);
                int rows = 4 + random.nextInt(3);
                for (int r = 0; r < rows; r++) {
                    int total = 5 + random.nextInt(60);
                    int full = random.nextInt(total / 2 + 1);
                    out.append("| ").append(capitalize(fields.get(r))).append(" | ").append(total).append(" | ")
                            .append(full).append(" | ").append(random.nextInt(total - full + 1)).append(" |\n");
                }
            }
        }
        out.append('\n');
        out.append(ctx.fill(random.nextBoolean() ? "Số liệu trên do {DV} tổng hợp." : "Nguồn số liệu: {DV}.")).append("\n\n");
    }

    // ---------------------------------------------------------------------------------------------
    // Slot filling.
    // ---------------------------------------------------------------------------------------------
    static final class Ctx {
        final Random random;
        final LocalDateTime date;

        /** Which sentences of each bank this article has used: no sentence twice until a bank runs out. */
        private final Map<String[], java.util.BitSet> used = new java.util.IdentityHashMap<>();

        Ctx(Random random, LocalDateTime date) {
            this.random = random;
            this.date = date;
        }

        String fresh(String[] bank) {
            java.util.BitSet taken = used.computeIfAbsent(bank, b -> new java.util.BitSet(b.length));
            if (taken.cardinality() == bank.length) {
                taken.clear();
            }
            int k = random.nextInt(bank.length - taken.cardinality());
            int i = taken.nextClearBit(0);
            while (k-- > 0) {
                i = taken.nextClearBit(i + 1);
            }
            taken.set(i);
            return bank[i];
        }

        String fill(String template) {
            if (template.indexOf('{') < 0) {
                return template;
            }
            StringBuilder out = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int close = c == '{' ? template.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String slot = template.substring(i + 1, close);
                out.append(value(slot));
                i = close + 1;
            }
            return out.toString();
        }

        private String value(String slot) {
            int year = date.getYear();
            return switch (slot) {
                case "NAM" -> String.valueOf(year);
                case "NAM1" -> String.valueOf(year + 1);
                case "NAMT" -> String.valueOf(year - 1);
                case "NGAY" -> {
                    LocalDateTime d = date.minusDays(random.nextInt(20));
                    yield d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
                }
                case "N" -> thousands(120 + random.nextInt(9000));
                case "N2" -> String.valueOf(4 + random.nextInt(60));
                case "N3" -> String.valueOf(10 + random.nextInt(20));
                case "N4" -> String.valueOf(3 + random.nextInt(7));
                case "SO" -> String.valueOf(1 + random.nextInt(320));
                case "PCT" -> percent(random, 55, 99);
                case "PP" -> decimal(random, 1, 12);
                case "DIEM" -> decimal(random, 78, 94);
                case "HANG" -> String.valueOf(1 + random.nextInt(10));
                case "XAHOA" -> capitalize(pick(random, COMMUNES));
                default -> {
                    String[] values = WORDS.get(slot);
                    if (values == null) {
                        throw new IllegalArgumentException("no slot {" + slot + "}");
                    }
                    yield fill(pick(random, values));
                }
            };
        }
    }

    /** Counts the words written to a builder so far: tokens holding a letter or digit. */
    static final class WordCounter {
        private final StringBuilder text;
        private int counted;
        private int words;

        WordCounter(StringBuilder text) {
            this.text = text;
        }

        int count() {
            words += count(text, counted, text.length());
            counted = text.length();
            return words;
        }

        static int count(CharSequence s) {
            return count(s, 0, s.length());
        }

        static int count(CharSequence s, int from, int to) {
            int n = 0;
            boolean inWord = false;
            boolean hasAlnum = false;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (inWord && hasAlnum) {
                        n++;
                    }
                    inWord = false;
                    hasAlnum = false;
                } else {
                    inWord = true;
                    hasAlnum |= Character.isLetterOrDigit(c);
                }
            }
            return inWord && hasAlnum ? n + 1 : n;
        }
    }

    static String thousands(int n) {
        // Vietnamese groups thousands with a dot: 4.850
        return n >= 1000 ? (n / 1000) + "." + String.format(Locale.ROOT, "%03d", n % 1000) : String.valueOf(n);
    }

    static String percent(Random random, int from, int to) {
        return decimal(random, from, to) + "%";
    }

    static String decimal(Random random, int from, int to) {
        int hundredths = from * 100 + random.nextInt((to - from) * 100);
        return (hundredths / 100) + "," + String.format(Locale.ROOT, "%02d", hundredths % 100);
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static Random randomFor(long seed, int index, int stream) {
        long x = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        return new Random(x);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** bantin's rule: diacritics dropped, đ/Đ to d, anything else than a-z0-9 becomes one hyphen. */
    static String slugify(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    // ---------------------------------------------------------------------------------------------
    // Front matter.
    // ---------------------------------------------------------------------------------------------
    static final DateTimeFormatter BANTIN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter HUGO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+07:00'");

    static String bantinFrontMatter(Meta meta) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(quote(meta.title())).append('\n');
        fm.append("date: ").append(meta.date().format(BANTIN_DATE)).append('\n');
        fm.append("author: ").append(meta.author()).append('\n');
        if (!meta.source().isEmpty()) {
            fm.append("source: ").append(meta.source()).append('\n');
        }
        fm.append("tags: [").append(String.join(", ", meta.tags())).append("]\n");
        if (meta.cover() != null) {
            fm.append("cover: ").append(meta.cover()).append('\n');
            fm.append("cover_caption: ").append(meta.coverCaption()).append('\n');
        }
        return nfc(fm.append("---\n").toString());
    }

    static String hugoFrontMatter(Meta meta) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(quote(meta.title())).append('\n');
        fm.append("date: ").append(meta.date().format(HUGO_DATE)).append('\n');
        fm.append("author: ").append(quote(meta.author())).append('\n');
        fm.append("tags: [").append(String.join(", ", meta.tags().stream().map(CorpusGenerator::quote).toList())).append("]\n");
        if (meta.cover() != null) {
            fm.append("cover: ").append("/").append(meta.section().id()).append('/').append(meta.cover()).append('\n');
            fm.append("cover_caption: ").append(quote(meta.coverCaption())).append('\n');
        }
        return nfc(fm.append("---\n").toString());
    }

    /** JBake's own header: key=value lines ended by ~~~~~~ (JBake 2.7.0 reads no YAML in .md files). */
    static String jbakeHeader(Meta meta) {
        StringBuilder fm = new StringBuilder();
        fm.append("title=").append(meta.title()).append('\n');
        fm.append("date=").append(meta.date().format(BANTIN_DATE)).append('\n');
        fm.append("type=post\nstatus=published\n");
        fm.append("author=").append(meta.author()).append('\n');
        fm.append("tags=").append(String.join(",", meta.tags())).append('\n');
        if (meta.cover() != null) {
            fm.append("cover=/").append(meta.section().id()).append('/').append(meta.cover()).append('\n');
        }
        return nfc(fm.append("~~~~~~\n").toString());
    }

    static void writeJBakeConfig(Path jbake) {
        write(jbake.resolve("jbake.properties"), """
                # Generated by bench/CorpusGenerator.java: the JBake 2.7.0 twin of the bantin benchmark corpus.
                site.host=https://cchc.ankhanh.gov.vn
                default.status=published
                date.format=yyyy-MM-dd HH:mm
                render.index=true
                index.paginate=true
                index.posts_per_page=10
                render.tags=true
                render.tagsindex=true
                template.tagsindex.file=tags-index.ftl
                tag.sanitize=true
                render.archive=true
                render.feed=true
                render.sitemap=true
                render.error404=true
                uri.noExtension=true
                uri.noExtension.prefix=/
                markdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS,STRIKETHROUGH,FOOTNOTES
                """);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void writeHugoConfig(Path hugo) {
        write(hugo.resolve("config.toml"), """
                # Generated by bench/CorpusGenerator.java: the Hugo twin of the bantin benchmark corpus.
                baseURL = "https://cchc.ankhanh.gov.vn/"
                languageCode = "vi"
                defaultContentLanguage = "vi"
                title = "Bản tin Cải cách hành chính"
                paginate = 10
                rssLimit = 20
                removePathAccents = true
                timeZone = "Asia/Ho_Chi_Minh"
                enableRobotsTXT = true
                disableKinds = []

                [params]
                description = "Tin tức, kế hoạch và kết quả cải cách hành chính của huyện An Khánh."
                publisher = "Ủy ban nhân dân huyện An Khánh"
                mainSections = ["tin-tuc", "cai-cach-hanh-chinh", "chuyen-doi-so", "mot-cua", "cong-vu", "hoi-dap"]

                [taxonomies]
                tag = "tags"

                [markup.goldmark.renderer]
                unsafe = false

                # Related articles share tags, as bantin's. cardinalityThreshold (Hugo 0.111+) leaves out tags
                # on more than 5 % of the articles: with Hugo's default indices (tags and date, no threshold)
                # the related search is quadratic on this corpus (10,000 articles: 129 s instead of 36 s).
                [related]
                includeNewer = true
                threshold = 80
                toLower = true
                [[related.indices]]
                name = "tags"
                weight = 100
                cardinalityThreshold = 5
                """);
    }

    static void writePages(Path content, Path hugoContent, Path jbakeContent) {
        String about = """
                **Bản tin Cải cách hành chính huyện An Khánh** (kho bài thử nghiệm) là một trang được sinh tự động để đo tốc độ của bantin. Nội dung các bài là văn bản tổng hợp từ một bộ câu mẫu về cải cách hành chính, không phải tin thật.

                ## Bản tin đăng gì

                - **Tin tức – Sự kiện**: hội nghị, hội thi, hoạt động kiểm tra.
                - **Cải cách hành chính**: kế hoạch và kết quả các chỉ số PAR INDEX, SIPAS, PAPI.
                - **Chuyển đổi số**: dịch vụ công trực tuyến, Đề án 06, số hóa hồ sơ.
                - **Một cửa – Dịch vụ công**, **Công vụ – Công chức** và **Hỏi đáp**.

                Mọi ý kiến góp ý xin gửi về địa chỉ tại trang [Liên hệ](/lien-he/).
                """;
        String contact = """
                **Phòng Văn hóa và Thông tin huyện An Khánh**

                - Địa chỉ: Trụ sở UBND huyện An Khánh.
                - Điện thoại: 0270 3 800 000.
                - Thư điện tử: vhtt@ankhanh.gov.vn.

                Xem thêm trang [Giới thiệu](/gioi-thieu/).
                """;
        write(content.resolve("gioi-thieu.md"), "---\ntype: page\ntitle: Giới thiệu\n---\n\n" + about);
        write(content.resolve("lien-he.md"), "---\ntype: page\ntitle: Liên hệ\n---\n\n" + contact);
        if (hugoContent != null) {
            write(hugoContent.resolve("gioi-thieu.md"), "---\ntitle: \"Giới thiệu\"\ntype: page\n---\n\n" + about);
            write(hugoContent.resolve("lien-he.md"), "---\ntitle: \"Liên hệ\"\ntype: page\n---\n\n" + contact);
        }
        if (jbakeContent != null) {
            write(jbakeContent.resolve("gioi-thieu.md"), "title=Giới thiệu\ndate=2021-01-01 08:00\ntype=page\nstatus=published\n~~~~~~\n\n" + about);
            write(jbakeContent.resolve("lien-he.md"), "title=Liên hệ\ndate=2021-01-01 08:00\ntype=page\nstatus=published\n~~~~~~\n\n" + contact);
        }
    }

    static String svg(String caption, int variant) {
        String[] colours = {"#9b1c1c", "#1b5e20", "#0d47a1", "#e65100"};
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 630\" width=\"1200\" height=\"630\" role=\"img\">\n"
                + "<title>" + caption + "</title>\n"
                + "<rect width=\"1200\" height=\"630\" fill=\"#eef3f8\"/>\n"
                + "<rect x=\"0\" y=\"430\" width=\"1200\" height=\"200\" fill=\"" + colours[variant % colours.length] + "\"/>\n"
                + "<circle cx=\"600\" cy=\"250\" r=\"" + (90 + 20 * variant) + "\" fill=\"#ffffff\" stroke=\""
                + colours[variant % colours.length] + "\" stroke-width=\"12\"/>\n"
                + "</svg>\n";
    }

    // ---------------------------------------------------------------------------------------------
    // Files.
    // ---------------------------------------------------------------------------------------------
    static void write(Path file, String text) {
        try {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
