package vn.bantin.finish.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up bulletin for tests of the search index at scale: articles of Vietnamese words, a few
 * very common and most rare (chosen by a power law, as in real text), of lengths from a paragraph
 * to a long report, one day apart, newest first, so that the entry of index {@code i} has id
 * {@code i}.
 */
final class SyntheticBulletin {
    /** Words of administrative-reform news, the most common first. */
    private static final String[] COMMON = ("và của các cho trong được với là có những một này đã để theo người dân xã "
            + "huyện tỉnh công tác cải cách hành chính thủ tục hồ sơ giải quyết kế hoạch triển khai thực hiện nhiệm vụ "
            + "năm tháng ngày ban nhân ủy đảng bộ chi cán viên chức phòng sở ngành đơn vị tổ quản lý nhà nước văn bản "
            + "quy định pháp luật tuyên truyền phổ biến giáo dục y tế đất đai xây dựng nông thôn mới kinh phát triển "
            + "hội nghị tổng kết sơ đánh giá quả đạt chỉ tiêu tiếp nhận trả cửa liên thông trực tuyến dịch số chuyển "
            + "đổi điện tử doanh đầu tư môi trường an ninh trật tự quốc lao động việc làm bảo hiểm sách gia đình trẻ "
            + "em phụ nữ thanh niên hóa thể thao du lịch giao vận tải tài nguyên khoa học nghệ tin").split(" ");
    private static final String[] ONSETS = {"b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh",
        "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};
    private static final String[] RIMES = {"a", "á", "ài", "ản", "ãng", "ạnh", "ao", "ắc", "ầm", "ẩn", "ất", "ây", "e",
        "ém", "ẻn", "ê", "ếch", "ênh", "i", "ím", "ìn", "ỉnh", "o", "oá", "ói", "òm", "õn", "ọng", "ô", "ối", "ồng",
        "ơ", "ới", "ởn", "u", "úi", "ùn", "ủng", "uy", "ư", "ứa", "ược", "ương"};
    /** The words, common then rare: onsets and rimes make a thousand syllables a few articles each have. */
    static final List<String> WORDS = words();

    private SyntheticBulletin() {
    }

    private static List<String> words() {
        List<String> words = new ArrayList<>(List.of(COMMON));
        for (String rime : RIMES) {
            for (String onset : ONSETS) {
                words.add(onset + rime);
            }
        }
        return words;
    }

    /** {@code count} articles, from {@code seed}. */
    static List<SearchEntry> articles(int count, long seed) {
        Random random = new Random(seed);
        List<SearchEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int words = 15 + (int) (Math.pow(random.nextDouble(), 2.5) * 900);
            String date = LocalDate.of(2024, 12, 31).minusDays(i).toString();
            entries.add(article("/tin-tuc/bai-" + i + "/", date, "Tin " + i + " " + text(random, 4), text(random, words)));
        }
        return entries;
    }

    /** An article whose snippet is its title, so that another text leaves all a results list shows. */
    static SearchEntry article(String url, String date, String title, String text) {
        return new SearchEntry(url, EntryKind.ARTICLE, title, date, date, "Tin tức", title, text, List.of());
    }

    /** The same entry with another text. */
    static SearchEntry withText(SearchEntry entry, String text) {
        return new SearchEntry(entry.url(), entry.kind(), entry.title(), entry.date(), entry.dateIso(), entry.section(),
                entry.snippet(), text, entry.keywords());
    }

    /** Its text. */
    static String text(SearchEntry entry) {
        return entry.parts().get(0).text();
    }

    /** Sentences of {@code words} words in all, a full stop every few. */
    static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = word(random);
            text.append(text.isEmpty() || text.charAt(text.length() - 2) == '.' ? capitalised(word) : word);
            text.append(random.nextInt(10) == 0 || w == words - 1 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** Words of the common ones only. */
    static String commonText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(COMMON[(int) (Math.pow(random.nextDouble(), 2) * COMMON.length)]).append(' ');
        }
        return text.toString().strip() + ".";
    }

    private static String word(Random random) {
        return WORDS.get((int) (Math.pow(random.nextDouble(), 3) * WORDS.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
