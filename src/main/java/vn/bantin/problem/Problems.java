package vn.bantin.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects the problems of one bake from any thread, so that all of them are reported together. */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> all = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errors = new AtomicInteger();

    public void add(Problem problem) {
        all.add(problem);
        if (problem.isError()) {
            errors.incrementAndGet();
        }
    }

    public void addAll(Collection<Problem> problems) {
        problems.forEach(this::add);
    }

    public void error(String path, int line, String message, String hint) {
        add(Problem.error(path, line, message, hint));
    }

    public void warning(String path, int line, String message, String hint) {
        add(Problem.warning(path, line, message, hint));
    }

    public boolean hasErrors() {
        return errors.get() > 0;
    }

    /** How many errors so far: a stage compares it before and after reading one file. */
    public int errorCount() {
        return errors.get();
    }

    /** Every problem so far, sorted: errors first, then by file and line. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(all);
        list.sort(null);
        return list;
    }

    /** Ends the stage when an error was found, carrying every problem found so far. */
    public void throwIfErrors(String stage) {
        if (hasErrors()) {
            throw new BakeFailure(stage, sorted());
        }
    }
}
