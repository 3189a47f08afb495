package vn.bantin.model.document;

/**
 * A file attached to a document: its full text (PDF), an annex (DOCX)…, published from the
 * content folder.
 *
 * @param title    what the author called it, or its file name
 * @param fileName the file's name, e.g. {@code 54-kh-ubnd-2025.pdf}
 * @param url      site-root-relative
 * @param type     the file type in capitals, from its extension: {@code PDF}, {@code DOCX}
 * @param mimeType for the link's {@code type} attribute
 * @param bytes    the file's size
 */
public record Attachment(String title, String fileName, String url, String type, String mimeType, long bytes) {
}
