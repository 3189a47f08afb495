package vn.bantin.load;

import vn.bantin.text.FingerprintHash;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

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
 *   <li>A body made from another (its mentions of documents linked) as the bake before made it is
 *       known by that bake's digest, and made again only when a page shows it.</li>
 * </ul>
 * A body held in memory is held as UTF-8, the form it is stored and written in: a Vietnamese text,
 * in a string, takes two bytes for every character, and the bodies were a quarter of what a full
 * bake of 10,000 articles held. Its HTML is decoded at each {@link #html} call, once or twice a bake.
 */
public final class Body {
    private final String source;
    /** The HTML in UTF-8, when held in memory; null when stored. */
    private final byte[] utf8;
    private final BodyStore store;
    private final long offset;
    private final int length;
    /** Makes the HTML of a body known by its digest only ({@link #derived}); else null. */
    private final Supplier<String> derivation;
    private volatile byte[] digest;

    private Body(String source, byte[] utf8, BodyStore store, long offset, int length, Supplier<String> derivation,
                 byte[] digest) {
        this.source = Objects.requireNonNull(source, "source");
        this.utf8 = utf8;
        this.store = store;
        this.offset = offset;
        this.length = length;
        this.derivation = derivation;
        this.digest = digest;
    }

    /** A body held in memory. */
    public static Body of(String source, String html) {
        return new Body(source, html.getBytes(StandardCharsets.UTF_8), null, -1, 0, null, null);
    }

    /** A body kept in {@code store}: {@code length} bytes of UTF-8 at {@code offset}, whose HTML has this digest. */
    static Body stored(String source, BodyStore store, long offset, int length, byte[] digest) {
        return new Body(source, null, store, offset, length, null, digest.clone());
    }

    /**
     * A body made from another (its mentions linked) whose digest is known from the bake before:
     * {@code html} makes it only when a page shows it, and must make HTML with this digest.
     */
    public static Body derived(String source, byte[] digest, Supplier<String> html) {
        return new Body(source, null, null, -1, 0, Objects.requireNonNull(html, "html"), digest.clone());
    }

    /** The site-relative path of the file it was written in: which body it is. */
    public String source() {
        return source;
    }

    /** The HTML, decoded at each call; a stored body is read from its store, and is not kept. */
    public String html() {
        return new String(utf8(), StandardCharsets.UTF_8);
    }

    /** The HTML in UTF-8, to be written, never changed: as held, read from the store, or made. */
    public byte[] utf8() {
        if (utf8 != null) {
            return utf8;
        }
        return derivation == null ? store.read(this) : made();
    }

    private byte[] made() {
        byte[] made = derivation.get().getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(digestOf(made), digest)) {
            throw new IllegalStateException(source + ": the body made again differs from the one its digest was"
                    + " kept for; delete the memory beside the output (<output>.bantin) and bake again");
        }
        return made;
    }

    /** A hash of the HTML ({@link FingerprintHash}), for fingerprints: known without reading a stored body. */
    public byte[] digest() {
        byte[] known = digest;
        if (known == null) {
            known = digestOf(utf8);
            digest = known;
        }
        return known.clone();
    }

    /** The digest of {@code utf8}: what a body's digest is, and what a body read back is checked against. */
    static byte[] digestOf(byte[] utf8) {
        return new FingerprintHash().bytes(utf8).bytes();
    }

    /**
     * The same body with other HTML (the model's, with the mentions of documents linked); this
     * very body, stored or not, when the HTML is the same.
     */
    public Body withHtml(String changed) {
        byte[] encoded = changed.getBytes(StandardCharsets.UTF_8);
        boolean same = utf8 != null ? Arrays.equals(encoded, utf8) : Arrays.equals(digestOf(encoded), digest());
        return same ? this : new Body(source, encoded, null, -1, 0, null, null);
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
