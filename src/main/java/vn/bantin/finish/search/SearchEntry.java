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
 * @param parts    what the text to search is made of, in order ({@link #text()})
 * @param keywords what names it and must be found as typed, weighted above the text: tags, a
 *                 document number ({@code 54/KH-UBND}), a procedure code ({@code 1.001193})
 */
public record SearchEntry(String url, EntryKind kind, String title, String date, String dateIso, String section,
                          String snippet, List<Part> parts, List<String> keywords) {

    /**
     * A piece of the text to search: plain text, or HTML whose readable text is searched. The HTML
     * is read only for an entry that is analysed ({@link SearchIndexBuilder}): an entry unchanged
     * since the previous bake is known by its parts as they are.
     */
    public record Part(String content, boolean html) {
        public Part {
            content = Objects.requireNonNullElse(content, "");
        }

        public static Part plain(String text) {
            return new Part(text, false);
        }

        public static Part html(String html) {
            return new Part(html, true);
        }
    }

    /** An entry whose text to search is {@code text}, plain. */
    public SearchEntry(String url, EntryKind kind, String title, String date, String dateIso, String section,
                       String snippet, String text, List<String> keywords) {
        this(url, kind, title, date, dateIso, section, snippet, List.of(Part.plain(text)), keywords);
    }

    public SearchEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        date = Objects.requireNonNullElse(date, "");
        dateIso = Objects.requireNonNullElse(dateIso, "");
        section = Objects.requireNonNullElse(section, "");
        snippet = Objects.requireNonNullElse(snippet, "");
        parts = parts == null ? List.of() : List.copyOf(parts);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /**
     * The text to search, plain: each part that is not blank on lines of its own, so that no
     * phrase runs from one into the next. Made anew on each call.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            String plain = part.html() ? HtmlText.of(part.content()) : part.content();
            if (!plain.isBlank()) {
                text.append(plain).append('\n');
            }
        }
        return text.toString();
    }
}
