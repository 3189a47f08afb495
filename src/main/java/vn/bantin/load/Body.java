package vn.bantin.load;

import vn.bantin.text.FingerprintHash;

import java.util.Arrays;
import java.util.Objects;

/**
 * The body of an article, a document, a static page or a procedure: sanitised HTML, links
 * site-root-relative. It is a value of its own, not a string, for two reasons.
 * <ul>
 *   <li>The render stage can tell which pages show which bodies: a list that shows an article's
 *       title and summary does not change when its body does.</li>
 *   <li>The body of a file an incremental bake did not parse again stays on disk, in the
 *       {@link BodyStore} of the bake before, until something shows it; its digest is known without
 *       reading it. At 10,000 articles the bodies are four fifths of what a bake remembers, and
 *       an edit to one article needs few of them read back.</li>
 * </ul>
 */
public final class Body {
    private final String source;
    /** The HTML, when held in memory; null when stored. */
    private final String html;
    private final BodyStore store;
    private final long offset;
    private final int length;
    private volatile byte[] digest;

    private Body(String source, String html, BodyStore store, long offset, int length, byte[] digest) {
        this.source = Objects.requireNonNull(source, "source");
        this.html = html;
        this.store = store;
        this.offset = offset;
        this.length = length;
        this.digest = digest;
    }

    /** A body held in memory. */
    public static Body of(String source, String html) {
        return new Body(source, Objects.requireNonNull(html, "html"), null, -1, 0, null);
    }

    /** A body kept in {@code store}: {@code length} bytes of UTF-8 at {@code offset}, whose HTML has this digest. */
    static Body stored(String source, BodyStore store, long offset, int length, byte[] digest) {
        return new Body(source, null, store, offset, length, digest.clone());
    }

    /** The site-relative path of the file it was written in: which body it is. */
    public String source() {
        return source;
    }

    /** The HTML; a stored body is read from its store at each call, and is not kept. */
    public String html() {
        return html != null ? html : store.read(this);
    }

    /** A hash of the HTML ({@link FingerprintHash}), for fingerprints: known without reading a stored body. */
    public byte[] digest() {
        byte[] known = digest;
        if (known == null) {
            known = digestOf(html);
            digest = known;
        }
        return known.clone();
    }

    /** The digest of {@code html}: what a body's digest is, and what a body read back is checked against. */
    static byte[] digestOf(String html) {
        return new FingerprintHash().text(html).bytes();
    }

    /**
     * The same body with other HTML (the model's, with the mentions of documents linked); this
     * very body, stored or not, when the HTML is the same.
     */
    public Body withHtml(String changed) {
        return changed.equals(html) ? this : of(source, changed);
    }

    /** Whether it is kept in a store found damaged ({@link BodyStore#damaged}): then it cannot be trusted. */
    public boolean damaged() {
        return store != null && store.damaged();
    }

    /** Where in {@code in} it is kept, or -1 when it is not kept there. */
    long offsetIn(BodyStore in) {
        return store == in ? offset : -1;
    }

    /** How many bytes of UTF-8 it takes in its store. */
    int storedLength() {
        return length;
    }

    /** The same body: the same file, the same HTML. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && body.source.equals(source) && Arrays.equals(body.digest(), digest());
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return "Body[" + source + "]";
    }
}
