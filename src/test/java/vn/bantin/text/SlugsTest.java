package vn.bantin.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Đẩy mạnh tuyên truyền về cải cách hành chính | day-manh-tuyen-truyen-ve-cai-cach-hanh-chinh",
        "ĐẨY MẠNH TUYÊN TRUYỀN                        | day-manh-tuyen-truyen",
        "Kế hoạch số 106/KH-UBND                      | ke-hoach-so-106-kh-ubnd",
        "Chuyển đổi số – năm 2024!                    | chuyen-doi-so-nam-2024",
        "  Một   cửa  liên thông  ,                   | mot-cua-lien-thong",
        "Ưu tiên ơn nghĩa, ăn ở                       | uu-tien-on-nghia-an-o",
        "PAR INDEX 2023                               | par-index-2023",
        "đường đi Đồng Đăng                           | duong-di-dong-dang",
        "!!!                                          | ''",
    })
    void slugifiesVietnamese(String title, String slug) {
        assertEquals(slug, Slugs.slugify(title));
    }

    @Test
    void nfdInputGivesTheSameSlugAsNfc() {
        String nfc = "Cải cách hành chính Đề án 06";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertFalse(nfc.equals(nfd), "the test needs two different encodings");
        assertEquals("cai-cach-hanh-chinh-de-an-06", Slugs.slugify(nfd));
        assertEquals(Slugs.slugify(nfc), Slugs.slugify(nfd));
    }

    @ParameterizedTest
    @CsvSource({"day-manh,true", "a1-b2-c3,true", "Day-manh,false", "day--manh,false", "-day,false",
        "day-,false", "đẩy,false", "day manh,false", "'',false"})
    void recognisesSlugs(String text, boolean isSlug) {
        assertEquals(isSlug, Slugs.isSlug(text));
    }

    @Test
    void foldsForSearch() {
        assertTrue(VietnameseText.fold("Cải Cách Hành Chính").equals("cai cach hanh chinh"));
        assertEquals("dang ky khai sinh", VietnameseText.fold("Đăng ký khai sinh"));
    }
}
