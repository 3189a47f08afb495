package vn.bantin.load;

import vn.bantin.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the load stage hands to the model stage.
 *
 * @param documents   every Markdown file, parsed, in path order
 * @param staticFiles files of content/ that are published as they are (images, PDFs), by content path
 * @param data        parsed files of the data folder, by file name, for JBake's {@code data} variable
 * @param procedureTables the files of procedures written in bulk in {@code data/<procedures path>/}
 *                    (YAML or CSV), by path under {@code data/}, in name order ({@link #procedureRecords})
 * @param problems    what was wrong in the files; the model stage reports them with its own
 * @param stamps      the stamp of each Markdown file when it was read, by content path, for the next
 *                    incremental bake
 */
public record LoadedContent(List<ParsedDocument> documents, Map<String, Path> staticFiles,
                            Map<String, Object> data, Map<String, ProcedureTable> procedureTables,
                            List<Problem> problems, Map<String, FileStamp> stamps) {

    /**
     * The procedures written in bulk, one per record, in file then line order, shaped like a
     * procedure's front matter: {@code path} is the data file, each key's line is its line in that
     * file, a missing key's line is the record's first line, and the body is the record's
     * {@code steps}.
     */
    public List<ParsedDocument> procedureRecords() {
        return procedureTables.values().stream().flatMap(table -> table.records().stream()).toList();
    }
}
