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
import java.time.LocalDate;
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
 * repository (--repo, default: the current folder or its parent, whichever has templates/),
 * content/ with six sections, N articles, two static pages, documents (content/van-ban/, about 40
 * per 1,000 articles) and some procedures (content/thu-tuc/), and data/thu-tuc/ with most
 * procedures (about 30 per 1,000 articles in all) as bulk YAML and CSV. With --hugo, the same
 * articles (same Markdown bodies, title, date, tags), documents and procedures are also written as
 * a Hugo site (content/, static/, config.toml; the layouts are bench/hugo-layouts/, copied by
 * run.sh). With --jbake, the articles are also written as a JBake 2.7.0 site (JBake headers,
 * jbake.properties, assets/; the templates are bench/jbake/templates/, copied by run.sh).
 *
 * Everything depends only on N and the seed: the same arguments give byte-identical files, on any
 * JDK (java.util.Random is specified exactly). Article i draws from its own Random(seed, i), so
 * the articles are generated in parallel; documents and procedures have their own streams.
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
    // DOCUMENTS AND PROCEDURES.
    // Documents (văn bản, in content/van-ban/, type: document) and procedures (thủ tục hành chính)
    // come in proportion to the articles, with a floor for tiny corpora:
    //   DOCUMENTS_PER_1000_ARTICLES  = 40: ten fixed ones (76/NQ-CP, 23/CT-TTg, 06/QĐ-TTg, 61/2018/NĐ-CP,
    //       107/2021/NĐ-CP and 01-CTr/TU, which the articles already cite by number; the district's plans
    //       for 2016–2020 and 2021–2025 (145/KH-UBND); its one-stop regulation of 2019 and the 2022 one
    //       replacing it), then some of the laws and decrees the procedures cite, the province's decisions
    //       publishing each field's procedures, and the district's and communes' plans, reports,
    //       decisions, directives, official letters and notices, ten years of them, citing each other.
    //   PROCEDURES_PER_1000_ARTICLES = 30: most as bulk YAML in data/thu-tuc/ (one file per field), the
    //       labour and social ones in data/thu-tuc/lao-dong-xa-hoi.csv, one in four of the others as
    //       Markdown in content/thu-tuc/; a few replaced by a newer version of themselves, a few abolished.
    // Every number is unique in the corpus (bantin warns when an article mentions a number two hosted
    // documents share), every reference (based_on, implements, replaced_by, a procedure's decision)
    // names a hosted document, so the bake has no warning. Articles whose title names a procedure of
    // the TT slot end with a link to its page. One Random per record, like articles.
    // ---------------------------------------------------------------------------------------------
    static final int DOCUMENTS_PER_1000_ARTICLES = 40;
    static final int PROCEDURES_PER_1000_ARTICLES = 30;
    static final int MIN_DOCUMENTS = 14;
    static final int MIN_PROCEDURES = 10;
    /** The most procedures one bulk file holds; a larger field continues in ho-tich-2.yaml… */
    static final int RECORDS_PER_FILE = 250;
    static final String DISTRICT = "UBND huyện An Khánh";
    static final String PROVINCE = "UBND tỉnh";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    static final DateTimeFormatter DAY2 = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    /** Commune → its chair, who signs its documents. */
    static final Map<String, String> CHAIRS = new java.util.LinkedHashMap<>();

    static {
        String[] chairs = {"Bùi Thanh Sơn", "Võ Đức Thắng", "Trương Minh Khoa", "Lâm Văn Đức", "Huỳnh Thị Kim Loan",
            "Nguyễn Hữu Phước", "Tạ Quang Vinh", "Phan Văn Lợi", "Dương Thị Thu Hà", "Lê Văn Sang", "Cao Minh Trí",
            "Hồ Thị Bích Ngọc"};
        for (int i = 0; i < COMMUNES.length; i++) {
            CHAIRS.put(COMMUNES[i], chairs[i]);
        }
    }

    /**
     * Laws, ordinances, decrees and circulars the procedures cite: number|kind|issuer|issued|effective|
     * title|numbers it details. The rows above the blank line may be hosted as documents, in this order,
     * as the budget allows; the others are only cited (shown as plain text by bantin, without warning).
     */
    static final String LEGAL_TABLE = """
            60/2014/QH13|Luật|Quốc hội|2014-11-20|2016-01-01|Luật Hộ tịch|
            123/2015/NĐ-CP|Nghị định|Chính phủ|2015-11-15|2016-01-01|Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch|60/2014/QH13
            23/2015/NĐ-CP|Nghị định|Chính phủ|2015-02-16|2015-04-10|Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch|
            45/2013/QH13|Luật|Quốc hội|2013-11-29|2014-07-01|Luật Đất đai|
            01/2021/NĐ-CP|Nghị định|Chính phủ|2021-01-04||Về đăng ký doanh nghiệp|
            20/2021/NĐ-CP|Nghị định|Chính phủ|2021-03-15|2021-07-01|Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội|
            50/2014/QH13|Luật|Quốc hội|2014-06-18|2015-01-01|Luật Xây dựng|
            15/2021/NĐ-CP|Nghị định|Chính phủ|2021-03-03||Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng|50/2014/QH13
            52/2014/QH13|Luật|Quốc hội|2014-06-19|2015-01-01|Luật Hôn nhân và gia đình|
            43/2014/NĐ-CP|Nghị định|Chính phủ|2014-05-15|2014-07-01|Quy định chi tiết thi hành một số điều của Luật Đất đai|45/2013/QH13
            04/2020/TT-BTP|Thông tư|Bộ Tư pháp|2020-05-28||Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP|60/2014/QH13, 123/2015/NĐ-CP
            01/2020/TT-BTP|Thông tư|Bộ Tư pháp|2020-03-03||Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP|23/2015/NĐ-CP
            68/2020/QH14|Luật|Quốc hội|2020-11-13|2021-07-01|Luật Cư trú|
            06/2022/QH15|Luật|Quốc hội|2022-06-15|2024-01-01|Luật Thi đua, khen thưởng|
            54/2019/NĐ-CP|Nghị định|Chính phủ|2019-06-19||Quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường|
            02/2016/QH14|Luật|Quốc hội|2016-11-18|2018-01-01|Luật Tín ngưỡng, tôn giáo|
            35/2013/QH13|Luật|Quốc hội|2013-06-20|2014-01-01|Luật Hòa giải ở cơ sở|
            02/2011/QH13|Luật|Quốc hội|2011-11-11|2012-07-01|Luật Khiếu nại|
            43/2019/QH14|Luật|Quốc hội|2019-06-14|2020-07-01|Luật Giáo dục|
            52/2010/QH12|Luật|Quốc hội|2010-06-17|2011-01-01|Luật Nuôi con nuôi|
            28/2009/QH12|Luật|Quốc hội|2009-06-17|2010-07-01|Luật Lý lịch tư pháp|

            148/2020/NĐ-CP|Nghị định|Chính phủ|2020-12-18||Sửa đổi, bổ sung một số nghị định quy định chi tiết Luật Đất đai|
            62/2020/QH14|Luật|Quốc hội|2020-06-17|2021-01-01|Luật sửa đổi, bổ sung một số điều của Luật Xây dựng|
            23/2012/QH13|Luật|Quốc hội|2012-11-20|2013-07-01|Luật Hợp tác xã|
            193/2013/NĐ-CP|Nghị định|Chính phủ|2013-11-21||Quy định chi tiết một số điều của Luật Hợp tác xã|
            02/2020/UBTVQH14|Pháp lệnh|Ủy ban Thường vụ Quốc hội|2020-12-09|2021-07-01|Pháp lệnh Ưu đãi người có công với cách mạng|
            131/2021/NĐ-CP|Nghị định|Chính phủ|2021-12-30||Quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng|
            46/2017/NĐ-CP|Nghị định|Chính phủ|2017-04-21||Quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục|
            105/2020/NĐ-CP|Nghị định|Chính phủ|2020-09-08||Quy định chính sách phát triển giáo dục mầm non|
            110/2018/NĐ-CP|Nghị định|Chính phủ|2018-08-29||Quy định về quản lý và tổ chức lễ hội|
            86/2023/NĐ-CP|Nghị định|Chính phủ|2023-12-07||Quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”, “Xã, phường, thị trấn tiêu biểu”|
            77/2006/QH11|Luật|Quốc hội|2006-11-29|2007-07-01|Luật Thể dục, thể thao|
            46/2019/QH14|Luật|Quốc hội|2019-11-21|2020-07-01|Luật Thư viện|
            162/2017/NĐ-CP|Nghị định|Chính phủ|2017-12-30||Quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo|
            98/2023/NĐ-CP|Nghị định|Chính phủ|2023-12-31||Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng|
            15/2014/NĐ-CP|Nghị định|Chính phủ|2014-02-27||Quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở|
            25/2018/QH14|Luật|Quốc hội|2018-06-12|2019-01-01|Luật Tố cáo|
            124/2020/NĐ-CP|Nghị định|Chính phủ|2020-10-19||Quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại|
            42/2013/QH13|Luật|Quốc hội|2013-11-25|2014-07-01|Luật Tiếp công dân|
            105/2017/NĐ-CP|Nghị định|Chính phủ|2017-09-14||Về kinh doanh rượu|
            67/2013/NĐ-CP|Nghị định|Chính phủ|2013-06-27||Quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá|
            19/2011/NĐ-CP|Nghị định|Chính phủ|2011-03-21||Quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi|
            62/2021/NĐ-CP|Nghị định|Chính phủ|2021-06-29||Quy định chi tiết một số điều của Luật Cư trú|
            07/2021/NĐ-CP|Nghị định|Chính phủ|2021-01-27||Quy định chuẩn nghèo đa chiều giai đoạn 2021–2025|
            51/2010/QH12|Luật|Quốc hội|2010-06-17|2011-01-01|Luật Người khuyết tật|
            28/2012/NĐ-CP|Nghị định|Chính phủ|2012-04-10||Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật|
            """;

    /**
     * The procedures, by field. A field line: @name|file|tags|legal basis|applicants|commune officer|
     * district office|provincial agency. A procedure line: level (x commune, h district, t province)|
     * title|processing time|fees|result|papers (name#originals#copies;…)|conditions|legal basis if not
     * the field's. Written for this benchmark from the general shape of the national catalogue.
     */
    static final String PROCEDURE_TABLE = """
            @Hộ tịch|ho-tich|hộ tịch, một cửa|60/2014/QH13, 123/2015/NĐ-CP, 04/2020/TT-BTP|Cá nhân có yêu cầu đăng ký hộ tịch|tư pháp – hộ tịch|Phòng Tư pháp|
            x|Đăng ký khai sinh|Ngay trong ngày làm việc|Miễn lệ phí đối với đăng ký khai sinh đúng hạn|Giấy khai sinh (bản chính, bản điện tử)|Tờ khai đăng ký khai sinh theo mẫu#1#0;Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp#1#0|Đăng ký trong thời hạn 60 ngày kể từ ngày sinh; người đi đăng ký xuất trình giấy tờ tùy thân.|
            x|Đăng ký kết hôn|Ngay trong ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc|Miễn lệ phí|Giấy chứng nhận kết hôn (02 bản chính)|Tờ khai đăng ký kết hôn theo mẫu#1#0;Giấy xác nhận tình trạng hôn nhân, nếu bên nam hoặc bên nữ không cư trú tại xã nơi đăng ký#1#0|Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định; hai bên cùng có mặt khi nhận Giấy chứng nhận kết hôn.|60/2014/QH13, 52/2014/QH13, 123/2015/NĐ-CP
            x|Đăng ký khai tử|Ngay trong ngày làm việc|Miễn lệ phí đối với đăng ký khai tử đúng hạn|Trích lục khai tử (bản chính)|Tờ khai đăng ký khai tử theo mẫu#1#0;Giấy báo tử hoặc giấy tờ thay thế giấy báo tử#1#0|Người thân thích của người chết đi đăng ký trong thời hạn 15 ngày kể từ ngày có người chết.|
            x|Cấp bản sao trích lục hộ tịch|Ngay trong ngày làm việc|8.000 đồng/bản sao|Bản sao trích lục hộ tịch|Tờ khai cấp bản sao trích lục hộ tịch theo mẫu#1#0||
            x|Cấp Giấy xác nhận tình trạng hôn nhân|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Giấy xác nhận tình trạng hôn nhân|Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu#1#0;Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ, chồng, đối với người đã từng kết hôn#0#1|Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp.|
            x|Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi|Ngay trong ngày đối với đăng ký khai sinh; toàn bộ không quá 10 ngày làm việc|Miễn lệ phí|Giấy khai sinh, thông báo đăng ký thường trú và thẻ bảo hiểm y tế của trẻ|Tờ khai đăng ký khai sinh theo mẫu#1#0;Giấy chứng sinh#1#0;Tờ khai tham gia bảo hiểm y tế theo mẫu#1#0||
            x|Đăng ký khai sinh lưu động|Trong ngày đăng ký tại địa điểm lưu động|Miễn lệ phí|Giấy khai sinh (bản chính)|Tờ khai đăng ký khai sinh theo mẫu#1#0;Giấy chứng sinh hoặc văn bản của người làm chứng#1#0|Áp dụng khi trẻ sinh ra ở nơi xa trụ sở, người đi đăng ký là người cao tuổi, người khuyết tật hoặc có lý do khách quan không thể đến UBND xã.|
            x|Đăng ký kết hôn lưu động|Trong ngày đăng ký tại địa điểm lưu động|Miễn lệ phí|Giấy chứng nhận kết hôn (02 bản chính)|Tờ khai đăng ký kết hôn theo mẫu#1#0|Áp dụng khi một hoặc hai bên là người khuyết tật, ốm bệnh nặng không thể đến trụ sở UBND xã.|
            x|Đăng ký nhận cha, mẹ, con|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/việc|Trích lục đăng ký nhận cha, mẹ, con|Tờ khai đăng ký nhận cha, mẹ, con theo mẫu#1#0;Văn bản của cơ sở y tế hoặc cơ quan giám định xác nhận quan hệ huyết thống#1#0|Các bên còn sống và không có tranh chấp; người nhận và người được nhận cùng có mặt khi đăng ký.|
            x|Đăng ký giám hộ|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Trích lục đăng ký giám hộ|Tờ khai đăng ký giám hộ theo mẫu#1#0;Văn bản cử người giám hộ#1#0||
            x|Đăng ký chấm dứt giám hộ|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Trích lục đăng ký chấm dứt giám hộ|Tờ khai đăng ký chấm dứt giám hộ theo mẫu#1#0;Giấy tờ chứng minh đủ điều kiện chấm dứt giám hộ#0#1||
            x|Thay đổi, cải chính, bổ sung thông tin hộ tịch|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/việc|Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch|Tờ khai theo mẫu#1#0;Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch#0#1|Người chưa thành niên phải được cha, mẹ hoặc người giám hộ đồng ý.|
            x|Đăng ký lại khai sinh|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Giấy khai sinh (bản chính)|Tờ khai đăng ký lại khai sinh theo mẫu#1#0;Bản sao giấy khai sinh hoặc giấy tờ có thông tin về khai sinh#0#1|Việc khai sinh đã được đăng ký nhưng sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.|
            x|Đăng ký lại kết hôn|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Giấy chứng nhận kết hôn (bản chính)|Tờ khai đăng ký lại kết hôn theo mẫu#1#0;Bản sao giấy chứng nhận kết hôn được cấp trước đây, nếu có#0#1||
            x|Đăng ký lại khai tử|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Trích lục khai tử (bản chính)|Tờ khai đăng ký lại khai tử theo mẫu#1#0;Bản sao giấy chứng tử hoặc giấy tờ liên quan#0#1||
            h|Đăng ký khai sinh có yếu tố nước ngoài|Ngay trong ngày làm việc|75.000 đồng/việc|Giấy khai sinh (bản chính)|Tờ khai đăng ký khai sinh theo mẫu#1#0;Giấy chứng sinh#1#0;Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con#1#0||
            h|Đăng ký kết hôn có yếu tố nước ngoài|15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|1.000.000 đồng/việc|Giấy chứng nhận kết hôn (02 bản chính)|Tờ khai đăng ký kết hôn theo mẫu#1#0;Giấy xác nhận tình trạng hôn nhân hoặc giấy tờ tương đương do cơ quan có thẩm quyền nước ngoài cấp#1#0;Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần#1#0;Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu#0#1||60/2014/QH13, 52/2014/QH13, 123/2015/NĐ-CP
            h|Đăng ký khai tử có yếu tố nước ngoài|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|75.000 đồng/việc|Trích lục khai tử (bản chính)|Tờ khai đăng ký khai tử theo mẫu#1#0;Giấy báo tử hoặc giấy tờ thay thế giấy báo tử#1#0||
            h|Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|28.000 đồng/việc|Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch|Tờ khai theo mẫu#1#0;Giấy tờ làm căn cứ cho việc thay đổi, cải chính, xác định lại dân tộc#0#1||
            h|Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|75.000 đồng/việc|Trích lục ghi chú kết hôn|Tờ khai ghi chú kết hôn theo mẫu#1#0;Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp, đã hợp pháp hóa lãnh sự#0#1||
            h|Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|75.000 đồng/việc|Trích lục ghi chú ly hôn|Tờ khai ghi chú ly hôn theo mẫu#1#0;Bản sao bản án, quyết định ly hôn đã có hiệu lực pháp luật, đã hợp pháp hóa lãnh sự#0#1||
            @Chứng thực|chung-thuc|chứng thực, một cửa|23/2015/NĐ-CP, 01/2020/TT-BTP|Cá nhân, tổ chức có yêu cầu chứng thực|tư pháp – hộ tịch|Phòng Tư pháp|
            x|Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận|Trong ngày tiếp nhận yêu cầu; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo|2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản|Bản sao được chứng thực từ bản chính|Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao#1#0;Bản sao cần chứng thực#0#1|Bản chính không bị tẩy xóa, sửa chữa, làm giả và còn thời hạn sử dụng.|
            x|Chứng thực chữ ký trong các giấy tờ, văn bản|Trong ngày tiếp nhận yêu cầu|10.000 đồng/trường hợp|Giấy tờ, văn bản đã được chứng thực chữ ký|Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực#1#0;Giấy tờ, văn bản sẽ ký#1#0|Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực.|
            x|Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|50.000 đồng/hợp đồng, giao dịch|Hợp đồng, giao dịch đã được chứng thực|Dự thảo hợp đồng, giao dịch#1#0;Giấy tờ tùy thân của người yêu cầu chứng thực#0#1;Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản#0#1||
            x|Chứng thực hợp đồng, giao dịch liên quan đến thực hiện quyền của người sử dụng đất, nhà ở|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|50.000 đồng/hợp đồng, giao dịch|Hợp đồng, giao dịch đã được chứng thực|Dự thảo hợp đồng, giao dịch#1#0;Giấy tờ tùy thân của các bên#0#1;Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở#0#1|Tài sản không có tranh chấp, không bị kê biên để bảo đảm thi hành án.|
            x|Chứng thực di chúc|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|50.000 đồng/di chúc|Di chúc đã được chứng thực|Dự thảo di chúc#1#0;Giấy tờ tùy thân của người lập di chúc#0#1;Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản, nếu di chúc liên quan đến tài sản phải đăng ký#0#1|Người lập di chúc phải tự mình yêu cầu chứng thực, không ủy quyền cho người khác.|
            x|Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|50.000 đồng/văn bản|Văn bản thỏa thuận phân chia di sản đã được chứng thực|Dự thảo văn bản thỏa thuận phân chia di sản#1#0;Giấy tờ chứng minh người để lại di sản đã chết#0#1;Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản#0#1||
            x|Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|50.000 đồng/văn bản|Văn bản khai nhận di sản đã được chứng thực|Dự thảo văn bản khai nhận di sản#1#0;Giấy chứng tử của người để lại di sản#0#1;Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản#0#1||
            x|Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|30.000 đồng/hợp đồng, giao dịch|Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch đã được chứng thực|Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch#1#0;Hợp đồng, giao dịch đã được chứng thực trước đó#1#0||
            x|Sửa lỗi sai sót trong hợp đồng, giao dịch|Trong ngày tiếp nhận yêu cầu|25.000 đồng/hợp đồng, giao dịch|Hợp đồng, giao dịch đã được sửa lỗi sai sót|Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót#1#0|Chỉ sửa lỗi kỹ thuật về chính tả, số liệu, không làm thay đổi nội dung hợp đồng, giao dịch.|
            x|Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực|02 ngày làm việc kể từ ngày nhận yêu cầu|2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang|Bản sao có chứng thực của hợp đồng, giao dịch|Phiếu yêu cầu cấp bản sao#1#0;Giấy tờ tùy thân của người yêu cầu#0#1||
            h|Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận|Trong ngày tiếp nhận yêu cầu; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo|2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản|Bản sao được chứng thực từ bản chính|Bản chính giấy tờ, văn bản đã được hợp pháp hóa lãnh sự#1#0;Bản sao cần chứng thực#0#1||
            h|Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp|Trong ngày tiếp nhận yêu cầu|10.000 đồng/trường hợp|Bản dịch đã được chứng thực chữ ký người dịch|Bản dịch đính kèm giấy tờ, văn bản cần dịch#1#0||
            h|Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật|Trong ngày tiếp nhận yêu cầu|10.000 đồng/trường hợp|Bản dịch đã được chứng thực chữ ký người dịch|Bản dịch đính kèm giấy tờ, văn bản cần dịch#1#0;Bản sao bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch#0#1;Giấy tờ tùy thân của người dịch#0#1||
            @Đất đai|dat-dai|đất đai, một cửa|45/2013/QH13, 43/2014/NĐ-CP, 148/2020/NĐ-CP|Hộ gia đình, cá nhân, cộng đồng dân cư sử dụng đất|địa chính – xây dựng|Phòng Tài nguyên và Môi trường|Văn phòng Đăng ký đất đai tỉnh (Chi nhánh huyện An Khánh)
            h|Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu|Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian thực hiện nghĩa vụ tài chính|Lệ phí cấp Giấy chứng nhận theo nghị quyết của HĐND tỉnh|Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất|Đơn đăng ký, cấp Giấy chứng nhận theo mẫu#1#0;Giấy tờ về quyền sử dụng đất, nếu có#0#1;Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về miễn, giảm nghĩa vụ tài chính, nếu có#0#1|Đất sử dụng ổn định, không có tranh chấp, phù hợp với quy hoạch sử dụng đất đã được phê duyệt.|
            h|Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân|Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian thực hiện nghĩa vụ tài chính|Theo nghị quyết của HĐND tỉnh|Quyết định cho phép chuyển mục đích sử dụng đất|Đơn xin chuyển mục đích sử dụng đất theo mẫu#1#0;Giấy chứng nhận quyền sử dụng đất#1#0|Phù hợp với kế hoạch sử dụng đất hằng năm của huyện đã được phê duyệt.|
            t|Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển đổi, chuyển nhượng, thừa kế, tặng cho|Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo nghị quyết của HĐND tỉnh|Giấy chứng nhận đã được xác nhận thay đổi hoặc Giấy chứng nhận mới|Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu#1#0;Hợp đồng, văn bản về chuyển đổi, chuyển nhượng, thừa kế, tặng cho đã được công chứng hoặc chứng thực#1#0;Bản gốc Giấy chứng nhận đã cấp#1#0||
            t|Tách thửa hoặc hợp thửa đất|Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo nghị quyết của HĐND tỉnh|Giấy chứng nhận quyền sử dụng đất cho thửa đất mới|Đơn đề nghị tách thửa hoặc hợp thửa theo mẫu#1#0;Bản gốc Giấy chứng nhận đã cấp#1#0|Thửa đất sau khi tách bảo đảm diện tích tối thiểu theo quy định của UBND tỉnh.|
            t|Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất|Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo nghị quyết của HĐND tỉnh|Giấy chứng nhận mới|Đơn đề nghị cấp đổi Giấy chứng nhận theo mẫu#1#0;Bản gốc Giấy chứng nhận đã cấp#1#0||
            t|Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất|Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo nghị quyết của HĐND tỉnh|Giấy chứng nhận được cấp lại|Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu#1#0;Giấy xác nhận của UBND xã về việc đã niêm yết thông báo mất giấy trong 15 ngày#1#0||
            t|Đính chính Giấy chứng nhận đã cấp|Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy chứng nhận đã được đính chính|Đơn đề nghị đính chính Giấy chứng nhận#1#0;Bản gốc Giấy chứng nhận đã cấp#1#0||
            x|Hòa giải tranh chấp đất đai|Không quá 45 ngày kể từ ngày nhận được đơn|Không|Biên bản hòa giải thành hoặc hòa giải không thành|Đơn yêu cầu hòa giải tranh chấp đất đai#1#0;Giấy tờ có liên quan đến thửa đất tranh chấp, nếu có#0#1||
            h|Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch UBND cấp huyện|Không quá 45 ngày kể từ ngày thụ lý|Không|Quyết định giải quyết tranh chấp đất đai|Đơn yêu cầu giải quyết tranh chấp đất đai#1#0;Biên bản hòa giải tại UBND xã#0#1;Giấy tờ, tài liệu làm chứng cứ chứng minh#0#1|Tranh chấp đã được hòa giải tại UBND xã nhưng không thành.|
            h|Giao đất, cho thuê đất cho hộ gia đình, cá nhân không thông qua đấu giá quyền sử dụng đất|Không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Theo nghị quyết của HĐND tỉnh|Quyết định giao đất, cho thuê đất|Đơn xin giao đất, cho thuê đất theo mẫu#1#0;Trích lục bản đồ địa chính thửa đất#1#0||
            @Hoạt động xây dựng|xay-dung|xây dựng, một cửa|50/2014/QH13, 62/2020/QH14, 15/2021/NĐ-CP|Hộ gia đình, cá nhân là chủ đầu tư xây dựng|địa chính – xây dựng|Phòng Kinh tế và Hạ tầng|
            h|Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ|15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|75.000 đồng/giấy phép|Giấy phép xây dựng|Đơn đề nghị cấp giấy phép xây dựng theo mẫu#1#0;Giấy tờ hợp pháp về quyền sử dụng đất#0#1;Bản vẽ thiết kế xây dựng#2#0|Phù hợp với quy hoạch chi tiết xây dựng và quy chế quản lý kiến trúc đã được phê duyệt.|
            h|Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ|15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|75.000 đồng/giấy phép|Giấy phép sửa chữa, cải tạo|Đơn đề nghị cấp giấy phép sửa chữa, cải tạo theo mẫu#1#0;Giấy tờ hợp pháp về quyền sở hữu công trình#0#1;Ảnh chụp hiện trạng công trình#1#0||
            h|Cấp giấy phép di dời đối với nhà ở riêng lẻ|15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|75.000 đồng/giấy phép|Giấy phép di dời công trình|Đơn đề nghị cấp giấy phép di dời theo mẫu#1#0;Giấy tờ hợp pháp về quyền sử dụng đất nơi công trình sẽ di dời đến#0#1;Phương án di dời#1#0||
            h|Cấp điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ|15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/giấy phép|Giấy phép xây dựng điều chỉnh|Đơn đề nghị điều chỉnh giấy phép xây dựng theo mẫu#1#0;Bản chính giấy phép xây dựng đã được cấp#1#0;Bản vẽ thiết kế điều chỉnh#2#0||
            h|Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/giấy phép|Giấy phép xây dựng được gia hạn|Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu#1#0;Bản chính giấy phép xây dựng đã được cấp#1#0|Gia hạn tối đa 02 lần, mỗi lần 12 tháng.|
            h|Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/giấy phép|Giấy phép xây dựng được cấp lại|Đơn đề nghị cấp lại giấy phép xây dựng theo mẫu#1#0;Bản chính giấy phép xây dựng bị rách, nát, nếu có#1#0||
            h|Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV không theo tuyến|20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|150.000 đồng/giấy phép|Giấy phép xây dựng|Đơn đề nghị cấp giấy phép xây dựng theo mẫu#1#0;Giấy tờ hợp pháp về quyền sử dụng đất#0#1;Quyết định phê duyệt dự án và văn bản thông báo kết quả thẩm định thiết kế#0#1;Bản vẽ thiết kế xây dựng#2#0||
            h|Thẩm định Báo cáo kinh tế – kỹ thuật đầu tư xây dựng|Không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Theo quy định của Bộ Tài chính|Văn bản thông báo kết quả thẩm định|Tờ trình thẩm định theo mẫu#1#0;Báo cáo kinh tế – kỹ thuật đầu tư xây dựng#1#0;Hồ sơ khảo sát xây dựng#0#1||
            @Thành lập và hoạt động của hộ kinh doanh|ho-kinh-doanh|đăng ký kinh doanh, doanh nghiệp|01/2021/NĐ-CP|Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ|tài chính – kế toán|Phòng Tài chính – Kế hoạch|
            h|Đăng ký thành lập hộ kinh doanh|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|100.000 đồng/lần; nộp trực tuyến được miễn|Giấy chứng nhận đăng ký hộ kinh doanh|Giấy đề nghị đăng ký hộ kinh doanh theo mẫu#1#0;Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh, nếu các thành viên cùng đăng ký#1#0;Văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh, nếu có#1#0|Tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trên địa bàn huyện.|
            h|Đăng ký thay đổi nội dung đăng ký hộ kinh doanh|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|100.000 đồng/lần; nộp trực tuyến được miễn|Giấy chứng nhận đăng ký hộ kinh doanh đã thay đổi|Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu#1#0;Biên bản họp thành viên hộ gia đình về việc thay đổi, nếu có#1#0||
            h|Tạm ngừng hoạt động hộ kinh doanh|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh|Thông báo về việc tạm ngừng kinh doanh theo mẫu#1#0|Thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh.|
            h|Chấm dứt hoạt động hộ kinh doanh|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Thông báo về việc chấm dứt hoạt động hộ kinh doanh|Thông báo về việc chấm dứt hoạt động hộ kinh doanh theo mẫu#1#0;Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế#1#0||
            h|Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|100.000 đồng/lần|Giấy chứng nhận đăng ký hộ kinh doanh được cấp lại|Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh#1#0||
            @Thành lập và hoạt động của hợp tác xã|hop-tac-xa|doanh nghiệp, đầu tư|23/2012/QH13, 193/2013/NĐ-CP|Cá nhân, hộ gia đình, pháp nhân là thành viên sáng lập hợp tác xã|tài chính – kế toán|Phòng Tài chính – Kế hoạch|
            h|Đăng ký thành lập hợp tác xã|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|100.000 đồng/lần|Giấy chứng nhận đăng ký hợp tác xã|Giấy đề nghị đăng ký hợp tác xã#1#0;Điều lệ hợp tác xã#1#0;Phương án sản xuất, kinh doanh#1#0;Danh sách thành viên, hội đồng quản trị, giám đốc, ban kiểm soát#1#0;Nghị quyết hội nghị thành lập#1#0||
            h|Đăng ký thay đổi tên, địa chỉ trụ sở chính, ngành nghề, vốn điều lệ của hợp tác xã|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|100.000 đồng/lần|Giấy chứng nhận đăng ký hợp tác xã đã thay đổi|Giấy đề nghị đăng ký thay đổi#1#0;Nghị quyết của đại hội thành viên về việc thay đổi#1#0||
            h|Giải thể tự nguyện hợp tác xã|Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Thông báo về việc giải thể hợp tác xã|Nghị quyết của đại hội thành viên về việc giải thể tự nguyện#1#0;Giấy chứng nhận đăng ký hợp tác xã#1#0||
            h|Đăng ký thành lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|100.000 đồng/lần|Giấy chứng nhận đăng ký chi nhánh, văn phòng đại diện|Thông báo về việc lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh#1#0;Nghị quyết của hội đồng quản trị#1#0||
            @Bảo trợ xã hội|bao-tro-xa-hoi|lao động – thương binh và xã hội, người cao tuổi|20/2021/NĐ-CP|Đối tượng bảo trợ xã hội hoặc người giám hộ|văn hóa – xã hội|Phòng Lao động – Thương binh và Xã hội|Sở Lao động – Thương binh và Xã hội tỉnh
            h|Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng|22 ngày làm việc kể từ ngày UBND xã nhận đủ hồ sơ|Không|Quyết định của Chủ tịch UBND huyện về việc hưởng, điều chỉnh hoặc thôi hưởng trợ cấp xã hội hằng tháng|Tờ khai đề nghị trợ giúp xã hội theo mẫu#1#0;Giấy xác nhận khuyết tật, đối với người khuyết tật#0#1|Thuộc đối tượng hưởng trợ cấp xã hội hằng tháng; hồ sơ được Hội đồng xét duyệt của xã xem xét và niêm yết công khai.|
            h|Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định hỗ trợ chi phí mai táng|Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu#1#0;Giấy báo tử hoặc trích lục khai tử#0#1||
            x|Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định hỗ trợ của Chủ tịch UBND xã|Tờ khai đề nghị hỗ trợ về nhà ở theo mẫu#1#0|Nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do thiên tai, hỏa hoạn mà không còn nơi ở.|
            x|Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật|30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy xác nhận khuyết tật|Đơn đề nghị xác định mức độ khuyết tật theo mẫu#1#0;Bản sao các giấy tờ liên quan đến khuyết tật, nếu có#0#1||51/2010/QH12, 28/2012/NĐ-CP
            x|Đổi, cấp lại Giấy xác nhận khuyết tật|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy xác nhận khuyết tật được đổi hoặc cấp lại|Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu#1#0||51/2010/QH12, 28/2012/NĐ-CP
            x|Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm|10 ngày làm việc kể từ ngày nhận được giấy đề nghị|Không|Giấy chứng nhận hộ nghèo, hộ cận nghèo|Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo theo mẫu#1#0||07/2021/NĐ-CP
            x|Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm|10 ngày làm việc kể từ ngày nhận được giấy đề nghị|Không|Quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo|Giấy đề nghị xét duyệt hộ thoát nghèo, hộ thoát cận nghèo theo mẫu#1#0||07/2021/NĐ-CP
            t|Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh|Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định tiếp nhận vào cơ sở trợ giúp xã hội|Tờ khai đề nghị trợ giúp xã hội theo mẫu#1#0;Bản sao giấy khai sinh đối với trẻ em#0#1;Giấy xác nhận khuyết tật, nếu có#0#1||
            @Người có công|nguoi-co-cong|lao động – thương binh và xã hội|02/2020/UBTVQH14, 131/2021/NĐ-CP|Người có công với cách mạng và thân nhân|văn hóa – xã hội|Phòng Lao động – Thương binh và Xã hội|
            h|Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy giới thiệu đi thăm viếng mộ liệt sĩ|Đơn đề nghị theo mẫu#1#0||
            h|Giải quyết chế độ trợ cấp thờ cúng liệt sĩ|12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định trợ cấp thờ cúng liệt sĩ|Đơn đề nghị hưởng trợ cấp thờ cúng liệt sĩ theo mẫu#1#0;Biên bản ủy quyền của thân nhân liệt sĩ, nếu có#1#0||
            h|Hưởng mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần|12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định trợ cấp mai táng phí và trợ cấp một lần|Tờ khai của thân nhân theo mẫu#1#0;Trích lục khai tử#0#1||
            h|Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp, dụng cụ chỉnh hình|10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy giới thiệu và kinh phí hỗ trợ|Đơn đề nghị theo mẫu#1#0;Chỉ định của cơ sở y tế về việc sử dụng phương tiện, dụng cụ#0#1||
            x|Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ|05 ngày làm việc kể từ ngày nhận đơn|Không|Đơn đề nghị đã được xác nhận|Đơn đề nghị di chuyển hài cốt liệt sĩ theo mẫu#1#0||
            @Giáo dục và Đào tạo|giao-duc|thủ tục hành chính, một cửa|43/2019/QH14, 46/2017/NĐ-CP|Cha mẹ học sinh, tổ chức, cá nhân|văn hóa – xã hội|Phòng Giáo dục và Đào tạo|
            h|Chuyển trường đối với học sinh trung học cơ sở|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Giấy giới thiệu chuyển trường|Đơn xin chuyển trường của cha mẹ học sinh#1#0;Học bạ#1#0;Giấy giới thiệu chuyển trường do hiệu trưởng trường nơi đi cấp#1#0||
            h|Chuyển trường đối với học sinh tiểu học|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Văn bản đồng ý tiếp nhận học sinh|Đơn đề nghị chuyển trường của cha mẹ học sinh#1#0;Học bạ#1#0||
            h|Thành lập trường mầm non tư thục|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định cho phép thành lập trường mầm non|Tờ trình đề nghị thành lập trường#1#0;Đề án thành lập trường#1#0;Văn bản chứng minh quyền sử dụng đất, nhà ở hợp pháp#0#1|Có đề án thành lập phù hợp với quy hoạch mạng lưới cơ sở giáo dục mầm non của huyện.|
            h|Cho phép trường mầm non hoạt động giáo dục|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định cho phép hoạt động giáo dục|Tờ trình đề nghị cho phép hoạt động giáo dục#1#0;Danh sách đội ngũ cán bộ quản lý, giáo viên#1#0;Danh mục thiết bị, đồ chơi#1#0||
            x|Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định cho phép hoạt động giáo dục|Tờ trình đề nghị cho phép hoạt động#1#0;Bản sao văn bằng, chứng chỉ của giáo viên#0#1||
            h|Hỗ trợ ăn trưa đối với trẻ em mẫu giáo|Trong tháng 9 hằng năm, theo kế hoạch của nhà trường|Không|Quyết định phê duyệt danh sách trẻ em được hỗ trợ|Đơn đề nghị hỗ trợ tiền ăn trưa theo mẫu#1#0;Giấy chứng nhận hộ nghèo, hộ cận nghèo, nếu có#0#1||105/2020/NĐ-CP
            h|Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú|Trong tháng 9 hằng năm|Không|Quyết định phê duyệt danh sách học sinh được hưởng chính sách|Đơn đề nghị hưởng chính sách của cha mẹ học sinh#1#0||
            h|Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ|Không quá 30 ngày kể từ ngày nhận đủ hồ sơ|Không|Quyết định công nhận xã đạt chuẩn|Tờ trình đề nghị kiểm tra công nhận#1#0;Báo cáo quá trình thực hiện và kết quả phổ cập giáo dục, xóa mù chữ#1#0||
            @Văn hóa|van-hoa|thủ tục hành chính|54/2019/NĐ-CP|Tổ chức, cá nhân|văn hóa – xã hội|Phòng Văn hóa và Thông tin|
            h|Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|2.000.000 đồng/giấy phép đối với cơ sở có từ 01 đến 03 phòng|Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke|Đơn đề nghị cấp giấy phép theo mẫu#1#0;Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh#0#1|Phòng hát có diện tích sử dụng từ 20 m² trở lên và bảo đảm điều kiện phòng cháy, chữa cháy.|
            h|Cấp giấy phép điều chỉnh giấy phép đủ điều kiện kinh doanh dịch vụ karaoke|04 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|500.000 đồng/giấy phép|Giấy phép điều chỉnh|Đơn đề nghị điều chỉnh giấy phép theo mẫu#1#0||
            h|Đăng ký tổ chức lễ hội cấp huyện|15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Văn bản chấp thuận đăng ký tổ chức lễ hội|Văn bản đăng ký tổ chức lễ hội#1#0;Kế hoạch tổ chức lễ hội#1#0||110/2018/NĐ-CP
            x|Thông báo tổ chức lễ hội cấp xã|05 ngày làm việc kể từ ngày nhận thông báo|Không|Văn bản trả lời, nếu không đồng ý|Văn bản thông báo tổ chức lễ hội#1#0||110/2018/NĐ-CP
            x|Xét tặng danh hiệu “Gia đình văn hóa” hằng năm|Trong tháng 12 hằng năm|Không|Giấy khen của Chủ tịch UBND xã kèm danh hiệu “Gia đình văn hóa”|Danh sách đề nghị của trưởng thôn, khu phố#1#0;Biên bản họp bình xét#1#0||86/2023/NĐ-CP
            h|Xét tặng danh hiệu “Thôn, tổ dân phố văn hóa”|Trong quý IV hằng năm|Không|Quyết định công nhận và Giấy khen của Chủ tịch UBND huyện|Tờ trình đề nghị của UBND xã#1#0;Báo cáo thành tích xây dựng thôn, tổ dân phố văn hóa#1#0;Biên bản họp bình xét#1#0||86/2023/NĐ-CP
            x|Công nhận câu lạc bộ thể thao cơ sở|07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định công nhận câu lạc bộ thể thao cơ sở|Đơn đề nghị thành lập câu lạc bộ#1#0;Danh sách hội viên và người phụ trách#1#0;Quy chế hoạt động của câu lạc bộ#1#0||77/2006/QH11
            x|Thông báo thành lập thư viện đối với thư viện cộng đồng|05 ngày làm việc kể từ ngày nhận thông báo|Không|Văn bản xác nhận đã nhận thông báo|Văn bản thông báo thành lập thư viện#1#0;Danh mục tài nguyên thông tin#1#0||46/2019/QH14
            @Tín ngưỡng, tôn giáo|ton-giao|thủ tục hành chính|02/2016/QH14, 162/2017/NĐ-CP|Người đại diện cơ sở tín ngưỡng, tổ chức tôn giáo|văn hóa – xã hội|Phòng Nội vụ|
            x|Đăng ký hoạt động tín ngưỡng|15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Văn bản chấp thuận hoặc không chấp thuận|Văn bản đăng ký theo mẫu#1#0;Bản tóm tắt nguồn gốc, lịch sử của cơ sở tín ngưỡng#1#0||
            x|Đăng ký sinh hoạt tôn giáo tập trung|20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Văn bản chấp thuận|Văn bản đăng ký theo mẫu#1#0;Văn bản tóm tắt giáo lý, giáo luật, lễ nghi#1#0;Danh sách những người tham gia sinh hoạt tôn giáo tập trung#1#0||
            x|Thông báo danh mục hoạt động tín ngưỡng bổ sung|Không quá 15 ngày kể từ ngày nhận thông báo|Không|Văn bản xác nhận đã nhận thông báo|Văn bản thông báo danh mục hoạt động tín ngưỡng bổ sung#1#0||
            h|Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một huyện|Không quá 15 ngày kể từ ngày nhận thông báo|Không|Văn bản xác nhận đã nhận thông báo|Văn bản thông báo danh mục hoạt động tôn giáo#1#0||
            h|Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một huyện|Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Văn bản chấp thuận|Văn bản đề nghị theo mẫu#1#0;Chương trình tổ chức cuộc lễ#1#0||
            @Thi đua, khen thưởng|thi-dua-khen-thuong|thi đua khen thưởng, gương điển hình|06/2022/QH15, 98/2023/NĐ-CP|Cá nhân, tập thể có thành tích|văn phòng – thống kê|Phòng Nội vụ|
            h|Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thực hiện nhiệm vụ chính trị|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định khen thưởng và Giấy khen|Tờ trình đề nghị khen thưởng#1#0;Báo cáo thành tích của tập thể, cá nhân#1#0;Biên bản xét khen thưởng#1#0||
            h|Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thi đua theo đợt, chuyên đề|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định khen thưởng và Giấy khen|Tờ trình đề nghị khen thưởng#1#0;Báo cáo tóm tắt thành tích#1#0||
            h|Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích đột xuất|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định khen thưởng và Giấy khen|Tờ trình đề nghị khen thưởng#1#0;Báo cáo tóm tắt thành tích đột xuất#1#0||
            h|Tặng danh hiệu Lao động tiên tiến|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định công nhận danh hiệu Lao động tiên tiến|Tờ trình đề nghị#1#0;Biên bản họp bình xét thi đua#1#0;Danh sách cá nhân được đề nghị#1#0||
            x|Tặng Giấy khen của Chủ tịch UBND cấp xã về thành tích thực hiện nhiệm vụ chính trị|20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định khen thưởng và Giấy khen|Tờ trình đề nghị khen thưởng#1#0;Báo cáo thành tích#1#0||
            @Hòa giải ở cơ sở|hoa-giai|tiếp công dân|35/2013/QH13, 15/2014/NĐ-CP|Công dân Việt Nam thường trú tại cơ sở|tư pháp – hộ tịch|Phòng Tư pháp|
            x|Công nhận hòa giải viên|Không quá 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị|Không|Quyết định công nhận hòa giải viên|Văn bản đề nghị của Trưởng ban công tác Mặt trận thôn, khu phố#1#0;Biên bản bầu hòa giải viên#1#0||
            x|Thôi làm hòa giải viên|Không quá 03 ngày làm việc kể từ ngày nhận được văn bản đề nghị|Không|Quyết định thôi làm hòa giải viên|Văn bản đề nghị thôi làm hòa giải viên#1#0||
            x|Thanh toán thù lao cho hòa giải viên|Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Quyết định chi thù lao cho hòa giải viên|Giấy đề nghị thanh toán thù lao theo mẫu#1#0;Bản sao sổ theo dõi hoạt động hòa giải ở cơ sở#0#1||
            x|Công nhận tổ trưởng tổ hòa giải|Không quá 03 ngày làm việc kể từ ngày nhận được văn bản đề nghị|Không|Quyết định công nhận tổ trưởng tổ hòa giải|Văn bản đề nghị của Trưởng ban công tác Mặt trận#1#0;Biên bản bầu tổ trưởng tổ hòa giải#1#0||
            @Giải quyết khiếu nại, tố cáo|khieu-nai-to-cao|tiếp công dân, đối thoại|02/2011/QH13, 25/2018/QH14, 124/2020/NĐ-CP|Công dân, cơ quan, tổ chức|văn phòng – thống kê|Thanh tra huyện|
            h|Giải quyết khiếu nại lần đầu tại cấp huyện|Không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày|Không|Quyết định giải quyết khiếu nại lần đầu|Đơn khiếu nại hoặc văn bản ghi lời khiếu nại#1#0;Tài liệu, chứng cứ có liên quan#0#1||
            h|Giải quyết khiếu nại lần hai tại cấp huyện|Không quá 45 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 60 ngày|Không|Quyết định giải quyết khiếu nại lần hai|Đơn khiếu nại#1#0;Quyết định giải quyết khiếu nại lần đầu#0#1;Tài liệu, chứng cứ có liên quan#0#1||
            x|Giải quyết khiếu nại lần đầu tại cấp xã|Không quá 30 ngày kể từ ngày thụ lý|Không|Quyết định giải quyết khiếu nại lần đầu|Đơn khiếu nại hoặc văn bản ghi lời khiếu nại#1#0;Tài liệu, chứng cứ có liên quan#0#1||
            x|Giải quyết tố cáo tại cấp xã|Không quá 30 ngày kể từ ngày thụ lý tố cáo|Không|Kết luận nội dung tố cáo|Đơn tố cáo hoặc văn bản ghi nội dung tố cáo#1#0;Thông tin, tài liệu, chứng cứ kèm theo#0#1||
            h|Tiếp công dân tại cấp huyện|Trong buổi tiếp công dân|Không|Văn bản trả lời hoặc hướng dẫn của người tiếp công dân|Đơn khiếu nại, tố cáo, kiến nghị, phản ánh, nếu có#1#0||42/2013/QH13
            @Lưu thông hàng hóa trong nước|luu-thong-hang-hoa|doanh nghiệp, đăng ký kinh doanh|105/2017/NĐ-CP|Thương nhân, hộ kinh doanh|tài chính – kế toán|Phòng Kinh tế và Hạ tầng|
            h|Cấp Giấy phép bán lẻ sản phẩm rượu|10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo quy định của Bộ Tài chính|Giấy phép bán lẻ sản phẩm rượu|Đơn đề nghị cấp giấy phép theo mẫu#1#0;Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh#0#1;Bản sao hợp đồng với thương nhân cung cấp rượu#0#1||
            h|Cấp lại Giấy phép bán lẻ sản phẩm rượu|07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo quy định của Bộ Tài chính|Giấy phép được cấp lại|Đơn đề nghị cấp lại giấy phép#1#0;Bản sao giấy phép đã được cấp, nếu có#0#1||
            h|Cấp Giấy phép bán lẻ sản phẩm thuốc lá|15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo quy định của Bộ Tài chính|Giấy phép bán lẻ sản phẩm thuốc lá|Đơn đề nghị cấp giấy phép#1#0;Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh#0#1;Bản sao văn bản giới thiệu của thương nhân bán buôn#0#1||67/2013/NĐ-CP
            h|Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh|15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Theo quy định của Bộ Tài chính|Giấy phép sản xuất rượu thủ công|Đơn đề nghị cấp giấy phép theo mẫu#1#0;Bản sao giấy chứng nhận đăng ký hộ kinh doanh#0#1;Bản công bố sản phẩm rượu#0#1||
            @Lý lịch tư pháp|ly-lich-tu-phap|một cửa, dịch vụ công trực tuyến|28/2009/QH12|Công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam|tư pháp – hộ tịch|Phòng Tư pháp|Sở Tư pháp tỉnh
            t|Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam|Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|200.000 đồng/lần; sinh viên, người có công với cách mạng 100.000 đồng/lần|Phiếu lý lịch tư pháp|Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu#1#0;Bản chụp giấy tờ tùy thân#0#1||
            t|Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng|Không quá 10 ngày kể từ ngày nhận văn bản yêu cầu|Không|Phiếu lý lịch tư pháp số 2|Văn bản yêu cầu cấp Phiếu lý lịch tư pháp#1#0||
            @Nuôi con nuôi|nuoi-con-nuoi|hộ tịch|52/2010/QH12, 19/2011/NĐ-CP|Người nhận con nuôi là công dân Việt Nam thường trú ở trong nước|tư pháp – hộ tịch|Phòng Tư pháp|
            x|Đăng ký việc nuôi con nuôi trong nước|30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ|400.000 đồng/trường hợp|Giấy chứng nhận nuôi con nuôi|Đơn xin nhận con nuôi theo mẫu#1#0;Phiếu lý lịch tư pháp của người nhận con nuôi#1#0;Văn bản xác nhận tình trạng sức khỏe của người nhận con nuôi#1#0;Giấy khai sinh của người được nhận làm con nuôi#0#1|Người nhận con nuôi hơn con nuôi từ 20 tuổi trở lên và có điều kiện về sức khỏe, kinh tế, chỗ ở bảo đảm việc chăm sóc, nuôi dưỡng con nuôi.|
            x|Đăng ký lại việc nuôi con nuôi trong nước|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Miễn lệ phí|Giấy chứng nhận nuôi con nuôi|Tờ khai đăng ký lại việc nuôi con nuôi theo mẫu#1#0;Bản sao Giấy chứng nhận nuôi con nuôi, nếu có#0#1||
            @Đăng ký, quản lý cư trú|cu-tru|căn cước, dữ liệu dân cư|68/2020/QH14, 62/2021/NĐ-CP|Công dân Việt Nam|công an|Công an huyện|
            x|Đăng ký thường trú|07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|20.000 đồng/lần; nộp trực tuyến 10.000 đồng/lần|Thông báo kết quả đăng ký thường trú và cập nhật vào Cơ sở dữ liệu về cư trú|Tờ khai thay đổi thông tin cư trú theo mẫu#1#0;Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp#0#1|Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình hoặc được chủ hộ, chủ sở hữu chỗ ở đồng ý cho đăng ký.|
            x|Đăng ký tạm trú|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/lần; nộp trực tuyến 7.000 đồng/lần|Thông báo kết quả đăng ký tạm trú|Tờ khai thay đổi thông tin cư trú theo mẫu#1#0;Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp#0#1||
            x|Gia hạn tạm trú|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|15.000 đồng/lần; nộp trực tuyến 7.000 đồng/lần|Thông báo kết quả gia hạn tạm trú|Tờ khai thay đổi thông tin cư trú theo mẫu#1#0||
            x|Xóa đăng ký thường trú|01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Thông báo về việc xóa đăng ký thường trú|Tờ khai thay đổi thông tin cư trú theo mẫu#1#0;Giấy tờ, tài liệu chứng minh thuộc trường hợp xóa đăng ký thường trú#0#1||
            x|Khai báo tạm vắng|01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Không|Thông tin khai báo tạm vắng được cập nhật vào Cơ sở dữ liệu về cư trú|Tờ khai thay đổi thông tin cư trú theo mẫu#1#0||
            """;

    /** Abolished procedures: field|level|title|processing time|result|papers. */
    static final String ABOLISHED_TABLE = """
            Đăng ký, quản lý cư trú|x|Cấp đổi sổ hộ khẩu|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Sổ hộ khẩu|Phiếu báo thay đổi hộ khẩu, nhân khẩu#1#0;Sổ hộ khẩu cũ#1#0
            Đăng ký, quản lý cư trú|x|Cấp lại sổ tạm trú|03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Sổ tạm trú|Phiếu báo thay đổi hộ khẩu, nhân khẩu#1#0
            Đăng ký, quản lý cư trú|x|Tách sổ hộ khẩu|05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Sổ hộ khẩu mới|Phiếu báo thay đổi hộ khẩu, nhân khẩu#1#0;Ý kiến đồng ý của chủ hộ#1#0
            Bảo trợ xã hội|x|Xác nhận đơn đề nghị cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi|02 ngày làm việc kể từ ngày nhận đơn|Đơn đề nghị đã được xác nhận|Đơn đề nghị cấp thẻ bảo hiểm y tế#1#0;Bản sao giấy khai sinh của trẻ#0#1
            Hộ tịch|x|Cấp giấy xác nhận nhân thân cho người đang cư trú tại địa phương|02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ|Giấy xác nhận nhân thân|Tờ khai đề nghị xác nhận nhân thân#1#0
            """;

    /** The TT slot of the articles, value by value: the procedure an article naming it links to. */
    static final String[] TT_TITLES = {
        "Đăng ký khai sinh",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
        "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu",
        "Đăng ký thành lập hộ kinh doanh",
        "Cấp bản sao trích lục hộ tịch",
        "Đăng ký kết hôn",
        "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
        "Cấp Giấy xác nhận tình trạng hôn nhân",
        "Đăng ký thường trú",
        "Đăng ký khai tử",
        "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân",
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển đổi, chuyển nhượng, thừa kế, tặng cho",
        "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng",
        "Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    };
    static final String[] PROCEDURE_LINKS = {
        "Thành phần hồ sơ, thời hạn và lệ phí của thủ tục được công khai tại trang [{T}]({U}) trong danh mục thủ tục hành chính.",
        "Bạn đọc xem chi tiết thủ tục [{T}]({U}) (mã {C}) trong danh mục thủ tục hành chính của huyện.",
        "Trình tự thực hiện và mẫu đơn, tờ khai của thủ tục [{T}]({U}) được đăng trong danh mục thủ tục hành chính.",
    };
    static final String[] PROCEDURE_NOTES = {
        "Khi nộp trực tuyến, người dân đăng nhập bằng tài khoản định danh điện tử VNeID mức độ 2; giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư thì không phải nộp lại.",
        "Người dân có thể tra cứu tình trạng hồ sơ bằng mã số in trên giấy tiếp nhận hoặc quét mã QR bằng điện thoại.",
        "Hồ sơ giải quyết trễ hẹn được gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.",
        "Mọi phản ánh, kiến nghị về việc giải quyết thủ tục xin gửi về đường dây nóng của Bộ phận Một cửa huyện hoặc qua Cổng Dịch vụ công quốc gia.",
        "Người cao tuổi, người khuyết tật được ưu tiên tiếp nhận hồ sơ và có thể đăng ký nhận kết quả tại nhà qua dịch vụ bưu chính công ích.",
    };

    // Documents: the text banks of the generated ones.
    static final String[] PLAN_AIMS = {
        "Cụ thể hóa các nhiệm vụ về {CHUDE} phù hợp với điều kiện thực tế của địa phương.",
        "Xác định rõ nội dung công việc, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị.",
        "Gắn kết quả thực hiện với đánh giá, xếp loại thi đua cuối năm của tập thể và người đứng đầu.",
        "Bảo đảm thiết thực, tiết kiệm, tránh hình thức; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.",
        "Tăng cường phối hợp giữa các phòng, ban chuyên môn với UBND các xã, thị trấn.",
        "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong giám sát việc giải quyết thủ tục hành chính.",
        "Góp phần {MUCTIEU}.",
    };
    static final String[] PLAN_ORG = {
        "Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo UBND huyện hằng quý.",
        "Phòng Văn hóa và Thông tin chủ trì công tác thông tin, tuyên truyền; Văn phòng HĐND và UBND huyện theo dõi việc giải quyết hồ sơ trên hệ thống một cửa điện tử.",
        "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên năm {NAM} của các cơ quan, đơn vị.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Nội vụ để tổng hợp, tham mưu UBND huyện điều chỉnh.",
        "Phòng Tư pháp hướng dẫn các đơn vị rà soát, công khai thủ tục hành chính và tiếp nhận phản ánh, kiến nghị của người dân.",
    };
    static final String[] COMMUNE_ORG = {
        "Công chức Văn phòng – Thống kê là đầu mối theo dõi, tổng hợp kết quả, báo cáo UBND xã hằng quý.",
        "Bộ phận Một cửa niêm yết kế hoạch tại trụ sở và đăng trên trang thông tin điện tử của xã.",
        "Trưởng thôn, khu phố phối hợp với tổ công nghệ số cộng đồng tuyên truyền trực tiếp đến từng hộ gia đình.",
        "Mặt trận Tổ quốc và các đoàn thể lồng ghép nội dung cải cách hành chính trong sinh hoạt định kỳ.",
    };
    static final String[] DIRECTIVE_REQS = {
        "Người đứng đầu cơ quan, đơn vị trực tiếp chỉ đạo và chịu trách nhiệm về kết quả giải quyết thủ tục hành chính của đơn vị mình.",
        "Không yêu cầu người dân nộp thêm giấy tờ ngoài thành phần hồ sơ đã được công bố, niêm yết.",
        "Hồ sơ trễ hẹn phải có văn bản xin lỗi, hẹn lại ngày trả kết quả gửi người dân trước thời hạn.",
        "Công chức Bộ phận Một cửa mặc đồng phục, đeo thẻ và thực hiện đúng quy tắc ứng xử khi tiếp dân.",
        "Khai thác dữ liệu dân cư, không yêu cầu người dân xuất trình lại giấy tờ đã có trong cơ sở dữ liệu.",
        "Công khai số điện thoại đường dây nóng và hộp thư góp ý tại nơi tiếp nhận hồ sơ.",
        "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến thay vì nộp hộ.",
        "Thanh toán phí, lệ phí bằng phương thức không dùng tiền mặt là mặc định đối với hồ sơ nộp trực tuyến.",
    };
    static final String[] THEMES = {"", "", "Năm nâng cao chất lượng phục vụ người dân", "", "Năm dân vận chính quyền",
        "Năm đẩy mạnh dịch vụ công trực tuyến", "", "", "Năm kỷ cương hành chính", "Năm chuyển đổi số"};
    static final String[][] LETTER_TOPICS = {
        // symbol, minimum year, subject, tags, office
        {"UBND-NV", "2015", "chấn chỉnh tình trạng hồ sơ thủ tục hành chính giải quyết trễ hạn", "kỷ cương hành chính, đúng hạn", "Phòng Nội vụ"},
        {"UBND-NV", "2015", "báo cáo kết quả công tác cải cách hành chính {KY} năm {NAM}", "cải cách hành chính", "Phòng Nội vụ"},
        {"UBND-NV", "2015", "tham gia Hội thi tìm hiểu cải cách hành chính năm {NAM}", "hội thi, tuyên truyền", "Phòng Nội vụ"},
        {"UBND-NV", "2017", "triển khai khảo sát mức độ hài lòng của người dân năm {NAM}", "SIPAS", "Phòng Nội vụ"},
        {"UBND-VP", "2019", "đẩy mạnh tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình", "dịch vụ công trực tuyến", "Văn phòng HĐND và UBND huyện"},
        {"UBND-VP", "2020", "triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia", "thanh toán trực tuyến", "Văn phòng HĐND và UBND huyện"},
        {"UBND-VP", "2021", "tăng cường số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "số hóa hồ sơ", "Văn phòng HĐND và UBND huyện"},
        {"UBND-TP", "2015", "rà soát, cập nhật thủ tục hành chính lĩnh vực {LV}", "kiểm soát thủ tục hành chính", "Phòng Tư pháp"},
        {"UBND-TP", "2015", "niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", "một cửa, thủ tục hành chính", "Phòng Tư pháp"},
        {"UBND-VHTT", "2015", "tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh cơ sở", "tuyên truyền, loa truyền thanh", "Phòng Văn hóa và Thông tin"},
    };
    /** Per year, the year's plan, then the others of the schedule (turning with the year); after these, POOL decides. */
    static final String[] SCHEDULE = {"KH_CCHC", "KH_TT", "BC_NAM", "KH_KIEMTRA", "XA_TT", "BC_6T", "QD_CHISO",
        "CT_KYCUONG", "QD_DOANKT", "XA_CCHC"};
    static final String[] POOL = {"XA_TT", "XA_TT", "XA_CCHC", "XA_CCHC", "XA_BC", "XA_BC", "CV", "CV", "CV", "TB", "TB",
        "BC_QUY", "BC_QUY", "KH_KHAOSAT", "KH_CDS", "KH_SOHOA", "KH_DEAN06", "KH_RASOAT", "KH_HOITHI", "KH_KIEMSOAT",
        "QD_QUYTRINH", "QD_QUYTRINH", "QD_KHENTHUONG"};
    /** Fields whose in-house procedure (quy trình nội bộ) the district approves, in QD_QUYTRINH documents. */
    static final String[] QUYTRINH_FIELDS = {"Hộ tịch", "Chứng thực", "Đất đai", "Hoạt động xây dựng",
        "Thành lập và hoạt động của hộ kinh doanh", "Bảo trợ xã hội", "Văn hóa", "Giáo dục và Đào tạo"};

    record Legal(String number, String kind, String issuer, LocalDate issued, LocalDate effective, String title,
                 List<String> details, boolean hostable) {
    }

    record FieldDef(String name, String file, List<String> tags, List<String> legal, String applicants,
                    String communeOfficer, String office, String provincialAgency) {
    }

    record Base(int index, FieldDef field, char level, String title, String time, String fees, String result,
                List<String[]> papers, String conditions, List<String> legal) {
    }

    /** A document to write: its front matter, its Markdown body, and what it was made from. */
    static final class Doc {
        final String template;
        final int order;
        final Random random;
        String number = "";
        String symbol = "";
        String kind = "";
        String issuer = DISTRICT;
        char issuerLevel = 'H';
        LocalDate issued;
        LocalDate effective;
        LocalDate expires;
        String signer = "";
        String signerTitle = "";
        String summary = "";
        String period = "";
        String theme = "";
        List<String> fields = List.of();
        List<String> tags = List.of();
        final List<Doc> basedOn = new ArrayList<>();
        final List<Doc> implementing = new ArrayList<>();
        Doc replacedBy;
        Doc replaces;
        String commune = "";
        String field = "";
        String series = "";
        /** The template actually used (a template too early for its year falls back to another), or CONGBO. */
        String shape = "";
        int year;
        String body = "";
        boolean attachment;
        Legal legal;
        final List<Proc> procedures = new ArrayList<>();

        Doc(String template, int order, Random random) {
            this.template = template;
            this.order = order;
            this.random = random;
        }

        String slug() {
            String base = slugify(number);
            return number.matches("\\d{1,5}/\\d{4}/.*") ? base : base + "-" + issued.getYear();
        }

        String url() {
            return "/van-ban/" + slug() + "/";
        }

        /** As bantin names the page: "Kế hoạch số 54/KH-UBND". */
        String title() {
            return kind + " số " + number;
        }

        /** "Kế hoạch số 54/KH-UBND ngày 24/2/2025 của UBND huyện", for a body citing it. */
        String cite() {
            String by = issuer.equals(DISTRICT) ? "UBND huyện" : issuer;
            if (legal != null && kind.equals("Luật")) {
                return summary + " số " + number + " ngày " + issued.format(DAY);
            }
            return kind + " số " + number + " ngày " + issued.format(DAY) + " của " + by;
        }

        String issuerShort() {
            return issuer.equals(DISTRICT) ? "UBND huyện" : issuer;
        }
    }

    /** A procedure to write, in a bulk file or as a Markdown file. */
    static final class Proc {
        final int index;
        final Base base;
        final Random random;
        String code;
        String title;
        FieldDef field;
        char level;
        String status = "in-force";
        Proc replacedBy;
        String online = "none";
        boolean postal;
        Doc decision;
        LocalDate updated;
        List<String> tags;
        List<String> steps = List.of();
        String note = "";
        boolean markdown;
        String time;
        String fees;
        String result;
        List<String[]> papers;
        String conditions = "";
        List<Legal> legal = List.of();

        Proc(int index, Base base, Random random) {
            this.index = index;
            this.base = base;
            this.random = random;
        }

        String slug() {
            return code.replace('.', '-').toLowerCase(Locale.ROOT);
        }

        String url() {
            return "/thu-tuc/" + slug() + "/";
        }

        String levelName() {
            return level == 'x' ? "cấp xã" : level == 'h' ? "cấp huyện" : "cấp tỉnh";
        }

        String agency() {
            if (level == 'x') {
                return field.communeOfficer().equals("công an") ? "Công an các xã, thị trấn thuộc huyện An Khánh"
                        : "UBND các xã, thị trấn thuộc huyện An Khánh";
            }
            if (level == 'h') {
                return DISTRICT + " (" + field.office() + ")";
            }
            return field.provincialAgency().isEmpty() ? PROVINCE : field.provincialAgency();
        }

        boolean online() {
            return !online.equals("none");
        }

        String onlineUrl() {
            return "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=" + code;
        }

        /** The ways to submit: way, processing time, fee. */
        List<String[]> submissions() {
            List<String[]> ways = new ArrayList<>();
            ways.add(new String[] {"trực tiếp", time, fees});
            if (online()) {
                ways.add(new String[] {"trực tuyến", time, fees});
            }
            if (postal) {
                ways.add(new String[] {"dịch vụ bưu chính", time, fees});
            }
            return ways;
        }
    }

    /** Everything decided about documents and procedures before a file is written. */
    static final class Plan {
        final List<Doc> docs = new ArrayList<>();
        final List<Proc> procs = new ArrayList<>();
        final Map<String, Doc> hosted = new HashMap<>();
        final Proc[] core = new Proc[TT_TITLES.length];
        final Map<String, Doc> decisions = new HashMap<>();
        int legalHosted;
        int replaced;
        int abolished;

        Doc byNumber(String number) {
            return hosted.get(numberKey(number));
        }
    }

    /** Numbers restart every year, but each number is given once in the corpus, so that no mention is ambiguous. */
    static final class Numbers {
        private final Set<String> used = new HashSet<>();

        void reserve(String number) {
            if (!used.add(numberKey(number))) {
                throw new IllegalStateException("number given twice: " + number);
            }
        }

        String next(String symbol, int preferred) {
            int n = Math.max(1, preferred);
            while (!used.add(numberKey(n + "/" + symbol))) {
                n++;
            }
            return (n < 10 ? "0" + n : String.valueOf(n)) + "/" + symbol;
        }
    }

    /** bantin's identity of a number: leading zeros dropped, letters in capitals. */
    static String numberKey(String number) {
        return number.replaceFirst("^0+(?=\\d)", "").toUpperCase(Locale.ROOT);
    }

    static List<String> commaList(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    static final Map<String, Legal> LEGAL = new java.util.LinkedHashMap<>();
    static final List<FieldDef> FIELDS = new ArrayList<>();
    static final List<Base> BASES = new ArrayList<>();
    static final List<String[]> ABOLISHED = new ArrayList<>();

    static {
        boolean hostable = true;
        for (String line : LEGAL_TABLE.split("\n", -1)) {
            if (line.isBlank()) {
                hostable = LEGAL.isEmpty();
                continue;
            }
            String[] c = line.split("\\|", -1);
            LEGAL.put(c[0], new Legal(c[0], c[1], c[2], LocalDate.parse(c[3]), c[4].isEmpty() ? null : LocalDate.parse(c[4]),
                    c[5], commaList(c[6]), hostable));
        }
        FieldDef field = null;
        List<Base> bases = new ArrayList<>();
        for (String line : PROCEDURE_TABLE.split("\n")) {
            String[] c = line.split("\\|", -1);
            if (line.startsWith("@")) {
                field = new FieldDef(c[0].substring(1), c[1], commaList(c[2]), commaList(c[3]), c[4], c[5], c[6], c[7]);
                FIELDS.add(field);
                continue;
            }
            List<String[]> papers = new ArrayList<>();
            for (String paper : c[5].split(";")) {
                papers.add(paper.split("#"));
            }
            bases.add(new Base(0, field, c[0].charAt(0), c[1], c[2], c[3], c[4], papers, c[6],
                    c[7].isEmpty() ? field.legal() : commaList(c[7])));
        }
        // The procedures of the TT slot first, in its order, so that they exist in every corpus.
        List<Base> ordered = new ArrayList<>();
        for (String title : TT_TITLES) {
            Base base = bases.stream().filter(b -> b.title().equals(title)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no procedure " + title));
            ordered.add(base);
        }
        bases.stream().filter(b -> !ordered.contains(b)).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            Base b = ordered.get(i);
            BASES.add(new Base(i, b.field(), b.level(), b.title(), b.time(), b.fees(), b.result(), b.papers(),
                    b.conditions(), b.legal()));
        }
        for (String line : ABOLISHED_TABLE.split("\n")) {
            ABOLISHED.add(line.split("\\|", -1));
        }
        for (Base base : BASES) {
            for (String number : base.legal()) {
                if (!LEGAL.containsKey(number)) {
                    throw new IllegalStateException("no legal document " + number);
                }
            }
        }
    }

    /** The labour and social fields are kept in one spreadsheet, data/thu-tuc/lao-dong-xa-hoi.csv, as in the sample site. */
    static boolean csvField(FieldDef field) {
        return field.file().equals("bao-tro-xa-hoi") || field.file().equals("nguoi-co-cong");
    }

    static FieldDef field(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no field " + name));
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A weekday in the given month of the year, the day drawn from [from, to]. */
    static LocalDate workday(Random random, int year, int month, int from, int to) {
        LocalDate first = LocalDate.of(year, month, 1);
        int last = Math.min(to, first.lengthOfMonth());
        LocalDate day = first.withDayOfMonth(Math.min(last, from + random.nextInt(Math.max(1, last - from + 1))));
        while (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    // ---------------------------------------------------------------------------------------------
    // The plan: which documents and procedures, their numbers, codes and relations.
    // ---------------------------------------------------------------------------------------------
    static Plan plan(int articles, long seed) {
        Plan plan = new Plan();
        int documents = Math.max(MIN_DOCUMENTS, (int) ((long) articles * DOCUMENTS_PER_1000_ARTICLES / 1000));
        int procedures = Math.max(MIN_PROCEDURES, (int) ((long) articles * PROCEDURES_PER_1000_ARTICLES / 1000));
        Numbers numbers = new Numbers();

        // 1. The fixed documents.
        List<Doc> fixed = fixedDocuments();
        fixed.forEach(d -> numbers.reserve(d.number));
        plan.docs.addAll(fixed);
        int rest = Math.max(0, documents - fixed.size());

        // 2. Laws and decrees the procedures cite, as the budget allows.
        List<Legal> hostable = LEGAL.values().stream().filter(Legal::hostable).toList();
        int legalCount = Math.min(hostable.size(), rest / 6);
        for (int i = 0; i < legalCount; i++) {
            Legal legal = hostable.get(i);
            Doc d = new Doc("LEGAL", plan.docs.size(), null);
            d.legal = legal;
            d.number = legal.number();
            d.kind = legal.kind();
            d.issuer = legal.issuer();
            d.issuerLevel = 'C';
            d.issued = legal.issued();
            d.effective = legal.effective();
            d.summary = legal.title();
            d.tags = List.of("thủ tục hành chính");
            d.year = legal.issued().getYear();
            numbers.reserve(d.number);
            plan.docs.add(d);
        }
        plan.legalHosted = legalCount;
        fixed.forEach(d -> plan.hosted.put(numberKey(d.number), d));
        plan.docs.stream().filter(d -> d.legal != null).forEach(d -> plan.hosted.put(numberKey(d.number), d));
        for (Doc d : plan.docs) {
            if (d.legal != null) {
                for (String detailed : d.legal.details()) {
                    Doc law = plan.byNumber(detailed);
                    if (law != null) {
                        d.basedOn.add(law);
                        d.implementing.add(law);
                    }
                }
                d.fields = List.of("văn bản quy phạm pháp luật");
            }
        }

        // 3. The province's decisions publishing the procedures of a field, as the budget allows.
        int decisionCount = Math.min(FIELDS.size(), rest / 6);
        List<Doc> numbered = new ArrayList<>();
        for (int j = 0; j < decisionCount; j++) {
            FieldDef field = FIELDS.get(j);
            Random random = randomFor(seed, j, 4);
            Doc d = new Doc("CONGBO", plan.docs.size(), random);
            d.kind = "Quyết định";
            d.symbol = "QĐ-UBND";
            d.issuer = PROVINCE;
            d.issuerLevel = 'T';
            d.field = field.name();
            d.issued = workday(random, 2022 + random.nextInt(3), 1 + random.nextInt(11), 1, 28);
            d.year = d.issued.getYear();
            d.signer = "Trần Quốc Hưng";
            d.signerTitle = "KT. Chủ tịch – Phó Chủ tịch UBND tỉnh";
            d.summary = "Công bố danh mục thủ tục hành chính lĩnh vực " + lowerFirst(field.name())
                    + " được chuẩn hóa, sửa đổi, bổ sung áp dụng trên địa bàn tỉnh";
            d.fields = List.of("kiểm soát thủ tục hành chính", lowerFirst(field.name()));
            d.tags = List.of("kiểm soát thủ tục hành chính", "thủ tục hành chính");
            d.attachment = true;
            d.shape = "CONGBO";
            plan.docs.add(d);
            numbered.add(d);
            plan.decisions.put(field.name(), d);
        }

        // 4. The district's and communes' own documents, spread over the ten years.
        int generated = Math.max(0, rest - legalCount - decisionCount);
        for (int g = 0; g < generated; g++) {
            Random random = randomFor(seed, g, 3);
            int year = FIRST.getYear() + g % YEARS;
            int k = g / YEARS;
            // The year's plan first, then the rest of the schedule in an order that turns with the year,
            // so that a small corpus has some of each kind; then the pool.
            String template = k == 0 ? SCHEDULE[0] : k < SCHEDULE.length
                    ? SCHEDULE[1 + (k - 1 + year) % (SCHEDULE.length - 1)] : pick(random, POOL);
            Doc d = new Doc(template, plan.docs.size(), random);
            d.year = year;
            shape(d, random);
            plan.docs.add(d);
            numbered.add(d);
        }

        // Numbers, in the order the documents were issued.
        numbered.sort(java.util.Comparator.comparing((Doc d) -> d.issued).thenComparingInt(d -> d.order));
        for (Doc d : numbered) {
            d.number = numbers.next(d.symbol, preferredNumber(d));
            plan.hosted.put(numberKey(d.number), d);
        }
        relate(plan);

        // 5. Procedures: the in-force ones, then older versions they replaced, then abolished ones.
        int replaced = Math.max(1, procedures / 20);
        int abolished = Math.max(1, procedures / 40);
        int inForce = procedures - replaced - abolished;
        long modulus = 8000L * ((procedures + 7999) / 8000);
        for (int i = 0; i < procedures; i++) {
            Random random = randomFor(seed, i, 5);
            Base base;
            if (i < inForce) {
                base = BASES.get(i % BASES.size());
            } else if (i < inForce + replaced) {
                base = plan.procs.get(((i - inForce) * 7 + 3) % Math.min(inForce, BASES.size())).base;
            } else {
                base = null;
            }
            Proc p = new Proc(i, base, random);
            long digits = 1000 + (i * 7919L + 1193) % modulus;
            p.code = (i % 3 == 2 ? "2." : "1.") + String.format(Locale.ROOT, "%06d", digits);
            if (base != null) {
                p.title = base.title();
                p.field = base.field();
                p.level = base.level();
                p.time = base.time();
                p.fees = base.fees();
                p.result = base.result();
                p.papers = base.papers();
                p.conditions = base.conditions();
                p.legal = base.legal().stream().map(LEGAL::get).toList();
            } else {
                String[] a = ABOLISHED.get((i - inForce - replaced) % ABOLISHED.size());
                p.field = field(a[0]);
                p.level = a[1].charAt(0);
                p.title = a[2];
                p.time = a[3];
                p.fees = "Không";
                p.result = a[4];
                p.papers = new ArrayList<>();
                for (String paper : a[5].split(";")) {
                    p.papers.add(paper.split("#"));
                }
                p.legal = p.field.legal().stream().map(LEGAL::get).toList();
                p.status = "abolished";
            }
            if (i >= inForce && i < inForce + replaced) {
                p.status = "replaced";
                p.replacedBy = plan.procs.get(((i - inForce) * 7 + 3) % Math.min(inForce, BASES.size()));
            }
            p.markdown = i % 4 == 1 && !csvField(p.field);
            int online = random.nextInt(100);
            if (p.status.equals("in-force")) {
                int full = p.level == 'x' ? 45 : p.level == 'h' ? 30 : 25;
                int partial = full + (p.level == 't' ? 60 : 40);
                p.online = online < full ? "full" : online < partial ? "partial" : "none";
            } else {
                p.online = online < 40 ? "partial" : "none";
            }
            p.postal = random.nextInt(3) > 0;
            List<String> tags = new ArrayList<>(p.field.tags());
            if (p.online() && !tags.contains("dịch vụ công trực tuyến")) {
                tags.add("dịch vụ công trực tuyến");
            }
            p.tags = List.copyOf(tags);
            if (p.status.equals("in-force")) {
                p.decision = plan.decisions.get(p.field.name());
                LocalDate from = p.decision != null ? p.decision.issued : LocalDate.of(2021, 1, 4).plusDays(random.nextInt(1300));
                p.updated = from.plusDays(3 + random.nextInt(60));
                if (p.updated.isAfter(LAST_DAY)) {
                    p.updated = LAST_DAY;
                }
            } else if (p.replacedBy != null) {
                // An older version: updated before its replacement, after the newest text it cites.
                LocalDate newestBasis = p.legal.stream().map(Legal::issued).max(LocalDate::compareTo).orElse(LocalDate.MIN);
                p.updated = p.replacedBy.updated.minusDays(30 + random.nextInt(700));
                if (!p.updated.isAfter(newestBasis)) {
                    p.updated = newestBasis.plusDays(15);
                }
                if (!p.updated.isBefore(p.replacedBy.updated)) {
                    p.updated = p.replacedBy.updated.minusDays(1);
                }
            } else {
                p.updated = LocalDate.of(2023, 1, 2).plusDays(random.nextInt(500));
            }
            p.steps = steps(p);
            p.note = PROCEDURE_NOTES[random.nextInt(PROCEDURE_NOTES.length)];
            plan.procs.add(p);
            if (i < inForce && i < BASES.size() && i < TT_TITLES.length) {
                plan.core[i] = p;
            }
        }
        plan.replaced = replaced;
        plan.abolished = abolished;
        for (Proc p : plan.procs) {
            for (Legal legal : p.legal) {
                Doc d = plan.byNumber(legal.number());
                if (d != null && p.status.equals("in-force")) {
                    d.procedures.add(p);
                }
            }
            if (p.decision != null) {
                p.decision.procedures.add(p);
            }
        }

        // 6. The bodies, now that every number and procedure is known.
        for (Doc d : plan.docs) {
            d.body = nfc(d.template.equals("FIXED") ? d.body : body(d, plan));
        }
        return plan;
    }

    /** Where in the year's numbering a document falls: numbers grow with the day of the year. */
    static int preferredNumber(Doc d) {
        int rate = switch (d.issuerLevel) {
            case 'T' -> 3200;
            case 'X' -> d.kind.equals("Quyết định") ? 350 : d.kind.equals("Báo cáo") ? 160 : 90;
            default -> switch (d.kind) {
                case "Quyết định" -> 2800;
                case "Chỉ thị" -> 12;
                case "Báo cáo" -> 320;
                case "Thông báo" -> 240;
                case "Công văn" -> 2600;
                default -> 260;
            };
        };
        return 1 + (d.issued.getDayOfYear() - 1) * rate / 366 + d.random.nextInt(3);
    }

    /** Decides a generated document's kind, issuer, date and subject from its template. */
    static void shape(Doc d, Random r) {
        int y = d.year;
        String t = d.template;
        if (t.equals("KH_CDS") && y < 2020 || t.equals("QD_QUYTRINH") && y < 2019) {
            t = "KH_RASOAT";
        } else if (t.equals("KH_SOHOA") && y < 2020) {
            t = "KH_KIEMSOAT";
        } else if (t.equals("KH_DEAN06") && y < 2022) {
            t = "KH_HOITHI";
        }
        d.shape = t;
        d.kind = "Kế hoạch";
        d.symbol = "KH-UBND";
        d.signer = "Lê Minh Tuấn";
        d.signerTitle = "KT. Chủ tịch – Phó Chủ tịch UBND huyện";
        d.fields = List.of("cải cách hành chính");
        d.tags = List.of("cải cách hành chính", "kế hoạch");
        d.attachment = r.nextInt(10) < 7;
        if (t.startsWith("XA_")) {
            d.commune = pick(r, COMMUNES);
            d.issuer = "UBND " + d.commune;
            d.issuerLevel = 'X';
            d.signer = CHAIRS.get(d.commune);
            d.signerTitle = d.commune.startsWith("thị trấn") ? "Chủ tịch UBND thị trấn" : "Chủ tịch UBND xã";
        }
        switch (t) {
            case "KH_CCHC" -> {
                d.issued = workday(r, y, 1, 3, 28);
                d.summary = "Cải cách hành chính năm " + y + " trên địa bàn huyện An Khánh";
                d.theme = THEMES[y - FIRST.getYear()];
                d.signer = "Nguyễn Văn Hùng";
                d.signerTitle = "Chủ tịch UBND huyện";
                d.period = String.valueOf(y);
            }
            case "KH_TT" -> {
                d.issued = workday(r, y, 2 + r.nextInt(2), 1, 28);
                d.summary = "Thông tin, tuyên truyền cải cách hành chính năm " + y;
                d.fields = List.of("cải cách hành chính", "thông tin – tuyên truyền");
                d.tags = List.of("tuyên truyền", "cải cách hành chính");
                d.period = String.valueOf(y);
            }
            case "BC_NAM" -> {
                d.kind = "Báo cáo";
                d.symbol = "BC-UBND";
                d.issued = workday(r, y, 12, 5, 22);
                d.summary = "Kết quả thực hiện công tác cải cách hành chính năm " + y + "; phương hướng, nhiệm vụ năm " + (y + 1);
                d.tags = List.of("tổng kết", "cải cách hành chính");
            }
            case "KH_KIEMTRA" -> {
                d.issued = workday(r, y, 2 + r.nextInt(2), 1, 28);
                d.summary = "Kiểm tra công tác cải cách hành chính năm " + y;
                d.fields = List.of("cải cách hành chính", "kiểm tra công vụ");
                d.tags = List.of("kiểm tra", "kỷ cương hành chính");
                d.period = String.valueOf(y);
            }
            case "XA_TT" -> {
                d.issued = workday(r, y, 3 + r.nextInt(2), 1, 28);
                d.summary = "Thông tin, tuyên truyền cải cách hành chính năm " + y + " trên địa bàn " + d.commune;
                d.fields = List.of("cải cách hành chính", "thông tin – tuyên truyền");
                d.tags = List.of("tuyên truyền");
                d.period = String.valueOf(y);
            }
            case "XA_CCHC" -> {
                d.issued = workday(r, y, 1 + r.nextInt(2), 1, 28);
                if (d.issued.getMonthValue() == 1 && d.issued.getDayOfMonth() < 20) {
                    d.issued = workday(r, y, 1, 20, 31);
                }
                d.summary = "Cải cách hành chính năm " + y + " trên địa bàn " + d.commune;
                d.period = String.valueOf(y);
            }
            case "XA_BC" -> {
                d.kind = "Báo cáo";
                d.symbol = "BC-UBND";
                boolean half = r.nextBoolean();
                d.issued = workday(r, y, half ? 6 : 12, 10, 25);
                d.summary = "Kết quả công tác cải cách hành chính " + (half ? "6 tháng đầu năm " : "năm ") + y
                        + " trên địa bàn " + d.commune;
                d.tags = List.of("cải cách hành chính", half ? "sơ kết" : "tổng kết");
            }
            case "BC_6T" -> {
                d.kind = "Báo cáo";
                d.symbol = "BC-UBND";
                d.issued = workday(r, y, 6, 10, 25);
                d.summary = "Kết quả công tác cải cách hành chính 6 tháng đầu năm " + y;
                d.tags = List.of("sơ kết", "cải cách hành chính");
            }
            case "BC_QUY" -> {
                d.kind = "Báo cáo";
                d.symbol = "BC-UBND";
                boolean first = r.nextBoolean();
                d.issued = workday(r, y, first ? 3 : 9, 15, 28);
                d.summary = "Kết quả công tác cải cách hành chính quý " + (first ? "I" : "III") + " năm " + y;
                d.tags = List.of("cải cách hành chính");
            }
            case "QD_CHISO" -> {
                d.kind = "Quyết định";
                d.symbol = "QĐ-UBND";
                d.issued = workday(r, y, 3 + r.nextInt(2), 1, 28);
                d.summary = "Công bố Chỉ số cải cách hành chính năm " + (y - 1) + " của UBND các xã, thị trấn";
                d.tags = List.of("PAR INDEX", "cải cách hành chính");
                d.signer = "Nguyễn Văn Hùng";
                d.signerTitle = "Chủ tịch UBND huyện";
            }
            case "CT_KYCUONG" -> {
                d.kind = "Chỉ thị";
                d.symbol = "CT-UBND";
                d.issued = workday(r, y, 1 + r.nextInt(2), 5, 28);
                d.signer = "Nguyễn Văn Hùng";
                d.signerTitle = "Chủ tịch UBND huyện";
                d.theme = THEMES[y - FIRST.getYear()];
                if (y >= 2020 && y % 2 == 0) {
                    d.summary = "Đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn huyện";
                    d.tags = List.of("dịch vụ công trực tuyến", "thanh toán trực tuyến");
                    d.fields = List.of("cải cách hành chính", "chuyển đổi số");
                } else {
                    d.summary = "Tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng phục vụ người dân, doanh nghiệp năm " + y;
                    d.tags = List.of("kỷ cương hành chính", "công vụ");
                    d.fields = List.of("cải cách hành chính", "kỷ luật, kỷ cương hành chính");
                }
            }
            case "QD_DOANKT" -> {
                d.kind = "Quyết định";
                d.symbol = "QĐ-UBND";
                d.issued = workday(r, y, 4 + r.nextInt(2), 1, 28);
                d.summary = "Thành lập Đoàn kiểm tra công tác cải cách hành chính năm " + y;
                d.fields = List.of("cải cách hành chính", "kiểm tra công vụ");
                d.tags = List.of("kiểm tra");
            }
            case "CV" -> {
                List<String[]> topics = new ArrayList<>();
                for (String[] topic : LETTER_TOPICS) {
                    if (Integer.parseInt(topic[1]) <= y) {
                        topics.add(topic);
                    }
                }
                String[] topic = topics.get(r.nextInt(topics.size()));
                d.kind = "Công văn";
                d.symbol = topic[0];
                d.issued = workday(r, y, 1 + r.nextInt(12), 1, 28);
                Ctx ctx = new Ctx(r, d.issued.atTime(8, 0));
                d.summary = "V/v " + ctx.fill(topic[2]);
                d.tags = commaList(topic[3]);
                d.field = topic[4];
            }
            case "TB" -> {
                int q = r.nextInt(3);
                d.kind = "Thông báo";
                d.symbol = "TB-UBND";
                d.issued = workday(r, y, new int[] {4, 7, 10}[q], 5, 25);
                d.summary = "Kết luận của Chủ tịch UBND huyện tại hội nghị giao ban công tác cải cách hành chính "
                        + new String[] {"quý I năm ", "6 tháng đầu năm ", "9 tháng năm "}[q] + y;
                d.tags = List.of("hội nghị", "cải cách hành chính");
                d.signer = "Đặng Quốc Bảo";
                d.signerTitle = "TL. Chủ tịch – Chánh Văn phòng HĐND và UBND huyện";
                d.attachment = false;
            }
            case "KH_KHAOSAT" -> {
                d.issued = workday(r, y, 4 + r.nextInt(3), 1, 28);
                d.summary = "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm " + y;
                d.tags = List.of("SIPAS", "cải cách hành chính");
                d.period = String.valueOf(y);
            }
            case "KH_CDS" -> {
                d.issued = workday(r, y, 2 + r.nextInt(3), 1, 28);
                d.summary = "Chuyển đổi số năm " + y + " trên địa bàn huyện An Khánh";
                d.fields = List.of("chuyển đổi số");
                d.tags = List.of("chuyển đổi số", "chính quyền số");
                d.period = String.valueOf(y);
            }
            case "KH_SOHOA" -> {
                d.issued = workday(r, y, 3 + r.nextInt(3), 1, 28);
                d.summary = "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm " + y;
                d.fields = List.of("cải cách hành chính", "chuyển đổi số");
                d.tags = List.of("số hóa hồ sơ", "chuyển đổi số");
                d.period = String.valueOf(y);
            }
            case "KH_DEAN06" -> {
                d.issued = workday(r, y, 2 + r.nextInt(2), 1, 28);
                d.summary = "Triển khai Đề án 06 năm " + y + " trên địa bàn huyện An Khánh";
                d.fields = List.of("chuyển đổi số", "dữ liệu dân cư");
                d.tags = List.of("Đề án 06", "dữ liệu dân cư");
                d.period = String.valueOf(y);
            }
            case "KH_RASOAT" -> {
                d.issued = workday(r, y, 2 + r.nextInt(3), 1, 28);
                d.summary = "Rà soát, đánh giá thủ tục hành chính năm " + y;
                d.fields = List.of("kiểm soát thủ tục hành chính");
                d.tags = List.of("kiểm soát thủ tục hành chính");
                d.period = String.valueOf(y);
            }
            case "KH_HOITHI" -> {
                d.issued = workday(r, y, 5 + r.nextInt(3), 1, 28);
                d.summary = "Tổ chức Hội thi tìm hiểu cải cách hành chính năm " + y;
                d.fields = List.of("cải cách hành chính", "thông tin – tuyên truyền");
                d.tags = List.of("hội thi", "tuyên truyền");
            }
            case "KH_KIEMSOAT" -> {
                d.issued = workday(r, y, 1 + r.nextInt(2), 10, 28);
                d.summary = "Kiểm soát thủ tục hành chính năm " + y;
                d.fields = List.of("kiểm soát thủ tục hành chính");
                d.tags = List.of("kiểm soát thủ tục hành chính");
                d.period = String.valueOf(y);
            }
            case "QD_QUYTRINH" -> {
                d.kind = "Quyết định";
                d.symbol = "QĐ-UBND";
                d.field = pick(r, QUYTRINH_FIELDS);
                d.series = "QT:" + d.field;
                d.issued = workday(r, y, 1 + r.nextInt(12), 1, 28);
                d.effective = d.issued.plusDays(10);
                d.summary = "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực " + lowerFirst(d.field)
                        + " thuộc thẩm quyền giải quyết của UBND huyện";
                d.fields = List.of("kiểm soát thủ tục hành chính", "một cửa");
                d.tags = List.of("một cửa", "thủ tục hành chính");
                d.signer = "Nguyễn Văn Hùng";
                d.signerTitle = "Chủ tịch UBND huyện";
            }
            case "QD_KHENTHUONG" -> {
                d.kind = "Quyết định";
                d.symbol = "QĐ-UBND";
                d.issued = workday(r, y, 1 + r.nextInt(2), 5, 28);
                d.summary = "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm " + (y - 1);
                d.fields = List.of("thi đua, khen thưởng");
                d.tags = List.of("thi đua khen thưởng", "gương điển hình");
                d.signer = "Nguyễn Văn Hùng";
                d.signerTitle = "Chủ tịch UBND huyện";
            }
            default -> throw new IllegalStateException("no template " + t);
        }
    }

    /** The relations between documents, each to a hosted one issued earlier. */
    static void relate(Plan plan) {
        Map<String, Doc> first = new HashMap<>();
        for (Doc d : plan.docs) {
            if (!d.shape.isEmpty()) {
                first.putIfAbsent(d.shape + "|" + d.year + "|" + d.commune, d);
                first.putIfAbsent(d.shape + "|" + d.year + "|", d);
            }
        }
        Doc nq76 = plan.byNumber("76/NQ-CP");
        Doc ct23 = plan.byNumber("23/CT-TTg");
        Doc nd61 = plan.byNumber("61/2018/NĐ-CP");
        Doc nd107 = plan.byNumber("107/2021/NĐ-CP");
        Doc qd06 = plan.byNumber("06/QĐ-TTg");
        Doc ctr01 = plan.byNumber("01-CTr/TU");
        Doc plan2016 = plan.byNumber("286/KH-UBND");
        Doc plan2021 = plan.byNumber("145/KH-UBND");
        Doc oneStop2019 = plan.byNumber("486/QĐ-UBND");
        Doc oneStop2022 = plan.byNumber("1187/QĐ-UBND");
        Map<String, Doc> lastOfSeries = new HashMap<>();
        List<Doc> byDate = new ArrayList<>(plan.docs);
        byDate.sort(java.util.Comparator.comparing((Doc d) -> d.issued).thenComparingInt(d -> d.order));
        for (Doc d : byDate) {
            if (d.template.equals("FIXED") || d.template.equals("LEGAL")) {
                continue;
            }
            int y = d.year;
            Doc period = y >= 2016 && y <= 2020 ? plan2016 : y >= 2021 ? plan2021 : null;
            Doc cchc = first.get("KH_CCHC|" + y + "|");
            switch (d.shape) {
                case "CONGBO" -> {
                    cite(d, d.basedOn, nd61, nd107);
                    for (String number : field(d.field).legal()) {
                        cite(d, d.basedOn, plan.byNumber(number));
                    }
                }
                case "KH_CCHC" -> {
                    cite(d, d.basedOn, nq76, ctr01, period);
                    cite(d, d.implementing, period);
                }
                case "KH_TT" -> {
                    cite(d, d.basedOn, cchc, period);
                    cite(d, d.implementing, cchc);
                }
                case "BC_NAM", "BC_6T", "BC_QUY", "CV" -> cite(d, d.basedOn, cchc);
                case "KH_KIEMTRA" -> {
                    cite(d, d.basedOn, cchc, first.get("CT_KYCUONG|" + y + "|"));
                    cite(d, d.implementing, cchc);
                }
                case "XA_TT" -> {
                    Doc tt = first.get("KH_TT|" + y + "|");
                    cite(d, d.basedOn, tt);
                    cite(d, d.implementing, tt);
                }
                case "XA_CCHC" -> {
                    cite(d, d.basedOn, cchc);
                    cite(d, d.implementing, cchc);
                }
                case "XA_BC" -> {
                    Doc own = first.get("XA_CCHC|" + y + "|" + d.commune);
                    cite(d, d.basedOn, own != null && own != d ? own : cchc);
                }
                case "QD_CHISO" -> cite(d, d.basedOn, first.get("KH_CCHC|" + (y - 1) + "|"), first.get("BC_NAM|" + (y - 1) + "|"));
                case "CT_KYCUONG" -> cite(d, d.basedOn, ct23, period);
                case "QD_DOANKT" -> {
                    Doc check = first.get("KH_KIEMTRA|" + y + "|");
                    cite(d, d.basedOn, check);
                    cite(d, d.implementing, check);
                }
                case "KH_DEAN06" -> {
                    cite(d, d.basedOn, qd06, cchc);
                    cite(d, d.implementing, qd06);
                }
                case "KH_SOHOA" -> cite(d, d.basedOn, nd61, nd107, cchc);
                case "KH_CDS", "KH_KHAOSAT", "KH_RASOAT", "KH_HOITHI", "KH_KIEMSOAT" -> {
                    cite(d, d.basedOn, cchc);
                    cite(d, d.implementing, cchc);
                }
                case "QD_QUYTRINH" -> cite(d, d.basedOn, nd61, nd107, oneStop2022 != null && !oneStop2022.issued.isAfter(d.issued)
                        ? oneStop2022 : oneStop2019);
                case "QD_KHENTHUONG" -> cite(d, d.basedOn, first.get("BC_NAM|" + (y - 1) + "|"));
                default -> { }
            }
            if (!d.series.isEmpty()) {
                Doc previous = lastOfSeries.put(d.series, d);
                if (previous != null && previous.issued.isBefore(d.issued)) {
                    previous.replacedBy = d;
                    d.replaces = previous;
                }
            }
        }
    }

    /** Adds the hosted documents among {@code candidates} issued before {@code d} to {@code list}. */
    static void cite(Doc d, List<Doc> list, Doc... candidates) {
        for (Doc c : candidates) {
            if (c != null && c != d && c.issued.isBefore(d.issued) && !list.contains(c) && !c.number.isEmpty()) {
                list.add(c);
            }
        }
    }

    static Doc fixed(List<Doc> docs, String number, String kind, String issuer, String issued, String summary) {
        Doc d = new Doc("FIXED", docs.size(), null);
        d.number = number;
        d.kind = kind;
        d.issuer = issuer;
        d.issuerLevel = issuer.equals(DISTRICT) ? 'H' : 'C';
        d.issued = LocalDate.parse(issued);
        d.year = d.issued.getYear();
        d.summary = summary;
        d.fields = List.of("cải cách hành chính");
        d.tags = List.of("cải cách hành chính");
        docs.add(d);
        return d;
    }

    /** The documents every corpus has: those the articles cite by number, and the district's frame plans. */
    static List<Doc> fixedDocuments() {
        List<Doc> docs = new ArrayList<>();
        Doc nd61 = fixed(docs, "61/2018/NĐ-CP", "Nghị định", "Chính phủ", "2018-04-23",
                "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính");
        nd61.effective = LocalDate.of(2018, 6, 21);
        nd61.fields = List.of("cải cách hành chính", "một cửa");
        nd61.tags = List.of("một cửa", "một cửa liên thông");
        nd61.body = """
                Nghị định quy định việc tổ chức Bộ phận Một cửa ở cấp tỉnh, cấp huyện và cấp xã, trình tự tiếp nhận, giải quyết và trả kết quả thủ tục hành chính, việc phối hợp giữa các cơ quan trong giải quyết thủ tục liên thông và việc đánh giá chất lượng giải quyết thủ tục hành chính.

                ## Điều người dân cần biết

                - Cán bộ, công chức không được yêu cầu người dân nộp thêm giấy tờ ngoài thành phần hồ sơ đã công bố.
                - Hồ sơ chưa đầy đủ thì được hướng dẫn bổ sung một lần, bằng văn bản.
                - Hồ sơ giải quyết quá hạn phải có phiếu xin lỗi và hẹn lại ngày trả kết quả.
                - Người dân được đánh giá mức độ hài lòng đối với việc giải quyết hồ sơ của mình.

                Bản tin đăng thông tin chính để bạn đọc tiện tra cứu; toàn văn chính thức được đăng trên Cơ sở dữ liệu quốc gia về văn bản pháp luật.
                """;
        Doc nq76 = fixed(docs, "76/NQ-CP", "Nghị quyết", "Chính phủ", "2021-07-15",
                "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030");
        nq76.period = "2021-2030";
        nq76.body = """
                Chương trình tổng thể là khung cho các kế hoạch cải cách hành chính của bộ, ngành và địa phương trong mười năm 2021–2030, hướng tới một nền hành chính dân chủ, chuyên nghiệp, hiện đại, lấy sự hài lòng của người dân và doanh nghiệp làm thước đo.

                ## Sáu nội dung cải cách

                1. Cải cách thể chế.
                2. Cải cách thủ tục hành chính.
                3. Cải cách tổ chức bộ máy hành chính nhà nước.
                4. Cải cách chế độ công vụ.
                5. Cải cách tài chính công.
                6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số.

                Toàn văn chính thức được đăng trên Cổng thông tin điện tử Chính phủ.
                """;
        Doc ct23 = fixed(docs, "23/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", "2021-09-02",
                "Đẩy mạnh triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030");
        ct23.fields = List.of("cải cách hành chính", "kỷ luật, kỷ cương hành chính");
        ct23.tags = List.of("cải cách hành chính", "kỷ cương hành chính");
        ct23.basedOn.add(nq76);
        ct23.implementing.add(nq76);
        ct23.body = """
                Chỉ thị yêu cầu người đứng đầu các bộ, ngành và địa phương trực tiếp chỉ đạo công tác cải cách hành chính, coi đây là nhiệm vụ trọng tâm, xuyên suốt, và gắn kết quả cải cách hành chính với đánh giá, xếp loại cơ quan, đơn vị và cá nhân người đứng đầu.

                Ở huyện An Khánh, tinh thần của Chỉ thị được cụ thể hóa trong Kế hoạch số 145/KH-UBND ngày 20/9/2021 về cải cách hành chính giai đoạn 2021–2025.
                """;
        Doc ctr01 = fixed(docs, "01-CTr/TU", "Chương trình", "Tỉnh ủy", "2020-12-10",
                "Chương trình hành động của Tỉnh ủy về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh giai đoạn 2020–2025");
        ctr01.period = "2020-2025";
        ctr01.tags = List.of("cải cách hành chính", "PCI");
        ctr01.body = """
                Chương trình xác định cải cách hành chính là một trong các khâu đột phá của nhiệm kỳ. Cấp ủy, chính quyền các cấp tập trung cải thiện các chỉ số PAR INDEX, SIPAS, PAPI và PCI, đẩy mạnh dịch vụ công trực tuyến và siết chặt kỷ luật, kỷ cương trong thực thi công vụ.

                Các huyện ủy, thị ủy, thành ủy xây dựng chương trình, kế hoạch thực hiện phù hợp với địa phương và báo cáo kết quả hằng năm về Ban Thường vụ Tỉnh ủy.
                """;
        Doc plan2016 = fixed(docs, "286/KH-UBND", "Kế hoạch", DISTRICT, "2015-12-18",
                "Cải cách hành chính giai đoạn 2016–2020 trên địa bàn huyện An Khánh");
        plan2016.period = "2016-2020";
        plan2016.expires = LocalDate.of(2020, 12, 31);
        plan2016.signer = "Nguyễn Văn Hùng";
        plan2016.signerTitle = "Chủ tịch UBND huyện";
        plan2016.tags = List.of("cải cách hành chính", "kế hoạch");
        plan2016.attachment = true;
        plan2016.body = """
                Kế hoạch cụ thể hóa Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 của Chính phủ cho năm năm cuối của chương trình trên địa bàn huyện, là khung cho các kế hoạch cải cách hành chính hằng năm từ 2016 đến 2020.

                ## Mục tiêu đến năm 2020

                - 100% xã, thị trấn thực hiện cơ chế một cửa, một cửa liên thông hiện đại.
                - Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên.
                - Mức độ hài lòng của người dân, doanh nghiệp đạt trên 80%.
                - Ít nhất 30% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.

                ## Tổ chức thực hiện

                Phòng Nội vụ là cơ quan thường trực, theo dõi và tổng hợp kết quả hằng quý. Hằng năm, UBND huyện ban hành kế hoạch cải cách hành chính để thực hiện Kế hoạch này.
                """;
        Doc plan2021 = fixed(docs, "145/KH-UBND", "Kế hoạch", DISTRICT, "2021-09-20",
                "Cải cách hành chính giai đoạn 2021–2025 trên địa bàn huyện An Khánh");
        plan2021.period = "2021-2025";
        plan2021.expires = LocalDate.of(2025, 12, 31);
        plan2021.signer = "Nguyễn Văn Hùng";
        plan2021.signerTitle = "Chủ tịch UBND huyện";
        plan2021.tags = List.of("cải cách hành chính", "kế hoạch");
        plan2021.attachment = true;
        plan2021.basedOn.addAll(List.of(nq76, ct23, ctr01));
        plan2021.implementing.addAll(List.of(nq76, ctr01));
        plan2021.body = """
                Kế hoạch cụ thể hóa Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Chương trình số 01-CTr/TU ngày 10/12/2020 của Tỉnh ủy cho năm năm 2021–2025 của huyện, là khung cho các kế hoạch cải cách hành chính và kế hoạch thông tin, tuyên truyền hằng năm.

                ## Mục tiêu đến năm 2025

                - Ít nhất 70% hồ sơ thủ tục hành chính cấp huyện và cấp xã được nộp trực tuyến.
                - 100% kết quả giải quyết thủ tục hành chính được số hóa và lưu trữ điện tử.
                - Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.
                - Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%.

                ## Tổ chức thực hiện

                Phòng Nội vụ là cơ quan thường trực; Phòng Văn hóa và Thông tin chủ trì công tác thông tin, tuyên truyền. UBND các xã, thị trấn ban hành kế hoạch của đơn vị mình.
                """;
        Doc oneStop2019 = fixed(docs, "486/QĐ-UBND", "Quyết định", DISTRICT, "2019-03-12",
                "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa huyện An Khánh");
        oneStop2019.effective = LocalDate.of(2019, 3, 22);
        oneStop2019.signer = "Nguyễn Văn Hùng";
        oneStop2019.signerTitle = "Chủ tịch UBND huyện";
        oneStop2019.fields = List.of("cải cách hành chính", "một cửa");
        oneStop2019.tags = List.of("một cửa");
        oneStop2019.attachment = true;
        oneStop2019.basedOn.add(nd61);
        oneStop2019.implementing.add(nd61);
        oneStop2019.body = """
                Quy chế quy định chức năng, nhiệm vụ, thời gian làm việc của Bộ phận Một cửa huyện, trách nhiệm của công chức được cử đến làm việc tại đây và việc phối hợp với các phòng chuyên môn trong giải quyết hồ sơ, theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.

                - Bộ phận Một cửa làm việc tất cả các ngày làm việc trong tuần và sáng thứ Bảy.
                - Mỗi lĩnh vực có quầy tiếp nhận riêng; hồ sơ liên thông do Văn phòng HĐND và UBND huyện theo dõi.
                - Kết quả giải quyết được trả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích.
                """;
        Doc oneStop2022 = fixed(docs, "1187/QĐ-UBND", "Quyết định", DISTRICT, "2022-05-18",
                "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa huyện An Khánh (thay thế Quyết định số 486/QĐ-UBND)");
        oneStop2022.effective = LocalDate.of(2022, 6, 1);
        oneStop2022.signer = "Nguyễn Văn Hùng";
        oneStop2022.signerTitle = "Chủ tịch UBND huyện";
        oneStop2022.fields = List.of("cải cách hành chính", "một cửa");
        oneStop2022.tags = List.of("một cửa", "dịch vụ công trực tuyến");
        oneStop2022.attachment = true;
        oneStop2019.replacedBy = oneStop2022;
        oneStop2022.replaces = oneStop2019;
        oneStop2022.body = """
                Quy chế mới bổ sung việc tiếp nhận hồ sơ trực tuyến, số hóa hồ sơ ngay khi tiếp nhận và trả kết quả điện tử, theo Nghị định số 107/2021/NĐ-CP ngày 6/12/2021 của Chính phủ, và thay thế Quy chế ban hành kèm theo Quyết định số 486/QĐ-UBND ngày 12/3/2019 từ ngày 01/6/2022.

                ## Những điểm mới

                - Một quầy chuyên tiếp nhận, kiểm tra hồ sơ nộp trực tuyến và phản hồi người dân trong buổi làm việc.
                - Một quầy “hướng dẫn số”: công chức hướng dẫn người dân tự nộp hồ sơ trên điện thoại thay vì nộp hộ.
                - Một quầy ưu tiên cho người cao tuổi, người khuyết tật và phụ nữ mang thai.
                """;
        Doc nd107 = fixed(docs, "107/2021/NĐ-CP", "Nghị định", "Chính phủ", "2021-12-06",
                "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính");
        nd107.fields = List.of("cải cách hành chính", "một cửa");
        nd107.tags = List.of("một cửa", "số hóa hồ sơ");
        nd107.body = """
                Nghị định sửa đổi, bổ sung Nghị định số 61/2018/NĐ-CP ngày 23/4/2018, trong đó bổ sung quy định về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và về việc tiếp nhận hồ sơ, trả kết quả không phụ thuộc vào địa giới hành chính.

                Bản tin đăng thông tin chính để bạn đọc tiện tra cứu; toàn văn chính thức được đăng trên Cơ sở dữ liệu quốc gia về văn bản pháp luật.
                """;
        oneStop2022.basedOn.addAll(List.of(nd61, nd107));
        oneStop2022.implementing.add(nd107);
        Doc qd06 = fixed(docs, "06/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2022-01-06",
                "Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030");
        qd06.period = "2022-2030";
        qd06.fields = List.of("chuyển đổi số", "dữ liệu dân cư");
        qd06.tags = List.of("Đề án 06", "chuyển đổi số", "dữ liệu dân cư");
        qd06.body = """
                Đề án, thường được gọi là Đề án 06, đặt nền tảng cho việc khai thác Cơ sở dữ liệu quốc gia về dân cư và tài khoản định danh điện tử trong giải quyết thủ tục hành chính và cung cấp dịch vụ công.

                ## Năm nhóm tiện ích

                1. Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến.
                2. Phục vụ phát triển kinh tế, xã hội.
                3. Phục vụ phát triển công dân số.
                4. Hoàn thiện hệ sinh thái kết nối, khai thác, bổ sung làm giàu dữ liệu dân cư.
                5. Phục vụ chỉ đạo, điều hành của lãnh đạo các cấp.
                """;
        for (Doc d : docs) {
            d.body = nfc(d.body);
        }
        return docs;
    }

    // ---------------------------------------------------------------------------------------------
    // Document bodies.
    // ---------------------------------------------------------------------------------------------
    static String body(Doc d, Plan plan) {
        StringBuilder b = new StringBuilder(2048);
        if (d.template.equals("LEGAL")) {
            legalBody(d, b);
            return b.toString();
        }
        Random r = d.random;
        Ctx ctx = new Ctx(r, d.issued.atTime(8, 0));
        switch (d.shape) {
            case "CONGBO" -> congBoBody(d, b);
            case "BC_NAM", "BC_6T", "BC_QUY", "XA_BC" -> reportBody(d, ctx, b);
            case "QD_CHISO" -> indexBody(d, ctx, b);
            case "QD_DOANKT" -> inspectionBody(d, ctx, b);
            case "QD_QUYTRINH" -> workflowBody(d, ctx, b);
            case "QD_KHENTHUONG" -> awardBody(d, ctx, b);
            case "CT_KYCUONG" -> directiveBody(d, ctx, b);
            case "CV" -> letterBody(d, ctx, b);
            case "TB" -> noticeBody(d, ctx, b);
            default -> planBody(d, ctx, b);
        }
        return b.toString();
    }

    static String citations(Doc d) {
        List<String> cites = new ArrayList<>();
        for (Doc c : d.basedOn.subList(0, Math.min(3, d.basedOn.size()))) {
            cites.add(c.cite());
        }
        return String.join("; ", cites);
    }

    static void legalBody(Doc d, StringBuilder b) {
        Legal legal = d.legal;
        b.append(legal.kind()).append(" do ").append(legal.issuer()).append(" ban hành ngày ").append(d.issued.format(DAY));
        if (legal.effective() != null) {
            b.append(", có hiệu lực từ ngày ").append(legal.effective().format(DAY));
        }
        b.append(". Bản tin đăng thông tin chính của văn bản để bạn đọc tra cứu căn cứ pháp lý của các thủ tục hành chính; "
                + "toàn văn chính thức được đăng trên Cơ sở dữ liệu quốc gia về văn bản pháp luật.\n\n");
        if (!d.basedOn.isEmpty()) {
            b.append("Văn bản quy định chi tiết ").append(d.basedOn.stream().map(Doc::cite).collect(java.util.stream.Collectors.joining("; ")))
                    .append(".\n\n");
        }
        List<Proc> procs = distinctTitles(d.procedures);
        if (!procs.isEmpty()) {
            b.append("## Thủ tục hành chính có căn cứ là văn bản này\n\n");
            for (Proc p : procs.subList(0, Math.min(10, procs.size()))) {
                b.append("- [").append(p.title).append("](").append(p.url()).append("), ").append(p.levelName()).append('\n');
            }
            int shown = Math.min(10, procs.size());
            if (d.procedures.size() > shown) {
                b.append("\nCùng ").append(d.procedures.size() - shown).append(" thủ tục khác trong danh mục thủ tục hành chính.\n");
            }
        }
    }

    /** The procedures with distinct titles (past the written ones, titles repeat with other codes). */
    static List<Proc> distinctTitles(List<Proc> procs) {
        Set<String> seen = new HashSet<>();
        return procs.stream().filter(p -> seen.add(p.title)).toList();
    }

    static void congBoBody(Doc d, StringBuilder b) {
        List<Proc> all = d.procedures;
        List<Proc> procs = distinctTitles(all);
        b.append(d.basedOn.isEmpty() ? "" : "Căn cứ " + citations(d) + ", ").append("Chủ tịch")
                .append(" UBND tỉnh công bố kèm theo Quyết định này danh mục ")
                .append(all.size()).append(" thủ tục hành chính lĩnh vực ").append(lowerFirst(d.field))
                .append(" thuộc thẩm quyền giải quyết của UBND cấp huyện, UBND cấp xã và các cơ quan cấp tỉnh tiếp nhận hồ sơ tại huyện.\n\n");
        b.append("UBND huyện An Khánh và UBND các xã, thị trấn niêm yết, công khai danh mục tại Bộ phận Một cửa và trên Cổng Dịch vụ công của tỉnh.\n\n");
        if (!procs.isEmpty()) {
            b.append("## Danh mục thủ tục hành chính\n\n| Mã thủ tục | Tên thủ tục | Cấp thực hiện |\n|---|---|---|\n");
            for (Proc p : procs.subList(0, Math.min(15, procs.size()))) {
                b.append("| ").append(p.code).append(" | [").append(p.title).append("](").append(p.url()).append(") | ")
                        .append(capitalize(p.levelName())).append(" |\n");
            }
            if (all.size() > Math.min(15, procs.size())) {
                b.append("\nDanh mục đầy đủ gồm ").append(all.size()).append(" thủ tục, xem tại trang Thủ tục hành chính.\n");
            }
        }
    }

    static void planBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        boolean commune = d.issuerLevel == 'X';
        String subject = lowerFirst(d.summary);
        if (!d.implementing.isEmpty()) {
            b.append("Thực hiện ").append(d.implementing.get(0).cite()).append(", ").append(d.issuerShort())
                    .append(" ban hành Kế hoạch ").append(subject).append(" với mục tiêu ").append(ctx.fill("{MUCTIEU}")).append(".\n\n");
        } else if (!d.basedOn.isEmpty()) {
            b.append("Căn cứ ").append(citations(d)).append(", ").append(d.issuerShort()).append(" ban hành Kế hoạch ")
                    .append(subject).append(" như sau.\n\n");
        } else {
            b.append("Nhằm ").append(ctx.fill("{MUCTIEU}")).append(", ").append(d.issuerShort()).append(" ban hành Kế hoạch ")
                    .append(subject).append(" như sau.\n\n");
        }
        if (!d.theme.isEmpty()) {
            b.append("Chủ đề của năm là “").append(d.theme).append("”.\n\n");
        }
        b.append("## Mục đích, yêu cầu\n\n");
        List<String> aims = new ArrayList<>(List.of(PLAN_AIMS));
        if (commune) {
            aims.removeIf(aim -> aim.contains("phòng, ban"));
        }
        java.util.Collections.shuffle(aims, r);
        for (int i = 0; i < 3; i++) {
            b.append("- ").append(ctx.fill(aims.get(i))).append('\n');
        }
        b.append("\n## Chỉ tiêu").append(commune ? " của xã" : "").append("\n\n| Chỉ tiêu | Năm ").append(d.year)
                .append(" |\n|---|---:|\n");
        int y = d.year - FIRST.getYear();
        int online = Math.min(90, 5 + y * 8 + r.nextInt(5));
        switch (d.shape) {
            case "KH_TT", "XA_TT", "KH_HOITHI" -> {
                b.append("| Tin, bài trên ").append(commune ? "trang thông tin điện tử của xã" : "Cổng thông tin điện tử huyện")
                        .append(" | ").append(commune ? 12 + r.nextInt(20) : 30 + r.nextInt(40)).append(" |\n");
                b.append("| Chuyên mục trên loa truyền thanh cơ sở | ").append(24 + r.nextInt(29)).append(" số |\n");
                b.append("| Buổi hướng dẫn nộp hồ sơ trực tuyến tại thôn, khu phố | ").append(8 + r.nextInt(30)).append(" |\n");
                b.append("| Tờ gấp hướng dẫn thủ tục | ").append(thousands(500 * (1 + r.nextInt(10)))).append(" |\n");
            }
            case "KH_KIEMTRA" -> {
                b.append("| Xã, thị trấn được kiểm tra | ").append(6 + r.nextInt(7)).append(" |\n");
                b.append("| Phòng, ban chuyên môn được kiểm tra | ").append(3 + r.nextInt(4)).append(" |\n");
                b.append("| Cuộc kiểm tra đột xuất | ít nhất ").append(3 + r.nextInt(4)).append(" |\n");
            }
            default -> {
                b.append("| Hồ sơ giải quyết đúng hạn | từ ").append(95 + r.nextInt(5)).append("% |\n");
                b.append("| Hồ sơ nộp trực tuyến | từ ").append(online).append("% |\n");
                if (d.year >= 2020) {
                    b.append("| Kết quả giải quyết được số hóa | ").append(Math.min(100, online + 20)).append("% |\n");
                }
                if (d.year >= 2021) {
                    b.append("| Hồ sơ trực tuyến thanh toán phí, lệ phí trực tuyến | từ ").append(Math.max(20, online - 15)).append("% |\n");
                }
                b.append("| Mức độ hài lòng của người dân | trên ").append(80 + r.nextInt(14)).append("% |\n");
            }
        }
        b.append("\n## Nhiệm vụ, giải pháp\n\n");
        List<String> tasks = new ArrayList<>(List.of(BULLETS));
        java.util.Collections.shuffle(tasks, r);
        int count = 4 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            b.append(i + 1).append(". ").append(ctx.fill(tasks.get(i))).append('\n');
        }
        b.append("\n## Tổ chức thực hiện\n\n");
        List<String> org = new ArrayList<>(List.of(commune ? COMMUNE_ORG : PLAN_ORG));
        java.util.Collections.shuffle(org, r);
        b.append(ctx.fill(org.get(0))).append(' ').append(ctx.fill(org.get(1))).append(' ');
        b.append(commune ? "UBND xã báo cáo kết quả thực hiện về UBND huyện (qua Phòng Nội vụ) trước ngày "
                : "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày ")
                .append(d.issued.plusDays(150 + r.nextInt(30)).format(DAY2)).append(".\n");
    }

    static void reportBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        boolean commune = d.issuerLevel == 'X';
        String period = d.summary.replaceFirst(".*cải cách hành chính ", "").replaceFirst(" trên địa bàn.*", "")
                .replaceFirst(";.*", "");
        if (!d.basedOn.isEmpty()) {
            b.append("Thực hiện ").append(d.basedOn.get(0).cite()).append(", ");
        }
        b.append(d.basedOn.isEmpty() ? capitalize(d.issuerShort()) : d.issuerShort())
                .append(" báo cáo kết quả công tác cải cách hành chính ").append(period).append(" như sau.\n\n");
        b.append("## Kết quả đạt được\n\n");
        paragraph(b, ctx, BODY, 3);
        if (commune) {
            b.append("| Lĩnh vực | Hồ sơ tiếp nhận | Đúng hạn | Nộp trực tuyến |\n|---|---:|---:|---:|\n");
            List<String> fields = new ArrayList<>(List.of("Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Đất đai", "Hòa giải ở cơ sở"));
            java.util.Collections.shuffle(fields, r);
            for (int i = 0; i < 4; i++) {
                b.append("| ").append(fields.get(i)).append(" | ").append(thousands(20 + r.nextInt(1500))).append(" | ")
                        .append(percent(r, 95, 100)).append(" | ").append(percent(r, 10, 90)).append(" |\n");
            }
        } else {
            b.append("| Đơn vị | Hồ sơ tiếp nhận | Giải quyết đúng hạn | Nộp trực tuyến |\n|---|---:|---:|---:|\n");
            List<String> communes = new ArrayList<>(List.of(COMMUNES));
            java.util.Collections.shuffle(communes, r);
            for (int i = 0; i < 5; i++) {
                b.append("| ").append(capitalize(communes.get(i))).append(" | ").append(thousands(200 + r.nextInt(4800)))
                        .append(" | ").append(percent(r, 92, 100)).append(" | ").append(percent(r, 10, 95)).append(" |\n");
            }
        }
        b.append('\n');
        paragraph(b, ctx, BODY, 2);
        b.append("## Tồn tại, hạn chế\n\n");
        paragraph(b, ctx, PROBLEM, 2);
        b.append("## Phương hướng, nhiệm vụ\n\n");
        List<String> tasks = new ArrayList<>(List.of(BULLETS));
        java.util.Collections.shuffle(tasks, r);
        for (int i = 0; i < 3; i++) {
            b.append("- ").append(ctx.fill(tasks.get(i))).append('\n');
        }
    }

    static void paragraph(StringBuilder b, Ctx ctx, String[] bank, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            p.append(p.length() == 0 ? "" : " ").append(ctx.fill(ctx.fresh(bank)));
        }
        b.append(p).append("\n\n");
    }

    static void indexBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        b.append("Căn cứ kết quả tự đánh giá của UBND các xã, thị trấn và kết quả thẩm định của Hội đồng thẩm định Chỉ số cải cách hành chính huyện");
        if (!d.basedOn.isEmpty()) {
            b.append(", theo ").append(d.basedOn.get(0).cite());
        }
        b.append(", Chủ tịch UBND huyện công bố Chỉ số cải cách hành chính năm ").append(d.year - 1)
                .append(" của UBND 12 xã, thị trấn.\n\n## Kết quả xếp hạng\n\n| Hạng | Đơn vị | Điểm |\n|---:|---|---:|\n");
        List<String[]> rows = new ArrayList<>();
        for (String commune : COMMUNES) {
            rows.add(new String[] {capitalize(commune), decimal(r, 72, 95)});
        }
        rows.sort((a, c) -> Double.compare(Double.parseDouble(c[1].replace(',', '.')), Double.parseDouble(a[1].replace(',', '.'))));
        for (int i = 0; i < rows.size(); i++) {
            b.append("| ").append(i + 1).append(" | ").append(rows.get(i)[0]).append(" | ").append(rows.get(i)[1]).append(" |\n");
        }
        b.append("\nUBND các xã, thị trấn xếp ở ba vị trí cuối xây dựng kế hoạch khắc phục, gửi về Phòng Nội vụ trước ngày ")
                .append(d.issued.plusDays(30).format(DAY2)).append(". ").append(ctx.fill("Theo {NG}, {NHANXET}.")).append('\n');
    }

    static void inspectionBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        b.append(d.basedOn.isEmpty() ? "Chủ tịch UBND huyện" : "Căn cứ " + citations(d) + ", Chủ tịch UBND huyện")
                .append(" quyết định thành lập Đoàn kiểm tra công tác cải cách hành chính năm ").append(d.year).append(".\n\n");
        b.append("## Thành phần Đoàn kiểm tra\n\n");
        b.append("- Trưởng đoàn: ông Lê Minh Tuấn, Phó Chủ tịch UBND huyện.\n");
        b.append("- Phó Trưởng đoàn: bà Trần Thị Mai, Trưởng phòng Nội vụ huyện.\n");
        b.append("- Thành viên: đại diện lãnh đạo Phòng Tư pháp, Văn phòng HĐND và UBND huyện, Phòng Văn hóa và Thông tin huyện.\n\n");
        b.append("## Nhiệm vụ\n\n");
        b.append("Đoàn kiểm tra tại ").append(4 + r.nextInt(6)).append(" xã, thị trấn và ").append(2 + r.nextInt(3))
                .append(" phòng, ban chuyên môn; ít nhất một nửa số cuộc kiểm tra là đột xuất. ")
                .append(ctx.fill(ctx.fresh(BODY))).append(" Đoàn tự giải thể sau khi hoàn thành nhiệm vụ.\n");
    }

    static void workflowBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        FieldDef field = field(d.field);
        b.append(d.basedOn.isEmpty() ? "Theo" : "Căn cứ " + citations(d) + "; theo").append(" đề nghị của Trưởng ").append(lowerFirst(field.office()))
                .append(", Chủ tịch UBND huyện phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực ")
                .append(lowerFirst(d.field)).append(".\n\n## Nội dung chính\n\n");
        b.append("- Phê duyệt kèm theo Quyết định này ").append(2 + r.nextInt(12))
                .append(" quy trình nội bộ, quy định rõ từng bước, bộ phận thực hiện và thời gian xử lý.\n");
        b.append("- Văn phòng HĐND và UBND huyện cấu hình quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trong 10 ngày kể từ ngày Quyết định có hiệu lực.\n");
        b.append("- ").append(ctx.fill(ctx.fresh(BODY))).append('\n');
        b.append("\nQuyết định có hiệu lực từ ngày ").append(d.effective.format(DAY2));
        if (d.replaces != null) {
            b.append(" và thay thế Quyết định số ").append(d.replaces.number).append(" ngày ").append(d.replaces.issued.format(DAY))
                    .append(" của Chủ tịch UBND huyện");
        }
        b.append(".\n");
    }

    static void awardBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        b.append("Tặng Giấy khen của Chủ tịch UBND huyện cho các tập thể, cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm ")
                .append(d.year - 1).append(".\n\n## Tập thể\n\n");
        List<String> communes = new ArrayList<>(List.of(COMMUNES));
        java.util.Collections.shuffle(communes, r);
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.append("- Bộ phận Một cửa UBND ").append(communes.get(i)).append(".\n");
        }
        b.append("\n## Cá nhân\n\n");
        List<String> names = new ArrayList<>(List.of(WORDS.get("TEN")));
        java.util.Collections.shuffle(names, r);
        int m = 3 + r.nextInt(3);
        for (int i = 0; i < m; i++) {
            b.append("- ").append(i % 2 == 0 ? "Ông " : "Bà ").append(names.get(i)).append(", công chức UBND ")
                    .append(communes.get(n + i)).append(".\n");
        }
        b.append('\n').append(ctx.fill(ctx.fresh(BODY))).append('\n');
    }

    static void directiveBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        b.append(ctx.fill(ctx.fresh(BODY))).append(' ').append(ctx.fill(ctx.fresh(PROBLEM))).append("\n\n");
        b.append(d.basedOn.isEmpty() ? "Để khắc phục" : "Thực hiện " + citations(d) + ", để khắc phục")
                .append(" tình trạng trên, Chủ tịch UBND huyện yêu cầu thủ trưởng các phòng, ban và Chủ tịch UBND các xã, thị trấn thực hiện nghiêm các nội dung sau.\n\n## Yêu cầu\n\n");
        List<String> reqs = new ArrayList<>(List.of(DIRECTIVE_REQS));
        java.util.Collections.shuffle(reqs, r);
        int count = 4 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            b.append(i + 1).append(". ").append(reqs.get(i)).append('\n');
        }
        b.append("\n## Tổ chức thực hiện\n\n").append(ctx.fill(ctx.fresh(DIRECTION))).append(' ')
                .append("Phòng Nội vụ theo dõi, kiểm tra việc thực hiện Chỉ thị này và báo cáo Chủ tịch UBND huyện hằng quý.\n");
    }

    static void letterBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        b.append("Kính gửi: Thủ trưởng các phòng, ban chuyên môn thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn.\n\n");
        b.append(ctx.fill(ctx.fresh(BODY))).append(' ').append(ctx.fill(ctx.fresh(PROBLEM))).append("\n\n");
        b.append(d.basedOn.isEmpty() ? "UBND huyện" : "Thực hiện " + citations(d) + ", UBND huyện")
                .append(" đề nghị các cơ quan, đơn vị:\n\n");
        List<String> items = new ArrayList<>(List.of(BULLETS));
        java.util.Collections.shuffle(items, r);
        for (int i = 0; i < 3; i++) {
            b.append("- ").append(ctx.fill(items.get(i))).append('\n');
        }
        b.append("\nKết quả thực hiện gửi về ").append(d.field.isEmpty() ? "Phòng Nội vụ" : d.field).append(" trước ngày ")
                .append(d.issued.plusDays(15 + r.nextInt(15)).format(DAY2)).append(" để tổng hợp, báo cáo UBND huyện.\n");
    }

    static void noticeBody(Doc d, Ctx ctx, StringBuilder b) {
        Random r = d.random;
        b.append("Ngày ").append(d.issued.minusDays(2 + r.nextInt(4)).format(DAY))
                .append(", Chủ tịch UBND huyện chủ trì hội nghị giao ban công tác cải cách hành chính. Sau khi nghe Phòng Nội vụ báo cáo và ý kiến của các đơn vị, Chủ tịch UBND huyện kết luận như sau.\n\n");
        b.append("## Đánh giá chung\n\n");
        paragraph(b, ctx, BODY, 2);
        paragraph(b, ctx, PROBLEM, 1);
        b.append("## Nhiệm vụ thời gian tới\n\n");
        for (int i = 0; i < 3; i++) {
            b.append(i + 1).append(". ").append(ctx.fill(ctx.fresh(DIRECTION))).append('\n');
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Procedure steps.
    // ---------------------------------------------------------------------------------------------
    static List<String> steps(Proc p) {
        boolean police = p.field.communeOfficer().equals("công an");
        String where = switch (p.level) {
            case 'x' -> police ? "Công an xã, thị trấn nơi cư trú" : "Bộ phận Một cửa UBND xã, thị trấn";
            case 'h' -> "Bộ phận Một cửa huyện";
            default -> "Bộ phận Một cửa huyện (điểm tiếp nhận của " + p.agency() + ")";
        };
        List<String> steps = new ArrayList<>();
        steps.add("Người yêu cầu nộp hồ sơ tại " + where + (p.online() ? ", hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia" : "")
                + (p.postal ? ", hoặc gửi qua dịch vụ bưu chính công ích" : "") + ".");
        String checker = switch (p.level) {
            case 'x' -> police ? "Cán bộ Công an xã" : "Công chức " + p.field.communeOfficer();
            case 'h' -> "Công chức Bộ phận Một cửa huyện";
            default -> "Công chức tiếp nhận";
        };
        steps.add(checker + " kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng phiếu hướng dẫn, "
                + "hồ sơ đầy đủ thì cấp giấy tiếp nhận và hẹn ngày trả kết quả.");
        switch (p.level) {
            case 'x' -> steps.add(police ? "Trưởng Công an xã, thị trấn xem xét, giải quyết và cập nhật vào Cơ sở dữ liệu về cư trú."
                    : "Chủ tịch UBND xã, thị trấn xem xét, ký kết quả giải quyết.");
            case 'h' -> steps.add("Bộ phận Một cửa chuyển hồ sơ đến " + p.field.office()
                    + " thẩm định, trình Chủ tịch UBND huyện xem xét, quyết định.");
            default -> steps.add("Hồ sơ được chuyển đến " + p.agency() + " giải quyết; kết quả được chuyển về Bộ phận Một cửa huyện.");
        }
        steps.add("Người yêu cầu nhận kết quả tại " + where + (p.postal ? " hoặc qua dịch vụ bưu chính công ích" : "")
                + (p.online() ? "; hồ sơ nộp trực tuyến được trả kết quả điện tử vào tài khoản trên Cổng Dịch vụ công" : "") + ".");
        return steps;
    }

    // ---------------------------------------------------------------------------------------------
    // Writing documents and procedures: bantin's files, and the Hugo twin's plain pages.
    // ---------------------------------------------------------------------------------------------
    static void generateDocumentsAndProcedures(Plan plan, Path out, Path hugo) {
        Path content = out.resolve("content");
        Path data = out.resolve("data").resolve("thu-tuc");
        Path hugoContent = hugo == null ? null : hugo.resolve("content");
        plan.docs.parallelStream().forEach(d -> {
            write(content.resolve("van-ban").resolve(d.slug() + ".md"), nfc(documentFile(d)));
            String rtf = d.attachment ? rtf(d) : null;
            if (rtf != null) {
                write(content.resolve("van-ban").resolve("tep").resolve(d.slug() + ".rtf"), rtf);
            }
            if (hugoContent != null) {
                write(hugoContent.resolve("van-ban").resolve(d.slug() + ".md"), nfc(hugoDocument(d)));
                if (rtf != null) {
                    write(hugo.resolve("static").resolve("van-ban").resolve("tep").resolve(d.slug() + ".rtf"), rtf);
                }
            }
        });

        // Procedures: Markdown files, one CSV field, the rest in one YAML file per field.
        Set<String> names = new HashSet<>();
        Map<String, List<Proc>> yamlByFile = new java.util.LinkedHashMap<>();
        List<Proc> csv = new ArrayList<>();
        for (Proc p : plan.procs) {
            if (p.markdown) {
                String name = slugify(p.title);
                if (!names.add(name)) {
                    name = name + "-" + p.slug();
                    names.add(name);
                }
                write(content.resolve("thu-tuc").resolve(name + ".md"), nfc(procedureMarkdown(p)));
            } else if (csvField(p.field)) {
                csv.add(p);
            } else {
                yamlByFile.computeIfAbsent(p.field.file(), k -> new ArrayList<>()).add(p);
            }
            if (hugoContent != null) {
                write(hugoContent.resolve("thu-tuc").resolve(p.slug() + ".md"), nfc(hugoProcedure(p)));
            }
        }
        yamlByFile.forEach((file, procs) -> {
            for (int chunk = 0; chunk * RECORDS_PER_FILE < procs.size(); chunk++) {
                List<Proc> part = procs.subList(chunk * RECORDS_PER_FILE, Math.min(procs.size(), (chunk + 1) * RECORDS_PER_FILE));
                StringBuilder y = new StringBuilder(part.size() * 2500);
                y.append("# Thủ tục hành chính lĩnh vực ").append(part.get(0).field.name())
                        .append(" (kho bài thử nghiệm của bantin, sinh tự động).\n")
                        .append("# Mỗi thủ tục là một mục bắt đầu bằng \"- code:\". Xem README.md, mục \"6. Thủ tục hành chính\".\n");
                for (Proc p : part) {
                    y.append('\n');
                    procedureFields(y, p, true);
                }
                write(data.resolve(file + (chunk == 0 ? "" : "-" + (chunk + 1)) + ".yaml"), nfc(y.toString()));
            }
        });
        if (!csv.isEmpty()) {
            StringBuilder c = new StringBuilder(csv.size() * 2000);
            c.append("code,title,field,level,agency,applicants,submission,documents,processing_time,fees,result,conditions,"
                    + "legal_basis,online,online_url,status,replaced_by,decision,updated,tags,steps\n");
            for (Proc p : csv) {
                List<String> cells = new ArrayList<>();
                cells.add(p.code);
                cells.add(p.title);
                cells.add(p.field.name());
                cells.add(p.levelName());
                cells.add(p.agency());
                cells.add(p.field.applicants());
                cells.add(String.join("\n", p.submissions().stream().map(s -> String.join(" | ", s)).toList()));
                cells.add(String.join("\n", p.papers.stream().map(s -> String.join(" | ", s)).toList()));
                cells.add(p.time);
                cells.add(p.fees);
                cells.add(p.result);
                cells.add(p.conditions);
                cells.add(String.join("\n", p.legal.stream()
                        .map(l -> l.number() + " | " + l.title() + " | " + l.issued().format(DAY2)).toList()));
                cells.add(p.online);
                cells.add(p.online() ? p.onlineUrl() : "");
                cells.add(p.status);
                cells.add(p.replacedBy == null ? "" : p.replacedBy.code);
                cells.add(p.decision == null ? "" : p.decision.number);
                cells.add(p.updated.toString());
                cells.add(String.join(", ", p.tags));
                List<String> steps = new ArrayList<>();
                for (int s = 0; s < p.steps.size(); s++) {
                    steps.add((s + 1) + ". " + p.steps.get(s));
                }
                cells.add(String.join("\n", steps));
                c.append(String.join(",", cells.stream().map(CorpusGenerator::csvCell).toList())).append('\n');
            }
            write(data.resolve("lao-dong-xa-hoi.csv"), nfc(c.toString()));
        }
        if (hugoContent != null) {
            write(hugoContent.resolve("van-ban").resolve("_index.md"), "---\ntitle: \"Văn bản – Kế hoạch\"\n"
                    + "description: \"Kế hoạch, quyết định, báo cáo và các văn bản về cải cách hành chính.\"\nweight: 7\n---\n");
            write(hugoContent.resolve("thu-tuc").resolve("_index.md"), "---\ntitle: \"Thủ tục hành chính\"\n"
                    + "description: \"Danh mục thủ tục hành chính tiếp nhận tại Bộ phận Một cửa huyện và UBND các xã, thị trấn.\"\n"
                    + "weight: 8\n---\n");
        }
    }

    /** The sentence ending an article whose title names a procedure of the TT slot, or null. */
    static String procedureLink(Meta meta, Plan plan) {
        String title = nfc(meta.title()).toLowerCase(Locale.ROOT);
        String[] tt = WORDS.get("TT");
        for (int t = 0; t < tt.length && t < plan.core.length; t++) {
            Proc p = plan.core[t];
            if (p != null && title.contains(nfc(tt[t]))) {
                return nfc(PROCEDURE_LINKS[meta.index() % PROCEDURE_LINKS.length].replace("{T}", p.title)
                        .replace("{U}", p.url()).replace("{C}", p.code));
            }
        }
        return null;
    }

    static String documentFile(Doc d) {
        StringBuilder fm = new StringBuilder(1024).append("---\ntype: document\n");
        fm.append("number: ").append(yaml(d.number)).append('\n');
        fm.append("kind: ").append(yaml(d.kind)).append('\n');
        fm.append("issuer: ").append(yaml(d.issuer)).append('\n');
        fm.append("issued: ").append(d.issued).append('\n');
        if (d.effective != null && !d.effective.equals(d.issued)) {
            fm.append("effective: ").append(d.effective).append('\n');
        }
        if (d.expires != null) {
            fm.append("expires: ").append(d.expires).append('\n');
        }
        if (!d.signer.isEmpty()) {
            fm.append("signer: ").append(yaml(d.signer)).append('\n');
            fm.append("signer_title: ").append(yaml(d.signerTitle)).append('\n');
        }
        fm.append("summary: ").append(yaml(d.summary)).append('\n');
        if (!d.period.isEmpty()) {
            fm.append("period: ").append(d.period).append('\n');
        }
        if (!d.theme.isEmpty()) {
            fm.append("theme: ").append(yaml(d.theme)).append('\n');
        }
        if (!d.fields.isEmpty()) {
            fm.append("fields: ").append(flow(d.fields)).append('\n');
        }
        if (!d.tags.isEmpty()) {
            fm.append("tags: ").append(flow(d.tags)).append('\n');
        }
        if (!d.basedOn.isEmpty()) {
            fm.append("based_on: ").append(flow(d.basedOn.stream().map(x -> x.number).toList())).append('\n');
        }
        if (!d.implementing.isEmpty()) {
            fm.append("implements: ").append(flow(d.implementing.stream().map(x -> x.number).toList())).append('\n');
        }
        if (d.replacedBy != null) {
            fm.append("replaced_by: ").append(yaml(d.replacedBy.number)).append('\n');
        }
        if (d.attachment) {
            fm.append("attachments:\n  - file: tep/").append(d.slug()).append(".rtf\n    title: ")
                    .append(yaml("Toàn văn " + d.title())).append('\n');
        }
        return fm.append("---\n\n").append(d.body).toString();
    }

    static String hugoDocument(Doc d) {
        StringBuilder h = new StringBuilder(2048).append("---\n");
        h.append("title: ").append(quote(d.title())).append('\n');
        h.append("date: ").append(d.issued.atTime(8, 0).format(HUGO_DATE)).append('\n');
        h.append("description: ").append(quote(d.summary)).append('\n');
        h.append("---\n\n**").append(d.summary).append("**\n\n");
        h.append("- Số, ký hiệu: ").append(d.number).append('\n');
        h.append("- Loại văn bản: ").append(d.kind).append('\n');
        h.append("- Cơ quan ban hành: ").append(d.issuer).append('\n');
        h.append("- Ngày ban hành: ").append(d.issued.format(DAY2)).append('\n');
        h.append("- Ngày có hiệu lực: ").append((d.effective != null ? d.effective : d.issued).format(DAY2)).append('\n');
        if (d.expires != null) {
            h.append("- Ngày hết hiệu lực: ").append(d.expires.format(DAY2)).append('\n');
        }
        h.append("- Tình trạng: ").append(d.replacedBy != null ? "Bị thay thế bởi " + hugoLink(d.replacedBy) : "Còn hiệu lực")
                .append('\n');
        if (!d.signer.isEmpty()) {
            h.append("- Người ký: ").append(d.signer).append(", ").append(d.signerTitle).append('\n');
        }
        if (!d.period.isEmpty()) {
            h.append("- Giai đoạn: ").append(d.period.replace('-', '–')).append('\n');
        }
        if (!d.fields.isEmpty()) {
            h.append("- Lĩnh vực: ").append(String.join(", ", d.fields)).append('\n');
        }
        if (!d.tags.isEmpty()) {
            h.append("- Từ khóa: ").append(String.join(", ", d.tags)).append('\n');
        }
        if (!d.basedOn.isEmpty()) {
            h.append("- Căn cứ: ").append(String.join(", ", d.basedOn.stream().map(CorpusGenerator::hugoLink).toList())).append('\n');
        }
        if (!d.implementing.isEmpty()) {
            h.append("- Thực hiện: ").append(String.join(", ", d.implementing.stream().map(CorpusGenerator::hugoLink).toList()))
                    .append('\n');
        }
        if (d.replaces != null) {
            h.append("- Thay thế: ").append(hugoLink(d.replaces)).append('\n');
        }
        if (d.attachment) {
            h.append("- Tệp đính kèm: [Toàn văn ").append(d.title()).append(" (RTF)](/van-ban/tep/").append(d.slug()).append(".rtf)\n");
        }
        return h.append('\n').append(d.body).toString();
    }

    static String hugoLink(Doc d) {
        return "[" + d.number + "](" + d.url() + ")";
    }

    /** A procedure's keys, as a record of a bulk YAML file ("- code: …", indented) or as front matter. */
    static void procedureFields(StringBuilder y, Proc p, boolean record) {
        String in = record ? "  " : "";
        y.append(record ? "- " : "").append("code: ").append(quote(p.code)).append('\n');
        y.append(in).append("title: ").append(yaml(p.title)).append('\n');
        y.append(in).append("field: ").append(yaml(p.field.name())).append('\n');
        y.append(in).append("level: ").append(p.levelName()).append('\n');
        y.append(in).append("agency: ").append(yaml(p.agency())).append('\n');
        y.append(in).append("applicants: ").append(yaml(p.field.applicants())).append('\n');
        y.append(in).append("submission:\n");
        for (String[] s : p.submissions()) {
            y.append(in).append("  - way: ").append(s[0]).append('\n');
            y.append(in).append("    processing_time: ").append(yaml(s[1])).append('\n');
            y.append(in).append("    fee: ").append(yaml(s[2])).append('\n');
        }
        y.append(in).append("documents:\n");
        for (String[] paper : p.papers) {
            y.append(in).append("  - name: ").append(yaml(paper[0])).append('\n');
            y.append(in).append("    originals: ").append(paper[1]).append('\n');
            y.append(in).append("    copies: ").append(paper[2]).append('\n');
        }
        y.append(in).append("processing_time: ").append(yaml(p.time)).append('\n');
        y.append(in).append("fees: ").append(yaml(p.fees)).append('\n');
        y.append(in).append("result: ").append(yaml(p.result)).append('\n');
        if (!p.conditions.isEmpty()) {
            y.append(in).append("conditions: ").append(yaml(p.conditions)).append('\n');
        }
        if (!p.legal.isEmpty()) {
            y.append(in).append("legal_basis:\n");
            for (Legal l : p.legal) {
                y.append(in).append("  - number: ").append(yaml(l.number())).append('\n');
                y.append(in).append("    title: ").append(yaml(l.title())).append('\n');
                y.append(in).append("    date: ").append(record ? l.issued().toString() : l.issued().format(DAY2)).append('\n');
            }
        }
        y.append(in).append("online: ").append(p.online).append('\n');
        if (p.online()) {
            y.append(in).append("online_url: ").append(p.onlineUrl()).append('\n');
        }
        y.append(in).append("status: ").append(p.status).append('\n');
        if (p.replacedBy != null) {
            y.append(in).append("replaced_by: ").append(quote(p.replacedBy.code)).append('\n');
        }
        if (p.decision != null) {
            y.append(in).append("decision: ").append(yaml(p.decision.number)).append('\n');
        }
        y.append(in).append("updated: ").append(p.updated).append('\n');
        y.append(in).append("tags: ").append(flow(p.tags)).append('\n');
        if (record) {
            y.append(in).append("steps: |\n");
            for (int s = 0; s < p.steps.size(); s++) {
                y.append(in).append("  ").append(s + 1).append(". ").append(p.steps.get(s)).append('\n');
            }
        }
    }

    static String procedureMarkdown(Proc p) {
        StringBuilder m = new StringBuilder(3000).append("---\ntype: procedure\n");
        procedureFields(m, p, false);
        m.append("---\n\n## Trình tự thực hiện\n\n");
        for (int s = 0; s < p.steps.size(); s++) {
            m.append(s + 1).append(". ").append(p.steps.get(s)).append('\n');
        }
        return m.append("\n## Lưu ý\n\n").append(p.note).append('\n').toString();
    }

    static String hugoProcedure(Proc p) {
        StringBuilder h = new StringBuilder(3000).append("---\n");
        h.append("title: ").append(quote(p.title)).append('\n');
        h.append("date: ").append(p.updated.atTime(8, 0).format(HUGO_DATE)).append('\n');
        h.append("tags: [").append(String.join(", ", p.tags.stream().map(CorpusGenerator::quote).toList())).append("]\n");
        h.append("---\n\n**Mã thủ tục:** ").append(p.code).append(" · **Lĩnh vực:** ").append(p.field.name())
                .append(" · **Cấp thực hiện:** ").append(p.levelName()).append("\n\n");
        h.append("- Cơ quan thực hiện: ").append(p.agency()).append('\n');
        h.append("- Đối tượng thực hiện: ").append(p.field.applicants()).append('\n');
        h.append("- Thời hạn giải quyết: ").append(p.time).append('\n');
        h.append("- Phí, lệ phí: ").append(p.fees).append('\n');
        h.append("- Kết quả thực hiện: ").append(p.result).append('\n');
        h.append("- Dịch vụ công trực tuyến: ").append(switch (p.online) {
            case "full" -> "toàn trình";
            case "partial" -> "một phần";
            default -> "không";
        }).append(p.online() ? " ([nộp trực tuyến](" + p.onlineUrl() + "))" : "").append('\n');
        h.append("- Tình trạng: ").append(switch (p.status) {
            case "replaced" -> "đã được thay thế bởi thủ tục [" + p.replacedBy.title + "](" + p.replacedBy.url() + ")";
            case "abolished" -> "đã bãi bỏ";
            default -> "còn hiệu lực";
        }).append('\n');
        if (p.decision != null) {
            h.append("- Quyết định công bố: ").append(hugoLink(p.decision)).append('\n');
        }
        h.append("- Ngày cập nhật: ").append(p.updated.format(DAY2)).append("\n\n## Trình tự thực hiện\n\n");
        for (int s = 0; s < p.steps.size(); s++) {
            h.append(s + 1).append(". ").append(p.steps.get(s)).append('\n');
        }
        h.append("\n## Cách thức thực hiện\n\n| Cách nộp | Thời hạn giải quyết | Phí, lệ phí |\n|---|---|---|\n");
        for (String[] s : p.submissions()) {
            h.append("| ").append(capitalize(s[0])).append(" | ").append(s[1]).append(" | ").append(s[2]).append(" |\n");
        }
        h.append("\n## Thành phần hồ sơ\n\n| Giấy tờ | Bản chính | Bản sao |\n|---|---:|---:|\n");
        for (String[] paper : p.papers) {
            h.append("| ").append(paper[0]).append(" | ").append(paper[1]).append(" | ").append(paper[2]).append(" |\n");
        }
        if (!p.conditions.isEmpty()) {
            h.append("\n## Yêu cầu, điều kiện\n\n").append(p.conditions).append('\n');
        }
        if (!p.legal.isEmpty()) {
            h.append("\n## Căn cứ pháp lý\n\n");
            for (Legal l : p.legal) {
                h.append("- ").append(l.number()).append(": ").append(l.title()).append(", ngày ")
                        .append(l.issued().format(DAY2)).append('\n');
            }
        }
        if (p.markdown) {
            h.append("\n## Lưu ý\n\n").append(p.note).append('\n');
        }
        return h.toString();
    }

    /** The full text of a document as a small RTF file (an attachment bantin accepts, written without any binary). */
    static String rtf(Doc d) {
        StringBuilder s = new StringBuilder(4096);
        s.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman Times New Roman;}}\n\\f0\\fs26\n");
        rtfParagraph(s, "\\qc\\b", d.issuer.toUpperCase(Locale.ROOT));
        rtfParagraph(s, "\\qc\\b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        rtfParagraph(s, "\\qc\\b", "Độc lập – Tự do – Hạnh phúc");
        rtfParagraph(s, "\\qc", "Số: " + d.number);
        String date = "ngày " + d.issued.getDayOfMonth() + " tháng " + d.issued.getMonthValue() + " năm " + d.issued.getYear();
        rtfParagraph(s, "\\qr\\i", d.issuerLevel == 'T' ? capitalize(date) : "An Khánh, " + date);
        rtfParagraph(s, "\\qc\\b\\sb240", d.kind.toUpperCase(Locale.ROOT));
        rtfParagraph(s, "\\qc\\b\\sa240", d.summary);
        for (String line : nfc(d.body).split("\n")) {
            if (line.isBlank() || line.startsWith("|---")) {
                continue;
            }
            String text = line.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "");
            if (text.startsWith("## ")) {
                rtfParagraph(s, "\\b\\sb120", text.substring(3));
            } else if (text.startsWith("| ") && text.endsWith(" |")) {
                rtfParagraph(s, "\\li360", text.substring(2, text.length() - 2).replace(" | ", "\t"));
            } else if (text.startsWith("- ")) {
                rtfParagraph(s, "\\li360\\qj", "– " + text.substring(2));
            } else {
                rtfParagraph(s, "\\qj\\fi360", text);
            }
        }
        if (!d.signer.isEmpty()) {
            rtfParagraph(s, "\\qr\\b\\sb240", d.signerTitle.toUpperCase(Locale.ROOT));
            rtfParagraph(s, "\\qr\\b\\sb720", d.signer);
        }
        return s.append("}\n").toString();
    }

    static void rtfParagraph(StringBuilder s, String format, String text) {
        s.append("{\\pard").append(format).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                s.append('\\').append(c);
            } else if (c == '\t') {
                s.append("\\tab ");
            } else if (c < 0x80) {
                s.append(c);
            } else {
                s.append("\\u").append((int) (short) c).append('?');
            }
        }
        s.append("\\par}\n");
    }

    /** A YAML scalar, in double quotes when a plain one could be misread. */
    static String yaml(String value) {
        if (value.isEmpty()) {
            return "\"\"";
        }
        char first = value.charAt(0);
        boolean quote = value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || "-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isWhitespace(first)
                || Character.isWhitespace(value.charAt(value.length() - 1))
                || value.matches("(?i)true|false|yes|no|on|off|null|~|[-+.0-9][-+.:0-9]*");
        return quote ? quote(value) : value;
    }

    /** A YAML flow list: [a, b]. */
    static String flow(List<String> items) {
        return "[" + String.join(", ", items.stream()
                .map(s -> s.matches(".*[,\\[\\]{}#].*") || yaml(s).startsWith("\"") ? quote(s) : s).toList()) + "]";
    }

    static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
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
        for (String folder : List.of("content", "templates", "assets", "data")) {
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

        // Documents and procedures are decided first: some articles end with a link to a procedure.
        Plan plan = plan(n, seed);

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
            // Articles naming a procedure end with a link to its page (not in the JBake twin, which has no procedures).
            String link = procedureLink(meta, plan);
            String linked = link == null ? text : text + (text.endsWith("\n\n") ? "" : "\n") + link + "\n";
            write(content.resolve(meta.section().id()).resolve(meta.slug() + ".md"), bantinFrontMatter(meta) + "\n" + linked);
            if (hugoContentFinal != null) {
                write(hugoContentFinal.resolve(meta.section().id()).resolve(meta.slug() + ".md"), hugoFrontMatter(meta) + "\n" + linked);
            }
            if (jbakeContentFinal != null) {
                write(jbakeContentFinal.resolve(meta.section().id()).resolve(meta.slug() + ".md"), jbakeHeader(meta) + "\n" + text);
            }
        });
        generateDocumentsAndProcedures(plan, out, hugo);

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
        long procedureLinks = metas.stream().filter(m -> procedureLink(m, plan) != null).count();
        long markdown = plan.procs.stream().filter(p -> p.markdown).count();
        long csv = plan.procs.stream().filter(p -> csvField(p.field)).count();
        System.out.printf(Locale.ROOT, "corpus: %d articles (%s), words per article %d-%d (mean %.0f), %d internal links, "
                        + "%d tags, seed %d; %d documents (%d laws and decrees the procedures cite, %d with an RTF attachment), "
                        + "%d procedures (%d Markdown, %d CSV, %d YAML; %d replaced, %d abolished), "
                        + "%d articles linking a procedure, in %.1f s -> %s%s%n",
                n, perSection, n == 0 ? 0 : minWords, maxWords, n == 0 ? 0.0 : (double) words / n, links,
                tagsUsed.size(), seed, plan.docs.size(), plan.legalHosted,
                plan.docs.stream().filter(d -> d.attachment).count(), plan.procs.size(), markdown, csv,
                plan.procs.size() - markdown - csv, plan.replaced, plan.abolished, procedureLinks,
                (System.nanoTime() - started) / 1e9, out,
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
