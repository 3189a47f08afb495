package vn.bantin.testing;

import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the bad-input tests ask of every failed bake: it fails with its problems, each starting
 * with its file, and it leaves the previous output exactly as it was, with no staging folder
 * half-written beside it.
 */
public final class FailedBake {
    private final FixtureSite site;
    private final OutputSnapshot before;

    /** Remembers the site's output as it is now, to compare it with after each failed bake. */
    public FailedBake(FixtureSite site) {
        this.site = site;
        this.before = OutputSnapshot.of(site.output());
    }

    /** Bakes, expects failure, checks the output was not touched; returns the errors, sorted. */
    public List<Problem> errors() {
        BakeFailure failure = site.bakeFailing();
        before.assertUnchanged(site.output());
        Path staging = site.output().resolveSibling(site.output().getFileName() + ".staging");
        assertTrue(isEmptyOrAbsent(staging), "no half-written staging folder is left behind");
        for (Problem problem : failure.problems()) {
            assertTrue(problem.toString().startsWith(problem.path()), problem.toString());
        }
        return failure.errors();
    }

    /** The one error of a failed bake. */
    public Problem onlyError() {
        List<Problem> errors = errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    /** The problem is at {@code path:line}, and says what to do about it. */
    public static void assertAt(Problem problem, String path, int line) {
        assertEquals(path, problem.path(), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertFalse(problem.hint().isEmpty(), "every error has a hint: " + problem);
    }

    private static boolean isEmptyOrAbsent(Path folder) {
        if (Files.notExists(folder)) {
            return true;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
