package vn.bantin.load;

import vn.bantin.problem.Problem;
import vn.bantin.text.FingerprintHash;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One content file after the load stage: its header as written and its body as safe HTML. A
 * procedure written in bulk in a data file is one too, its keys as the header and its steps as the
 * body ({@link ProcedureTables}).
 *
 * @param path         site-relative path of the file, for messages ({@code content/tin-tuc/a.md})
 * @param contentPath  path inside the content folder ({@code tin-tuc/a.md})
 * @param header       the split header, with the line of each key; without the Markdown body, which
 *                     is rendered to {@code bodyHtml} and not needed again
 * @param body         the sanitised HTML of the body; links are site-root-relative, and the document
 *                     numbers it mentions are marked for the model to link ({@link DocumentMentions})
 * @param marked       whether the body holds such marks: without, the model need not read it
 * @param excerpt      plain text of the first paragraph, for lists when no summary is given
 * @param mentionLines the line of each number marked in the body ({@link MentionLines}), for warnings
 * @param problems     what was wrong with the file; a file with errors is not published
 */
public record ParsedDocument(String path, String contentPath, FrontMatter.Split header, Body body, boolean marked,
                             String excerpt, Map<String, Integer> mentionLines, List<Problem> problems) {
    private static final String SECTION_INDEX = "_index";

    /**
     * A file whose body, {@code header.body()}, was rendered to {@code bodyHtml}. The Markdown is
     * not kept: at 10,000 articles it would hold 80 MB of the heap, and a third of the memory file
     * of an incremental bake.
     */
    static ParsedDocument rendered(String path, String contentPath, FrontMatter.Split header, String bodyHtml,
                                   String excerpt, List<Problem> problems) {
        return new ParsedDocument(path, contentPath, header.withoutBody(), Body.of(path, bodyHtml),
                bodyHtml.indexOf(DocumentMentions.START) >= 0, excerpt,
                MentionLines.of(header.body(), header.bodyLine(), bodyHtml), problems);
    }

    /** A file that could not be read or parsed: no header, no body, and why. */
    static ParsedDocument unreadable(String path, String contentPath, Problem problem) {
        FrontMatter.Split empty = new FrontMatter.Split(FrontMatter.Format.NONE, Map.of(), Map.of(), "", 1, List.of());
        return new ParsedDocument(path, contentPath, empty, Body.of(path, ""), false, "", Map.of(), List.of(problem));
    }

    /**
     * The digest of all the model takes from this file but its body's HTML: the header as written
     * (values, lines), the excerpt, the document numbers the body mentions, the problems. Two
     * parses of one file with the same shape make the same model; only the pages, feed items and
     * search entry that show the body can differ (a quick rebuild's premise). The lines of the
     * mentions are left out: they only place the warning about a number several documents share,
     * and a body with such a number is never rebuilt quickly.
     */
    public byte[] shape() {
        FingerprintHash hash = new FingerprintHash().text(path).text(contentPath).count(header.format().ordinal());
        shapeOf(hash, header.values());
        hash.count(header.lines().size());
        header.lines().forEach((key, line) -> hash.text(key).count(line));
        hash.count(header.bodyLine()).count(header.firstLine());
        shapeOf(hash, header.problems());
        hash.tag(marked ? 'm' : 'u').text(excerpt).count(mentionLines.size());
        new TreeSet<>(mentionLines.keySet()).forEach(hash::text);
        shapeOf(hash, problems);
        return hash.bytes();
    }

    /** A header value: text, a list or a map of them, or null; anything else as its text, as the memory keeps it. */
    private static void shapeOf(FingerprintHash hash, Object value) {
        if (value == null) {
            hash.tag('0');
        } else if (value instanceof List<?> list) {
            hash.tag('l').count(list.size());
            list.forEach(item -> shapeOf(hash, item));
        } else if (value instanceof Map<?, ?> map) {
            hash.tag('m').count(map.size());
            map.forEach((key, item) -> {
                hash.text(String.valueOf(key));
                shapeOf(hash, item);
            });
        } else if (value instanceof Problem problem) {
            hash.tag('p').text(problem.severity().name()).text(problem.path()).count(problem.line())
                    .text(problem.message()).text(problem.hint());
        } else {
            hash.tag('s').text(String.valueOf(value));
        }
    }

    /** The line where the body mentions {@code written}, or where the body starts when it is not known. */
    public int lineOfMention(String written) {
        return mentionLines.getOrDefault(written, header.bodyLine());
    }

    /** The first folder under content/, or empty for a file at the top. */
    public String topFolder() {
        int slash = contentPath.indexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }

    /** The file name without its extension. */
    public String baseName() {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Whether this file holds a section's metadata ({@code <section>/_index.md}): whether its
     * {@link #baseName} is {@code _index}, told without cutting the path (the model asks of each
     * of 10,000 files several times).
     */
    public boolean isSectionIndex() {
        int start = contentPath.lastIndexOf('/') + 1;
        int dot = contentPath.lastIndexOf('.');
        int end = dot > start ? dot : contentPath.length();
        return end - start == SECTION_INDEX.length() && contentPath.startsWith(SECTION_INDEX, start);
    }

    public boolean hasErrors() {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }
}
