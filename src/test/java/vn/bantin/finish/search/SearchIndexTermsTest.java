package vn.bantin.finish.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index's terms: folding, tokenising into syllables, pairs and compounds, and posting lists. */
class SearchIndexTermsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Cải cách hành chính          | cai cach hanh chinh",
        "CẢI CÁCH HÀNH CHÍNH          | cai cach hanh chinh",
        "Đẩy mạnh Đề án 06            | day manh de an 06",
        "Bộ phận Một cửa              | bo phan mot cua",
        "Ưu tiên ơn nghĩa, ăn ở       | uu tien on nghia, an o",
        "14/KH-LĐLĐ                   | 14/kh-ldld",
        "giai đoạn 2021–2025          | giai doan 2021-2025",
        "hòa và hoà                   | hoa va hoa",
    })
    void foldsCaseDiacriticsAndDStrokeAway(String text, String folded) {
        assertEquals(folded, SearchText.fold(text));
    }

    @Test
    void nfdTextFoldsLikeNfc() {
        String nfc = "Thủ tục đăng ký khai sinh tại Bộ phận Một cửa";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd, "the test needs two encodings");
        assertEquals("thu tuc dang ky khai sinh tai bo phan mot cua", SearchText.fold(nfd));
        assertEquals(SearchText.terms(nfc), SearchText.terms(nfd));
        assertEquals(SearchText.query(nfc), SearchText.query(nfd));
    }

    @Test
    void foldingCharacterByCharacterIsTheExactFold() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x2100; c++) {
            if (!Character.isSurrogate(c)) {
                every.append(c).append(' ');
            }
        }
        String all = every.toString();
        assertEquals(SearchText.exactFold(all), SearchText.fold(all));
        String vietnamese = "Thủ tục hành chính: ĐĂNG KÝ, Ủy ban, người dân, quý III/2026 – năm 2021—2025, Ơn, Ưu, ỹ ỵ ẫ Ặ";
        for (Normalizer.Form form : Normalizer.Form.values()) {
            String text = Normalizer.normalize(vietnamese, form);
            assertEquals(SearchText.exactFold(text), SearchText.fold(text), form.name());
        }
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                text.append(random.nextInt(4) == 0 ? (char) (0x300 + random.nextInt(0x70)) : all.charAt(random.nextInt(all.length())));
            }
            assertEquals(SearchText.exactFold(text.toString()), SearchText.fold(text.toString()), text.toString());
        }
        assertEquals("οδος", SearchText.fold("ΟΔΟΣ"), "a final sigma takes the exact fold");
    }

    @Test
    void syllablesAndPairsOfAdjacentSyllables() {
        assertEquals(List.of("cai", "cach", "cai cach", "hanh", "cach hanh", "chinh", "hanh chinh"),
                SearchText.terms("Cải cách hành chính"));
    }

    @Test
    void punctuationAndLineFeedsEndAPhraseButSpacesDoNot() {
        List<String> terms = SearchText.terms("Cải   cách.  Hành chính (CCHC) một\tcửa\nxã");
        assertTrue(terms.contains("cai cach"));
        assertTrue(terms.contains("hanh chinh"));
        assertFalse(terms.contains("cach hanh"), "a full stop ends the phrase: " + terms);
        assertFalse(terms.contains("chinh cchc"), "so does a bracket: " + terms);
        assertTrue(terms.contains("mot cua"), "a tab is a space: " + terms);
        assertFalse(terms.contains("cua xa"), "a line feed ends the phrase: " + terms);
        assertFalse(SearchText.terms(htmlText("<p>hành chính</p><p>một cửa</p>")).contains("chinh mot"),
                "a paragraph of HTML ends the phrase");
    }

    @Test
    void documentNumbersAndProcedureCodesAreCompoundsAsTyped() {
        List<String> terms = SearchText.terms("Kế hoạch số 54/KH-UBND ngày 24/02/2025");
        assertTrue(terms.containsAll(List.of("54/kh-ubnd", "54", "kh", "ubnd", "54 kh", "kh ubnd", "so 54",
                "ubnd ngay", "24/02/2025")), terms.toString());
        assertTrue(SearchText.terms("mã thủ tục 1.001193.").containsAll(List.of("1.001193", "1", "001193", "1 001193")));
        assertTrue(SearchText.terms("Kế hoạch 14/KH-LĐLĐ").contains("14/kh-ldld"));
        assertFalse(SearchText.terms("kinh tế - xã hội").contains("te-xa"), "a spaced dash is punctuation");
    }

    @Test
    void aQueryIsItsDistinctWordsPairsAndCompounds() {
        SearchText.Query query = SearchText.query("cai cach hanh chinh");
        assertEquals(List.of("cai", "cach", "hanh", "chinh"), query.words());
        assertEquals(List.of("cai cach", "cach hanh", "hanh chinh"), query.pairs());
        assertEquals(List.of(), query.compounds());

        SearchText.Query number = SearchText.query("  54/KH-UBND ");
        assertEquals(List.of("54", "kh", "ubnd"), number.words());
        assertEquals(List.of("54 kh", "kh ubnd"), number.pairs());
        assertEquals(List.of("54/kh-ubnd"), number.compounds());

        assertEquals(SearchText.query("một cửa"), SearchText.query("MOT CUA"));
        assertEquals(List.of("hanh", "chinh"), SearchText.query("hành chính hành chính").words());
        assertTrue(SearchText.query(" ?! ").isEmpty());
    }

    @Test
    void aQueryKeepsItsFirstTenWords() {
        SearchText.Query query = SearchText.query("a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12");
        assertEquals(10, query.words().size());
        assertEquals("a10", query.words().get(9));
    }

    @Test
    void overlongRunsAreNoWords() {
        String hash = "x".repeat(SearchText.MAX_SYLLABLE + 1);
        assertEquals(List.of("mot", "cua"), SearchText.terms("một " + hash + " cửa"));
        assertEquals(List.of("x".repeat(SearchText.MAX_SYLLABLE)), SearchText.terms("x".repeat(SearchText.MAX_SYLLABLE)));
    }

    @Test
    void htmlTextKeepsWordsOfInlineTagsTogetherAndDecodesEntities() {
        String text = htmlText("<p>Kế hoạch <a href=\"/van-ban/x/\" class=\"doc-ref\">54/KH-UBND</a> &amp; "
                + "<strong>một</strong> cửa</p><table><tr><td>Xã</td><td>Tân Hòa</td></tr></table>"
                + "<!-- ghi chú --><script>bo qua</script>");
        List<String> terms = SearchText.terms(text);
        assertTrue(terms.containsAll(List.of("hoach 54", "54/kh-ubnd", "mot cua")), terms.toString());
        assertFalse(terms.contains("xa tan"), "table cells are apart: " + terms);
        assertFalse(terms.contains("ghi") || terms.contains("bo"), "no comment or script text: " + terms);
        assertTrue(text.contains("&") && !text.contains("&amp;"));
    }

    @Test
    void postingListsRoundTrip() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            int[] ids = new int[n];
            byte[] levels = new byte[n];
            int id = -1;
            for (int i = 0; i < n; i++) {
                id += 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(100_000));
                ids[i] = id;
                levels[i] = (byte) (1 + random.nextInt(PostingCodec.LEVELS));
            }
            String encoded = PostingCodec.encode(ids, levels, n);
            List<Integer> decodedIds = new ArrayList<>();
            List<Byte> decodedLevels = new ArrayList<>();
            PostingCodec.decode(encoded, (i, level) -> {
                decodedIds.add(i);
                decodedLevels.add((byte) level);
            });
            assertArrayEquals(ids, decodedIds.stream().mapToInt(Integer::intValue).toArray());
            for (int i = 0; i < n; i++) {
                assertEquals(levels[i], decodedLevels.get(i));
            }
            assertEquals(n, PostingCodec.count(encoded));
            assertTrue(encoded.chars().allMatch(c -> PostingCodec.ALPHABET.indexOf(c) >= 0));
        }
    }

    @Test
    void theLargestGapsRoundTripToo() {
        int[] ids = {Integer.MAX_VALUE / 2, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        byte[] levels = {16, 1, 8};
        String encoded = PostingCodec.encode(ids, levels, ids.length);
        assertEquals(7 + 7 + 1, encoded.length(), "a gap of 30 bits takes six characters after the first");
        List<Integer> decoded = new ArrayList<>();
        PostingCodec.decode(encoded, (id, level) -> decoded.add(id));
        assertArrayEquals(ids, decoded.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void aTermOnEveryEntryCostsOneCharacterPerEntry() {
        int[] ids = {0, 1, 2, 3, 5};
        byte[] levels = {1, 16, 2, 1, 1};
        assertEquals("A8EAB", PostingCodec.encode(ids, levels, 5), "gaps of 1 and 2 fit the first character");
        assertEquals("CB", PostingCodec.encode(new int[] {2}, new byte[] {1}, 1), "gap 3: the 'more' flag and one more");
    }

    private static String htmlText(String html) {
        StringBuilder text = new StringBuilder();
        HtmlText.appendTo(text, html);
        return text.toString();
    }
}
