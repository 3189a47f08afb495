package vn.bantin.finish.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entry's terms as {@link TermCounter} counts them are the terms {@link SearchText#terms}
 * reads, one by one: counted in the text, marked in the title and keywords. The text is long
 * and varied enough for every table of the counter to grow several times.
 */
class TermCounterTest {

    @Test
    void countsWhatTheTermsOfTheTextAreOneByOne() {
        StringBuilder text = new StringBuilder("Kế hoạch 54/KH-UBND về cải cách hành chính. ");
        for (int i = 0; i < 3000; i++) {
            text.append("mục").append(i).append(i % 7 == 0 ? ", " : " ").append(i % 3 == 0 ? "cải cách " : "");
        }
        text.append("\nĐẩy mạnh cải cách hành chính, kế hoạch 54/KH-UBND.");
        String title = "Cải cách hành chính năm 2025";
        List<String> keywords = List.of("cải cách hành chính", "54/KH-UBND");
        SearchEntry entry = new SearchEntry("/tin-tuc/a/", EntryKind.values()[0], title, "", "", "", "",
                text.toString(), keywords);

        Map<String, Integer> expected = new TreeMap<>();
        List<String> read = SearchText.terms(text.toString());
        read.forEach(term -> expected.merge(term, EntryTerms.COUNTED, Integer::sum));
        SearchText.terms(title).forEach(term -> expected.merge(term, EntryTerms.IN_TITLE, (a, b) -> a | b));
        keywords.forEach(keyword -> SearchText.terms(keyword)
                .forEach(term -> expected.merge(term, EntryTerms.IN_KEYWORDS, (a, b) -> a | b)));

        EntryTerms terms = EntryTerms.of(entry);
        Map<String, Integer> actual = new TreeMap<>();
        for (int part = 0; part < EntryTerms.PARTS; part++) {
            for (int t = terms.starts()[part]; t < terms.starts()[part + 1]; t++) {
                assertEquals(part, EntryTerms.part(terms.terms()[t]), terms.terms()[t] + " is in its part");
                actual.put(terms.terms()[t], terms.marks()[t]);
            }
        }
        assertTrue(expected.size() > 6000, "pairs and syllables by the thousand: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(read.stream().filter(term -> term.indexOf(' ') < 0 && !term.matches(".*[./-].*")).count(),
                terms.length(), "the length counts the text's syllables");
    }
}
