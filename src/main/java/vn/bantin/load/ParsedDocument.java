package vn.bantin.load;

import vn.bantin.problem.Problem;

import java.util.List;

/**
 * One content file after the load stage: its header as written and its body as safe HTML. A
 * procedure written in bulk in a data file is one too, its keys as the header and its steps as the
 * body ({@link ProcedureTables}).
 *
 * @param path        site-relative path of the file, for messages ({@code content/tin-tuc/a.md})
 * @param contentPath path inside the content folder ({@code tin-tuc/a.md})
 * @param header      the split header, with the line of each key
 * @param bodyHtml    the sanitised HTML of the body; links are site-root-relative, and the document
 *                    numbers it mentions are marked for the model to link ({@link DocumentMentions})
 * @param excerpt     plain text of the first paragraph, for lists when no summary is given
 * @param problems    what was wrong with the file; a file with errors is not published
 */
public record ParsedDocument(String path, String contentPath, FrontMatter.Split header, String bodyHtml,
                             String excerpt, List<Problem> problems) {

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

    /** Whether this file holds a section's metadata ({@code <section>/_index.md}). */
    public boolean isSectionIndex() {
        return baseName().equals("_index");
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
