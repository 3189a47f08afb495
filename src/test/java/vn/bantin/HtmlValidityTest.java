package vn.bantin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.problem.BakeFailure;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.HtmlValidator;

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
 * Quality gate: every page bantin bakes passes the Nu HTML Checker with no errors (warnings are
 * allowed). Checks the repository's own sample bulletin and the "basic" fixture with the sample
 * templates, which has what the sample lacks (a second page of a list, an in-page anchor, a JBake
 * header), and shows the gate fails on a planted error.
 */
class HtmlValidityTest {
    /** Set up once: building the checker parses its schemas. */
    static HtmlValidator validator;

    @BeforeAll
    static void setUpValidator() {
        validator = new HtmlValidator();
    }

    @Test
    void everyPageOfTheSampleSiteIsValid(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("site");
        try {
            new Bake(Path.of("").toAbsolutePath(), output, FixtureSite.CLOCK).run();
        } catch (BakeFailure failure) {
            throw new AssertionError("the sample site does not bake:\n" + String.join("\n",
                    failure.problems().stream().map(Object::toString).toList()), failure);
        }
        assertValid(output);
    }

    @Test
    void everyPageOfTheBasicFixtureWithTheSampleTemplatesIsValid(@TempDir Path folder) {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        site.bake();
        assertTrue(site.exists("tin-tuc/trang/2/index.html"), "a second page of a section is checked");
        assertValid(site.output());
    }

    @Test
    void aPlantedErrorFailsTheGate(@TempDir Path folder) throws IOException {
        FixtureSite site = FixtureSite.withSampleTemplates("basic", folder.resolve("site"));
        // A template edit that puts an attribute HTML does not have on the page's title (a duplicate
        // id would not do: the bake itself refuses a page with one).
        String original = "<h1>${content.title}</h1>";
        String planted = "<h1 align-title=\"giua\">${content.title}</h1>";
        String template = Files.readString(site.root().resolve("templates/page.ftlh"));
        assertTrue(template.contains(original), "the static page template changed: update this test");
        site.write("templates/page.ftlh", template.replace(original, planted));
        site.bake();

        Path page = site.output().resolve("gioi-thieu/index.html");
        int line = lineOf(page, "<h1 align-title=\"giua\">");
        List<String> errors = errors(site.output());
        assertEquals(1, errors.size(), "exactly the planted error: " + errors);
        String error = errors.get(0);
        assertTrue(error.startsWith("gioi-thieu/index.html:" + line + ":"), error);
        assertTrue(error.contains("Attribute “align-title” not allowed on element “h1”"), error);
    }

    /** Fails listing every error of every page as {@code page:line:column: message}. */
    private static void assertValid(Path output) {
        List<String> errors = errors(output);
        assertTrue(errors.isEmpty(), errors.size() + " HTML errors:\n" + String.join("\n", errors));
    }

    /** Every error of every .html file under {@code output}, its file relative to it. */
    private static List<String> errors(Path output) {
        List<Path> pages = htmlFiles(output);
        assertFalse(pages.isEmpty(), "no page to check in " + output);
        return pages.stream()
                .flatMap(page -> validator.errors(page).stream())
                .map(e -> output.relativize(e.file()).toString().replace('\\', '/')
                        + ":" + e.line() + ":" + e.column() + ": " + e.message())
                .toList();
    }

    private static List<Path> htmlFiles(Path output) {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
