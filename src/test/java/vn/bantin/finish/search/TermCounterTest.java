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
    private static final List<String> KEYWORDS = List.of("cải cách hành chính", "54/KH-UBND");

    private static SearchEntry entry(int items) {
        StringBuilder text = new StringBuilder("Kế hoạch 54/KH-UBND về cải cách hành chính. ");
        for (int i = 0; i < items; i++) {
            text.append("mục").append(i).append(i % 7 == 0 ? ", " : " ").append(i % 3 == 0 ? "cải cách " : "");
        }
        text.append("\nĐẩy mạnh cải cách hành chính, kế hoạch 54/KH-UBND.");
        return new SearchEntry("/tin-tuc/a/", EntryKind.values()[0], "Cải cách hành chính năm 2025", "", "", "", "",
                text.toString(), KEYWORDS);
    }

    /** Each term of the entry and its mark, read one by one with {@link SearchText#terms}. */
    private static Map<String, Integer> expected(SearchEntry entry) {
        Map<String, Integer> expected = new TreeMap<>();
        SearchText.terms(entry.textBuilder().toString()).forEach(term -> expected.merge(term, EntryTerms.COUNTED, Integer::sum));
        SearchText.terms(entry.title()).forEach(term -> expected.merge(term, EntryTerms.IN_TITLE, (a, b) -> a | b));
        entry.keywords().forEach(keyword -> SearchText.terms(keyword)
                .forEach(term -> expected.merge(term, EntryTerms.IN_KEYWORDS, (a, b) -> a | b)));
        return expected;
    }

    private static Map<String, Integer> counted(EntryTerms terms) {
        Map<String, Integer> actual = new TreeMap<>();
        for (int part = 0; part < EntryTerms.PARTS; part++) {
            for (int t = terms.starts()[part]; t < terms.starts()[part + 1]; t++) {
                assertEquals(part, EntryTerms.part(terms.terms()[t]), terms.terms()[t] + " is in its part");
                actual.put(terms.terms()[t], terms.marks()[t]);
            }
        }
        return actual;
    }

    @Test
    void countsWhatTheTermsOfTheTextAreOneByOne() {
        SearchEntry entry = entry(3000);
        Map<String, Integer> expected = expected(entry);

        EntryTerms terms = EntryTerms.of(entry);

        assertTrue(expected.size() > 6000, "pairs and syllables by the thousand: " + expected.size());
        assertEquals(expected, counted(terms));
        assertEquals(SearchText.terms(entry.textBuilder().toString()).stream()
                        .filter(term -> term.indexOf(' ') < 0 && !term.matches(".*[./-].*")).count(),
                terms.length(), "the length counts the text's syllables");
    }

    @Test
    void aCounterThatForgetsTheTermsItKnowsCountsTheNextEntriesAsBefore() {
        TermCounter counter = new TermCounter(50); // fewer than any entry below has: forgotten between each two
        for (int items : new int[]{12, 12, 3000, 5, 3000, 40, 12}) {
            SearchEntry entry = entry(items);
            assertEquals(expected(entry), counted(EntryTerms.of(entry, counter)), items + " items");
        }
    }

    @Test
    void entriesCountedOneAfterAnotherOnOneThreadKeepNothingOfEachOther() {
        // the thread's counter grows its tables for the longest, lets them go, and is cleared for each
        for (int items : new int[]{3000, 5, 40_000, 12, 0, 3000}) {
            SearchEntry entry = entry(items);
            assertEquals(expected(entry), counted(EntryTerms.of(entry)), items + " items");
        }
    }
}
