package vn.bantin.model.document;

import vn.bantin.load.ParsedDocument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A document as read from its file, before the others are known: references are not resolved yet
 * and tags are names.
 *
 * @param url       its page, or null when no document pages are rendered
 * @param key       its number's identity, see {@link vn.bantin.text.DocumentNumbers#key}
 * @param listed    shown on the site: published, or any document in an author's preview
 */
record DocumentDraft(ParsedDocument file, String slug, String url, String number, String key, String kind,
                     String issuer, LocalDate issued, LocalDate effective, LocalDate expires, Validity validity,
                     Reference replacedBy, String signer, String signerTitle, String summary, Period period,
                     String theme, List<String> fields, List<String> tags, List<Attachment> attachments,
                     List<Reference> basedOn, List<Reference> implementing, boolean draft, boolean listed) {

    /** One draft per file: compared by identity, which keeps hashing cheap however large the file. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    String path() {
        return file.path();
    }

    /** {@code 24/02/2025}, for messages. */
    String issuedDisplay() {
        return issued.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The leading number, to order documents of one day: the higher was issued later. */
    int serial() {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return Integer.parseInt(number.substring(0, end));
    }
}
