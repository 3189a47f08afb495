package vn.bantin.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseTextTest {

    @Test
    void collatesDAfterDAndTonesAfterTheBaseLetter() {
        List<String> names = new ArrayList<>(List.of("Đất đai", "Dân số", "Ảnh", "An toàn", "Ăn uống", "Âm nhạc",
                "Bảo hiểm", "Hộ tịch", "Hồ sơ", "Ô nhiễm", "Ơn", "Ong"));
        names.sort(VietnameseText.collation());
        assertEquals(List.of("An toàn", "Ảnh", "Ăn uống", "Âm nhạc", "Bảo hiểm", "Dân số", "Đất đai", "Hồ sơ",
                "Hộ tịch", "Ong", "Ô nhiễm", "Ơn"), names);
    }

    @Test
    void tagKeyMergesCaseAndNormalisation() {
        String nfd = Normalizer.normalize("cải cách hành chính", Normalizer.Form.NFD);
        assertEquals(VietnameseText.tagKey("Cải Cách Hành Chính"), VietnameseText.tagKey(nfd));
        assertEquals(VietnameseText.tagKey("CẢI CÁCH HÀNH CHÍNH "), VietnameseText.tagKey("cải cách hành chính"));
    }
}
