package vn.bantin.model;

/** An article's cover image; {@code url} is site-root-relative or absolute. */
public record Cover(String url, String caption, String alt) {
}
