package vn.bantin.model.document;

/**
 * A reference to a document by its number, as an author wrote it in {@code based_on},
 * {@code implements}, {@code replaced_by} or an article's {@code documents}.
 *
 * @param written  the number as written, e.g. {@code 76/NQ-CP}
 * @param document the document of this site it names, or null when the site does not host it
 *                 (shown as plain text)
 */
public record DocumentRef(String written, Document document) {

    /** Whether the site hosts the document. */
    public boolean hosted() {
        return document != null;
    }

    /** The document's page, or null when it has none. */
    public String url() {
        return document == null ? null : document.url();
    }
}
