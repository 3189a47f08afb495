package vn.bantin.finish.search;

import vn.bantin.load.Body;

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
 * @param parts    what the text to search is made of, in order ({@link #textBuilder()})
 * @param keywords what names it and must be found as typed, weighted above the text: tags, a
 *                 document number ({@code 54/KH-UBND}), a procedure code ({@code 1.001193})
 */
public record SearchEntry(String url, EntryKind kind, String title, String date, String dateIso, String section,
                          String snippet, List<Part> parts, List<String> keywords) {

    /**
     * A piece of the text to search: plain text, or a body whose readable text is searched. The
     * body is read only for an entry that is analysed ({@link SearchIndexBuilder}): an entry
     * unchanged since the previous bake is known by its text and its bodies' digests.
     *
     * @param text the plain text, or null for a body
     * @param body the body, or null for plain text
     */
    public record Part(String text, Body body) {
        public Part {
            if ((text == null) == (body == null)) {
                throw new IllegalArgumentException("a part is either plain text or a body");
            }
        }

        public static Part plain(String text) {
            return new Part(Objects.requireNonNullElse(text, ""), null);
        }

        public static Part html(Body body) {
            return new Part(null, Objects.requireNonNull(body, "body"));
        }

        /** Whether it is HTML, whose readable text is searched. */
        public boolean isHtml() {
            return body != null;
        }

        /** The plain text, or the body's HTML, read now. */
        public String content() {
            return body != null ? body.html() : text;
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
     * phrase runs from one into the next. Made anew on each call, and not copied into a string:
     * the index folds it as it is.
     */
    StringBuilder textBuilder() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            int start = text.length();
            if (part.isHtml()) {
                HtmlText.appendTo(text, part.content());
            } else {
                text.append(part.content());
            }
            if (isBlank(text, start)) {
                text.setLength(start);
            } else {
                text.append('\n');
            }
        }
        return text;
    }

    /** Whether the text from {@code start} is empty or white space only, as {@link String#isBlank} tells. */
    private static boolean isBlank(StringBuilder text, int start) {
        for (int i = start; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
