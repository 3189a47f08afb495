package vn.bantin.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Every pair of the characters plainlyNfc takes is NFC as it is: no character of the set is
     * changed by normalisation or composes with the one before, so no text made of them is.
     */
    @Test
    void whatIsPlainlyNfcIsNfc() {
        StringBuilder plain = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (VietnameseText.plainlyNfc(new char[] {c}, 0, 1)) {
                plain.append(c);
            }
        }
        assertEquals(0x300 + 0x100 + 0x18, plain.length());
        List<String> changed = new ArrayList<>();
        char[] pair = new char[2];
        for (int i = 0; i < plain.length(); i++) {
            for (int j = 0; j < plain.length(); j++) {
                pair[0] = plain.charAt(i);
                pair[1] = plain.charAt(j);
                if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
                    changed.add(String.format("U+%04X U+%04X", (int) pair[0], (int) pair[1]));
                }
            }
        }
        assertEquals(List.of(), changed);
        String text = "Ủy ban nhân dân xã An Khánh – “cải cách hành chính”…";
        assertTrue(VietnameseText.plainlyNfc(text.toCharArray(), 0, text.length()));
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertFalse(VietnameseText.plainlyNfc(nfd.toCharArray(), 0, nfd.length()));
    }
}
