package vn.bantin.model;

/**
 * A tag: all spellings differing only in case or Unicode normalisation are one tag.
 *
 * @param name  the most used spelling
 * @param url   its page, or null when the site renders no tag pages
 * @param count published articles and procedures carrying it
 */
public record Tag(String name, String slug, String url, String feedUrl, int count) {

    /** One tag per slug: compared by it, not by every field. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && tag.slug.equals(slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    /** The name: JBake templates print {@code ${tag}} on a tag's page. */
    @Override
    public String toString() {
        return name;
    }
}
