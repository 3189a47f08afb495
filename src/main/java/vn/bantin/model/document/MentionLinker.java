package vn.bantin.model.document;

import vn.bantin.load.Body;
import vn.bantin.load.DocumentMentions;
import vn.bantin.load.ParsedDocument;
import vn.bantin.problem.Problems;
import vn.bantin.text.DocumentNumbers;
import vn.bantin.text.FingerprintHash;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 *
 * <p>What linking a body gave is kept for the next bake ({@link MentionMemory}), unless it warned:
 * a body linked before, with the same documents on the site and the same listed in its file, is
 * not read nor linked again until a page shows it.
 */
final class MentionLinker {
    /** Longest number a mark may hold: anything longer is not one of ours. */
    private static final int LONGEST = 64;

    private final Map<String, List<DocumentDraft>> listedByKey;
    private final Map<String, DocumentDraft> listedByPath = new HashMap<>();
    private final Problems problems;
    private final MentionMemory memory;
    /** A hash of the site's documents as mentions name them: part of every {@link LinkedBody#key}. */
    private final byte[] documentsDigest;

    MentionLinker(Map<String, List<DocumentDraft>> listedByKey, Problems problems, MentionMemory memory) {
        this.listedByKey = listedByKey;
        this.problems = problems;
        this.memory = memory;
        FingerprintHash digest = new FingerprintHash();
        new TreeMap<>(listedByKey).forEach((key, drafts) -> {
            digest.text(key).count(drafts.size());
            for (DocumentDraft draft : drafts) {
                listedByPath.put(draft.path(), draft);
                digest.text(draft.path()).text(String.valueOf(draft.url())).text(String.valueOf(draft.issued()));
            }
        });
        this.documentsDigest = digest.bytes();
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
        byte[] key = key(file, self, preferred);
        LinkedBody before = memory.before(file.path());
        if (before != null && Arrays.equals(before.key(), key)
                && before.found().stream().allMatch(listedByPath::containsKey)) {
            memory.remember(file.path(), before);
            before.found().forEach(path -> found.accept(listedByPath.get(path)));
            return Arrays.equals(before.digest(), file.body().digest()) ? file.body()
                    : Body.derived(file.body().source(), before.digest(),
                    () -> linked(file, self, preferred, new LinkedHashSet<>(), false).html());
        }
        Set<DocumentDraft> targets = new LinkedHashSet<>();
        Linked linked = linked(file, self, preferred, targets, true);
        targets.forEach(found);
        Body body = file.body().withHtml(linked.html());
        if (!linked.warned()) {
            List<String> paths = new ArrayList<>(targets.size());
            targets.forEach(target -> paths.add(target.path()));
            memory.remember(file.path(), new LinkedBody(key, body.digest(), paths));
        }
        return body;
    }

    /** The HTML of a body linked, and whether linking it warned. */
    private record Linked(String html, boolean warned) {
    }

    /**
     * Links the mentions of {@code file}'s body, adding each document linked to {@code found};
     * an ambiguous mention is reported when {@code report} (not when a body known from the bake
     * before is made again for a page: it was linked then without a warning).
     */
    private Linked linked(ParsedDocument file, DocumentDraft self, Set<DocumentDraft> preferred,
                          Set<DocumentDraft> found, boolean report) {
        String html = file.body().html();
        Set<String> warned = new HashSet<>();
        String linked = linked(html, (written, after) -> {
            DocumentDraft target = target(file, written, html, after, self, preferred, warned, report);
            if (target != null && target.url() != null) {
                found.add(target);
                return target.url();
            }
            return null;
        });
        return new Linked(linked, !warned.isEmpty());
    }

    /** Where a mention leads: the URL of the document's page, or null to leave it as text. */
    @FunctionalInterface
    interface Target {
        /** @param after where the body's HTML goes on after the mention (a date written there may settle it) */
        String urlOf(String written, int after);
    }

    /** {@code html} with each mark made a link where {@code targets} says, else plain text; stray marks dropped. */
    static String linked(String html, Target targets) {
        int start = html.indexOf(DocumentMentions.START);
        StringBuilder out = new StringBuilder(html.length() + 256);
        int from = 0;
        while (start >= 0) {
            int end = html.indexOf(DocumentMentions.END, start + 1);
            if (end < 0 || end - start > LONGEST) {
                out.append(html, from, start); // not a mark of ours: drop the stray character
                from = start + 1;
            } else {
                String written = html.substring(start + 1, end);
                out.append(html, from, start);
                String url = targets.urlOf(written, end + 1);
                if (url != null) {
                    out.append("<a href=\"").append(attribute(url)).append("\" class=\"doc-ref\">")
                            .append(written).append("</a>");
                } else {
                    out.append(written);
                }
                from = end + 1;
            }
            start = html.indexOf(DocumentMentions.START, from);
        }
        return DocumentMentions.strip(out.append(html, from, html.length()).toString());
    }

    /** What linking a body reads besides its text: the documents, the one it is, those its file lists. */
    private byte[] key(ParsedDocument file, DocumentDraft self, Set<DocumentDraft> preferred) {
        FingerprintHash key = new FingerprintHash().bytes(documentsDigest).bytes(file.body().digest())
                .text(self == null ? "" : self.path()).count(preferred.size());
        preferred.forEach(document -> key.text(document.path()));
        return key.bytes();
    }

    private DocumentDraft target(ParsedDocument file, String written, String html, int after, DocumentDraft self,
                                 Set<DocumentDraft> preferred, Set<String> warned, boolean report) {
        List<DocumentDraft> candidates = listedByKey.getOrDefault(DocumentNumbers.key(written), List.of());
        if (candidates.size() > 1) {
            LocalDate date = DocumentNumbers.dateAfter(html, after);
            List<DocumentDraft> narrowed = candidates.stream()
                    .filter(d -> date != null ? d.issued().equals(date) : preferred.contains(d)).toList();
            if (narrowed.size() != 1 && warned.add(written) && report) {
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
