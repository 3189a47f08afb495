package vn.bantin.model;

import vn.bantin.text.FingerprintHash;

import java.util.Objects;

/**
 * The body of an article, a document or a static page: sanitised HTML, links site-root-relative,
 * mentions of documents linked. It is a value of its own, not a string, so that the render stage
 * can tell which pages show which bodies: a list that shows an article's title and summary does
 * not change when the article's body does.
 *
 * @param source the site-relative path of the file it was written in: which body it is
 * @param html   the HTML
 */
public record Body(String source, String html) {

    public Body {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(html, "html");
    }

    /** Whether there is any text at all. */
    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** A hash of the HTML, for a page's fingerprint ({@link FingerprintHash}). */
    public byte[] digest() {
        return new FingerprintHash().text(html).bytes();
    }
}
