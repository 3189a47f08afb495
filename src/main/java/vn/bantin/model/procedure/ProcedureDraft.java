package vn.bantin.model.procedure;

import vn.bantin.load.ParsedDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A procedure as read from its file or data record, before the others are known: the procedure
 * replacing it is a code, its tags are names.
 *
 * @param file       the Markdown file, or the record of a bulk data file
 * @param replacedBy the code written in {@code replaced_by}, or empty
 */
record ProcedureDraft(ParsedDocument file, String code, String title, String field, Level level, String agency,
                      String applicants, String steps, List<Submission> submissions,
                      List<RequiredDocument> documents, String processingTime, String fees, String result,
                      String conditions, List<LegalBasis> legalBasis, OnlineService online, String onlineUrl,
                      ProcedureStatus status, String replacedBy, String decision, String decisionUrl,
                      LocalDate updated, List<String> tags) {

    /** Codes are compared without regard to case: {@code 1.001193.H12} and {@code 1.001193.h12} are one. */
    String key() {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The {@link #key} of the procedure replacing this one, or empty. */
    String replacementKey() {
        return replacedBy.toLowerCase(Locale.ROOT);
    }

    /** Where it was written, for messages: {@code data/thu-tuc/ho-tich.yaml:12}. */
    String place() {
        return file.path() + ":" + file.header().lineOf("code");
    }
}
