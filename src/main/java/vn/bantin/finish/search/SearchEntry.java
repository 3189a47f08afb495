package vn.bantin.finish.search;

import java.util.List;
import java.util.Objects;

/**
 * One thing a reader can find: an article, a document, a static page, a procedure. Producers
 * ({@link SearchEntries}) turn each kind of the model into entries; the index builder knows only
 * entries, so a new kind of content needs a producer and nothing else.
 *
 * @param url      site-root-relative, e.g. {@code /tin-tuc/hoi-nghi/}
 * @param title    as shown in the results
 * @param date     as shown ({@code 21/03/2024}), or empty
 * @param dateIso  ISO 8601 ({@code 2024-03-21T15:46:00+07:00} or {@code 2024-03-21}), or empty; newer
 *                 entries come first among equally good results
 * @param section  where it belongs, shown beside the date: a section's title, an issuing body, a
 *                 procedure's field; or empty
 * @param snippet  a sentence or two shown under the title (a summary, a trích yếu), or empty
 * @param text     the text to search, plain (no HTML)
 * @param keywords what names it and must be found as typed, weighted above the text: tags, a
 *                 document number ({@code 54/KH-UBND}), a procedure code ({@code 1.001193})
 */
public record SearchEntry(String url, EntryKind kind, String title, String date, String dateIso, String section,
                          String snippet, String text, List<String> keywords) {

    public SearchEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        date = Objects.requireNonNullElse(date, "");
        dateIso = Objects.requireNonNullElse(dateIso, "");
        section = Objects.requireNonNullElse(section, "");
        snippet = Objects.requireNonNullElse(snippet, "");
        text = Objects.requireNonNullElse(text, "");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
