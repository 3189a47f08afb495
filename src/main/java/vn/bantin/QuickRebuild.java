package vn.bantin;

import vn.bantin.config.ConfigLoader.LoadedConfig;
import vn.bantin.finish.BodySwap;
import vn.bantin.finish.FeedSwap;
import vn.bantin.finish.search.SearchIndexPatch;
import vn.bantin.load.Body;
import vn.bantin.load.ContentLoader;
import vn.bantin.load.FileStamp;
import vn.bantin.load.MarkdownRenderer;
import vn.bantin.load.ParsedDocument;
import vn.bantin.render.BodyDirective;
import vn.bantin.write.OutputDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A rebuild after an edit to one article's body that changes nothing else the model takes from
 * its file ({@link ParsedDocument#shape}): its page is the page the output holds with the body's
 * run of bytes replaced ({@link BodySwap}), and so is each feed that carries it ({@link FeedSwap});
 * its search entry is patched into the index's shards ({@link SearchIndexPatch}); nothing else of
 * the output depends on the body ({@link QuickCandidates}). No model is built and no template rendered: at 10,000 articles it
 * takes a fraction of an incremental bake.
 *
 * <p>It gives the bytes a full bake would, or steps aside (null) and the bake goes the whole way:
 * when anything but that one file changed, when the file's shape changed or it has a problem,
 * when the output is not as the last bake left it, when the new body has a link that may lead
 * nowhere, when the search index's average entry length would move.
 */
final class QuickRebuild {
    private final LoadedConfig config;
    private final Path memoryFile;
    private final Path inputsFile;

    QuickRebuild(LoadedConfig config, Path memoryFile, Path inputsFile) {
        this.config = config;
        this.memoryFile = memoryFile;
        this.inputsFile = inputsFile;
    }

    /**
     * The rebuild, done, or null when it steps aside; nothing is written then.
     *
     * @param last   what the last bake of the output was made from
     * @param stamps the stamp of every file the bake reads now ({@link BakeInputs#stamps})
     * @throws IOException when a file cannot be written; the next bake then goes the whole way
     */
    Bake.Result run(BakeInputs last, String environment, Instant now, Map<String, FileStamp> stamps)
            throws IOException {
        String source = onlyChange(last, environment, now, stamps);
        QuickJournal journal = source == null ? null : QuickJournal.read(QuickJournal.fileBeside(memoryFile));
        QuickMemory quick = journal == null || journal.token() != last.token() ? null
                : QuickMemory.read(QuickMemory.fileBeside(memoryFile));
        QuickMemory.QuickArticle article = quick == null || !quick.memoryStamp().equals(journal.memoryStamp()) ? null
                : quick.article(source);
        Path out = config.site().output();
        if (article == null || last.warnings().stream().anyMatch(warning -> warning.path().equals(source))
                || !last.outputAsLeft(out)) {
            return null;
        }
        ParsedDocument parsed = new ContentLoader(config.site(), config.jbake(), new MarkdownRenderer())
                .parseOne(config.site().siteFolder().resolve(source));
        byte[] before = journal.bodies().containsKey(source) ? journal.bodies().get(source)
                : article.body(source, memoryFile.getParent(), quick.bodyStore());
        if (!parsed.problems().isEmpty() || !Arrays.equals(parsed.shape(), article.shape()) || before == null) {
            return null;
        }
        byte[] after = parsed.body().utf8();
        Map<String, byte[]> changed = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        SearchIndexPatch.Basis search = journal.search();
        if (!Arrays.equals(before, after)) {
            Body shownBefore = article.shown(source, before);
            Body shownAfter = article.shown(source, after);
            byte[] page = new BodySwap(config.site()).swap(article.url(), Files.readAllBytes(out.resolve(article.outputPath())),
                    BodyDirective.written(shownBefore.utf8(), article.tableLabel()),
                    BodyDirective.written(shownAfter.utf8(), article.tableLabel()), last.outputs().keySet());
            if (page == null) {
                return null;
            }
            changed.put(article.outputPath(), page);
            FeedSwap items = article.feeds().isEmpty() ? null
                    : new FeedSwap(config.site(), article.url(), shownBefore, shownAfter, article.cover());
            for (String feed : article.feeds()) {
                byte[] swapped = items.swap(Files.readAllBytes(out.resolve(feed)));
                if (swapped == null) {
                    return null;
                }
                changed.put(feed, swapped);
            }
            if (article.entryId() >= 0) {
                SearchIndexPatch.Patched patched = SearchIndexPatch.patch(out.resolve(quick.searchIndex()), search,
                        article.entryId(), article.entryWith(shownBefore), article.entryWith(shownAfter)).orElse(null);
                if (patched == null) {
                    return null;
                }
                patched.files().forEach((path, bytes) -> changed.put(quick.searchIndex() + path, bytes));
                patched.removed().forEach(path -> removed.add(quick.searchIndex() + path));
                search = patched.basis();
            }
        }
        return written(last, now, stamps, journal, source, after, search, changed, removed);
    }

    /**
     * The one file whose stamp changed since {@code last}, when nothing else did (no file added or
     * removed), the environment is the same and the clock changes nothing yet; else null.
     */
    private static String onlyChange(BakeInputs last, String environment, Instant now, Map<String, FileStamp> stamps) {
        if (last == null || !last.holdFor(environment, now) || !stamps.keySet().equals(last.inputs().keySet())) {
            return null;
        }
        String changed = null;
        for (Map.Entry<String, FileStamp> input : stamps.entrySet()) {
            if (!input.getValue().equals(last.inputs().get(input.getKey()))) {
                if (changed != null) {
                    return null;
                }
                changed = input.getKey();
            }
        }
        return changed;
    }

    /**
     * Writes the changed files, each by a temporary file renamed over the old one (the spare folder
     * may hold a link to the old one), removes the files no longer there, then writes the journal
     * and the inputs. The inputs go first, so that a rebuild cut short leaves none: the next bake
     * then goes the whole way.
     */
    private Bake.Result written(BakeInputs last, Instant now, Map<String, FileStamp> stamps, QuickJournal journal,
                                String source, byte[] body, SearchIndexPatch.Basis search, Map<String, byte[]> changed,
                                Set<String> removed) throws IOException {
        Files.deleteIfExists(inputsFile);
        Path out = config.site().output();
        Map<String, OutputRecord.Entry> wrote = new HashMap<>();
        for (Map.Entry<String, byte[]> file : changed.entrySet()) {
            Path target = out.resolve(file.getKey());
            Path temporary = target.resolveSibling(target.getFileName() + ".bantin-tmp");
            Files.write(temporary, file.getValue());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileStamp stamp = FileStamp.of(target);
            if (stamp == null) {
                throw new IOException("cannot read " + target + " just written");
            }
            wrote.put(file.getKey(), new OutputRecord.Entry(stamp, OutputDigest.of(file.getValue())));
        }
        for (String path : removed) {
            Files.deleteIfExists(out.resolve(path));
        }
        long token = ThreadLocalRandom.current().nextLong();
        Path journalFile = QuickJournal.fileBeside(memoryFile);
        try {
            journal.after(token, search, source, body, wrote, removed).write(journalFile);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(journalFile); // without it, the memory's record is not the output's: the next bake is whole
            throw e;
        }
        Map<String, FileStamp> outputs = new HashMap<>(last.outputs());
        outputs.keySet().removeAll(removed);
        wrote.forEach((path, entry) -> outputs.put(path, entry.stamp()));
        new BakeInputs(last.environment(), now.toEpochMilli(), last.nextChange(), stamps, outputs, last.pages(),
                last.warnings(), token).write(inputsFile);
        return new Bake.Result(out, last.pages(), outputs.size(), wrote.size(), last.warnings(), new LinkedHashMap<>(),
                changed.isEmpty() ? 0 : 1, BakeMemory.NONE);
    }
}
