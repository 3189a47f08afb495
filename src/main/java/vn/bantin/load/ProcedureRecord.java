package vn.bantin.load;

import vn.bantin.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * One procedure as a data file holds it, read but not yet rendered: what {@link ProcedureYaml} and
 * {@link ProcedureCsv} both give {@link ProcedureTables}.
 *
 * @param firstLine the line of the file the record starts on
 * @param values    keys to values, shaped as front matter's ({@link AuthorYaml#toValue}), {@code steps}
 *                  included
 * @param lines     keys to the line each is written on
 * @param stepsLine the line the text of {@code steps} starts on, or {@code firstLine} without steps
 * @param problems  what could not be read in this record
 */
record ProcedureRecord(int firstLine, Map<String, Object> values, Map<String, Integer> lines, int stepsLine,
                       List<Problem> problems) {
}
