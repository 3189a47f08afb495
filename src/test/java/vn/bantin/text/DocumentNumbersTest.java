package vn.bantin.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "54/KH-UBND          | 54/KH-UBND",
        "  145/KH-UBND       | 145/KH-UBND",
        "76/NQ-CP            | 76/NQ-CP",
        "23/CT-TTg           | 23/CT-TTg",
        "45/2020/NĐ-CP       | 45/2020/NĐ-CP",
        "14/KH-LĐLĐ          | 14/KH-LĐLĐ",
        "01-CTr/TU           | 01-CTr/TU",
        "24-CT/TU            | 24-CT/TU",
        "123/UBND-VP         | 123/UBND-VP",
        "54 / KH - UBND      | 54/KH-UBND",
        "54/KH–UBND          | 54/KH-UBND",
        "54/KH‑UBND          | 54/KH-UBND",
    })
    void normalisesNumbersAsPrinted(String written, String normalised) {
        assertEquals(Optional.of(normalised), DocumentNumbers.normalize(written));
    }

    @ParameterizedTest(name = "''{0}'' is no number")
    @CsvSource(delimiter = '|', value = {
        "54-KH-UBND", "54/kh-ubnd", "KH-UBND", "54/", "/KH-UBND", "54/KH-", "2/10", "15/3/2024", "Kế hoạch 54",
        "123456/KH-UBND", "54/KH-UBND/", "54/KH UBND", "''",
    })
    void refusesWhatIsNoNumber(String written) {
        assertEquals(Optional.empty(), DocumentNumbers.normalize(written));
    }

    @Test
    void nfdInputIsTheSameNumber() {
        String nfd = Normalizer.normalize("45/2020/NĐ-CP", Normalizer.Form.NFD);
        assertEquals(Optional.of("45/2020/NĐ-CP"), DocumentNumbers.normalize(nfd));
    }

    @ParameterizedTest(name = "{0} and {1} are one number")
    @CsvSource(delimiter = '|', value = {
        "07/KH-UBND | 7/KH-UBND",
        "23/CT-TTg  | 23/CT-TTG",
        "01-CTr/TU  | 1-CTR/TU",
        "06/QĐ-TTg  | 6/QĐ-TTG",
    })
    void keysIgnoreLeadingZerosAndCase(String one, String other) {
        assertEquals(DocumentNumbers.key(one), DocumentNumbers.key(other));
    }

    @ParameterizedTest(name = "{0} issued in {1} -> /van-ban/{2}/")
    @CsvSource(delimiter = '|', value = {
        "54/KH-UBND    | 2025 | 54-kh-ubnd-2025",
        "54/KH-UBND    | 2026 | 54-kh-ubnd-2026",
        "06/QĐ-TTg     | 2022 | 06-qd-ttg-2022",
        "45/2020/NĐ-CP | 2020 | 45-2020-nd-cp",
        "01-CTr/TU     | 2021 | 01-ctr-tu-2021",
    })
    void slugsCarryTheYearSoThatANumberCanComeBack(String number, int year, String slug) {
        assertEquals(slug, DocumentNumbers.slug(number, year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ban hành Kế hoạch số 54/KH-UBND ngày 24/02/2025.            | 54/KH-UBND",
        "Theo Nghị quyết 76/NQ-CP, Chỉ thị 23/CT-TTg và 45/2020/NĐ-CP | 76/NQ-CP,23/CT-TTg,45/2020/NĐ-CP",
        "Chương trình 01-CTr/TU của Tỉnh ủy                          | 01-CTr/TU",
        "(số 54/KH–UBND)                                             | 54/KH–UBND",
        "Số 154/KH-UBND không chứa 54/KH-UBND                        | 154/KH-UBND,54/KH-UBND",
        "Văn bản 54/KH-UBND-VP là số khác                             | 54/KH-UBND-VP",
        "Hoàn thành 46/48 nhiệm vụ, xếp thứ 2/10, quý III/2026        | ''",
        "Ngày 15/3/2024 và 21/03/2024 15:46                           | ''",
        "Mã x54/KH-UBND không phải số                                | ''",
    })
    void findsMentionsInRunningText(String text, String expected) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DocumentNumbers.MENTION.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found);
    }

    @Test
    void yearInsideTheNumber() {
        assertEquals(2020, DocumentNumbers.yearIn("45/2020/NĐ-CP"));
        assertEquals(0, DocumentNumbers.yearIn("54/KH-UBND"));
    }
}
