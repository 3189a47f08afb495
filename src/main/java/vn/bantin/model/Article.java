package vn.bantin.model;

import vn.bantin.load.Body;
import vn.bantin.text.ContentDates.ContentDate;

import java.util.List;
import java.util.Map;

/**
 * A published (or draft) article of a section.
 *
 * @param sourcePath  site-relative path of its file, for messages
 * @param url         site-root-relative, e.g. {@code /tin-tuc/hoi-nghi/}
 * @param summary     the author's summary, or the first paragraph when none was given
 * @param body        sanitised HTML, links site-root-relative
 * @param frontMatter every header key as written, for JBake-style templates
 */
public record Article(String sourcePath, String slug, String url, Section section, String title, ContentDate date,
                      String author, String source, String summary, Cover cover, List<Tag> tags, Body body,
                      boolean draft, Map<String, Object> frontMatter) {

    /** One article per file: its identity is its file, not the deep value of every field. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Article article && article.sourcePath.equals(sourcePath);
    }

    /** Cheap and stable: articles are keys of maps on hot paths (related articles, feeds). */
    @Override
    public int hashCode() {
        return sourcePath.hashCode();
    }

    /** {@code 21/03/2024 15:46}, or {@code 21/03/2024} when no time was given. */
    public String dateDisplay() {
        return date.display();
    }

    /** ISO 8601 with the +07:00 offset. */
    public String dateIso() {
        return date.iso();
    }
}
