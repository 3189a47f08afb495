package vn.bantin.problem;

import java.util.List;

/** A bake stopped by errors in its input; carries every problem found, errors and warnings. */
public final class BakeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String stage;
    private final transient List<Problem> problems;

    public BakeFailure(String stage, List<Problem> problems) {
        super(stage + ": " + problems.stream().filter(Problem::isError).count() + " error(s)");
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    /** The pipeline stage that stopped: load, model, render, finish or write. */
    public String stage() {
        return stage;
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
