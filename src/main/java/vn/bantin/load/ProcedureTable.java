package vn.bantin.load;

import vn.bantin.problem.Problem;

import java.util.List;

/**
 * One bulk procedure file of {@code data/} as read ({@link ProcedureTables}): its records, and every
 * problem it gave, of the file and of its records, sorted. Kept by a bake with the file's stamp,
 * so that the next one reads only the files that changed.
 *
 * @param stamp   the file's stamp when it was read; null when it could not be read
 * @param records one document per procedure, in line order
 */
public record ProcedureTable(FileStamp stamp, List<ParsedDocument> records, List<Problem> problems) {
    public ProcedureTable {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
