package vn.bantin.model.document;

import vn.bantin.load.Body;
import vn.bantin.load.DocumentMentions;
import vn.bantin.load.ParsedDocument;
import vn.bantin.problem.Problems;
import vn.bantin.text.DocumentNumbers;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the mentions the load stage marked in a body ({@link DocumentMentions}) into links to the
 * documents' pages, or back into plain text when the site does not host the number. One scan of
 * the HTML string, no parsing: the load stage already found the mentions as it cleaned the body.
 *
 * <p>A number names one document when exactly one hosted document has it. When several do (numbers
 * restart every year), the date written after the mention decides ("Kế hoạch số 54/KH-UBND ngày
 * 24/02/2025"), else the documents the article lists in its front matter; a mention still
 * ambiguous is left as text, with a warning.
 */
final class MentionLinker {
    /** Longest number a mark may hold: anything longer is not one of ours. */
    private static final int LONGEST = 64;

    private final Map<String, List<DocumentDraft>> listedByKey;
    private final Problems problems;

    MentionLinker(Map<String, List<DocumentDraft>> listedByKey, Problems problems) {
        this.listedByKey = listedByKey;
        this.problems = problems;
    }

    /**
     * The body of {@code file} with its mentions linked.
     *
     * @param self      the document whose body this is (never linked to itself), or null
     * @param preferred documents that settle an ambiguous mention (an article's {@code documents})
     * @param found     told about each document linked
     */
    Body link(ParsedDocument file, DocumentDraft self, Set<DocumentDraft> preferred, Consumer<DocumentDraft> found) {
        if (!file.marked()) {
            return file.body(); // left unread: a body kept by the bake before may stay on disk
        }
        String html = file.body().html();
        int start = html.indexOf(DocumentMentions.START);
        StringBuilder out = new StringBuilder(html.length() + 256);
        Set<String> warned = new HashSet<>();
        int from = 0;
        while (start >= 0) {
            int end = html.indexOf(DocumentMentions.END, start + 1);
            if (end < 0 || end - start > LONGEST) {
                out.append(html, from, start); // not a mark of ours: drop the stray character
                from = start + 1;
            } else {
                String written = html.substring(start + 1, end);
                out.append(html, from, start);
                DocumentDraft target = target(file, written, html, end + 1, self, preferred, warned);
                if (target != null && target.url() != null) {
                    out.append("<a href=\"").append(attribute(target.url())).append("\" class=\"doc-ref\">")
                            .append(written).append("</a>");
                    found.accept(target);
                } else {
                    out.append(written);
                }
                from = end + 1;
            }
            start = html.indexOf(DocumentMentions.START, from);
        }
        return file.body().withHtml(DocumentMentions.strip(out.append(html, from, html.length()).toString()));
    }

    private DocumentDraft target(ParsedDocument file, String written, String html, int after, DocumentDraft self,
                                 Set<DocumentDraft> preferred, Set<String> warned) {
        List<DocumentDraft> candidates = listedByKey.getOrDefault(DocumentNumbers.key(written), List.of());
        if (candidates.size() > 1) {
            LocalDate date = DocumentNumbers.dateAfter(html, after);
            List<DocumentDraft> narrowed = candidates.stream()
                    .filter(d -> date != null ? d.issued().equals(date) : preferred.contains(d)).toList();
            if (narrowed.size() != 1 && warned.add(written)) {
                problems.warning(file.path(), file.lineOfMention(written), "the mention of " + written + " could be "
                        + candidates.size() + " documents of this site, so it is not linked",
                        "write the issue date after it (" + written + " ngày " + candidates.get(0).issuedDisplay()
                                + "), or list the document in the article's documents");
            }
            candidates = narrowed;
        }
        if (candidates.size() != 1 || candidates.get(0) == self) {
            return null;
        }
        return candidates.get(0);
    }

    private static String attribute(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
