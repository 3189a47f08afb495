package vn.bantin.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.config.ConfigLoader;
import vn.bantin.config.ConfigLoader.LoadedConfig;
import vn.bantin.model.Article;
import vn.bantin.model.Section;
import vn.bantin.model.Site;
import vn.bantin.model.SiteBuilder;
import vn.bantin.model.StaticPage;
import vn.bantin.problem.BakeFailure;
import vn.bantin.problem.Problem;
import vn.bantin.testing.FixtureSite;
import vn.bantin.testing.MalformedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of malformed content files, generated from a fixed seed, go through the real load
 * and model stages in batches. Each file must end either as a page (article, draft, static page,
 * section) or with at least one problem naming it, with a message and a hint in words an author
 * can act on; no exception other than {@link BakeFailure} may escape, and no batch may hang.
 *
 * <p>A failing file is replayed by its recipe, printed with the failure.
 */
class LoaderFuzzTest {
    private static final long SEED = 20_241_121L;
    private static final int FILES = 2_400;
    private static final int BATCH = 200;
    /** Words that only a stack trace or an unhandled error would put in a message. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\bjava\\.|\\bjavax\\.|\\borg\\.[a-z]|\\bcom\\.[a-z]|snakeyaml|flexmark|jsoup|overflow"
                    + "|internal error|\\bnull\\b|\\$[0-9]");

    @TempDir
    Path folder;

    @Test
    void everyMalformedFileEndsAsAPageOrAClearProblem() throws IOException {
        MalformedFiles generator = new MalformedFiles(SEED);
        int pages = 0;
        int refused = 0;
        for (int batch = 0; batch < FILES / BATCH; batch++) {
            List<MalformedFiles.File> files = generator.next(BATCH, batch + "-");
            FixtureSite site = FixtureSite.copy("basic", folder.resolve("lo-" + batch));
            Map<String, MalformedFiles.File> byPath = new LinkedHashMap<>();
            for (MalformedFiles.File file : files) {
                site.write(file.path(), file.bytes());
                byPath.put(file.path(), file);
            }
            Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> judge(site.root(), byPath),
                    "batch " + batch + " took too long");
            for (MalformedFiles.File file : files) {
                boolean named = verdict.named().contains(file.path());
                boolean published = verdict.published().contains(file.path());
                assertTrue(named || published, file.path() + " ended as neither a page nor a problem; recipe: "
                        + file.recipe());
                pages += published ? 1 : 0;
                refused += published ? 0 : 1;
            }
        }
        assertEquals(FILES, pages + refused);
        assertTrue(pages > FILES / 20 && refused > FILES / 4, "the mix holds both outcomes: " + pages + " pages, "
                + refused + " refused");
    }

    /** What became of a batch's files. */
    private record Verdict(Set<String> named, Set<String> published) {
    }

    /**
     * Loads and models the site; while the model refuses it, removes the generated files its
     * errors name and tries again with the rest, which must then come through or be named too.
     */
    private static Verdict judge(Path root, Map<String, MalformedFiles.File> generated) throws IOException {
        Set<String> named = new HashSet<>();
        for (int pass = 0; pass < 5; pass++) {
            LoadedConfig config = ConfigLoader.load(root, null);
            LoadedContent content = new ContentLoader(config.site(), config.jbake(), new MarkdownRenderer()).load();
            content.problems().forEach(problem -> check(problem, generated));
            try {
                Site site = SiteBuilder.build(config.site(), content, FixtureSite.CLOCK.instant());
                site.warnings().forEach(problem -> check(problem, generated));
                content.problems().forEach(problem -> named.add(problem.path()));
                site.warnings().forEach(problem -> named.add(problem.path()));
                return new Verdict(named, published(site));
            } catch (BakeFailure failure) {
                List<String> removed = new ArrayList<>();
                for (Problem problem : failure.problems()) {
                    check(problem, generated);
                    named.add(problem.path());
                    if (problem.isError() && generated.containsKey(problem.path())
                            && Files.deleteIfExists(root.resolve(problem.path()))) {
                        removed.add(problem.path());
                    }
                }
                if (removed.isEmpty()) {
                    fail("the bake fails, and none of its errors names a generated file:\n"
                            + String.join("\n", failure.errors().stream().map(Problem::toString).toList()));
                }
            }
        }
        throw new AssertionError("the site still fails after five rounds of removing the files named by errors");
    }

    private static Set<String> published(Site site) {
        Set<String> paths = new HashSet<>();
        site.articles().stream().map(Article::sourcePath).forEach(paths::add);
        site.drafts().stream().map(Article::sourcePath).forEach(paths::add);
        site.pages().stream().map(StaticPage::sourcePath).forEach(paths::add);
        site.sections().stream().map(Section::sourcePath).forEach(paths::add);
        return paths;
    }

    /** A problem an author can act on: it names a file, says what is wrong in words, and what to do. */
    private static void check(Problem problem, Map<String, MalformedFiles.File> generated) {
        MalformedFiles.File file = generated.get(problem.path());
        String replay = file == null ? "" : "; recipe: " + file.recipe();
        assertTrue(!problem.path().isBlank() && !problem.message().isBlank() && !problem.hint().isBlank(),
                () -> "a problem without a path, message or hint: " + problem + replay);
        assertTrue(!LEAK.matcher(problem.message()).find() && !LEAK.matcher(problem.hint()).find(),
                () -> "a problem in a programmer's words: " + problem + replay);
        assertTrue(problem.message().length() <= 400 && problem.hint().length() <= 400,
                () -> "a problem too long to read: " + problem.toString().substring(0, 400) + "…" + replay);
    }
}
