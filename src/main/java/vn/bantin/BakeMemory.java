package vn.bantin;

import vn.bantin.finish.FinishedBefore;
import vn.bantin.finish.FinishedPage;
import vn.bantin.finish.FinishedSite;
import vn.bantin.finish.GeneratedFile;
import vn.bantin.finish.search.AnalysedIndex;
import vn.bantin.finish.search.IndexedBefore;
import vn.bantin.load.FileStamp;
import vn.bantin.load.LoadedContent;
import vn.bantin.load.ParsedBefore;
import vn.bantin.load.ParsedDocument;
import vn.bantin.load.ProcedureTable;
import vn.bantin.model.document.LinkedBody;
import vn.bantin.render.PageStamp;
import vn.bantin.render.PagesBefore;
import vn.bantin.render.RenderBasis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one bake leaves for the next, to make it incremental: each Markdown file and each bulk
 * procedure file as parsed, with the stamp it had, each page as finished and each feed and
 * sitemap as made, with their fingerprints, what the pages were rendered from, and the search
 * index as analysed. The next bake parses only the files whose stamp changed, renders only the
 * pages whose fingerprint changed (and fingerprints again only the pages showing a changed body
 * when the model is otherwise the same), analyses only the search entries that changed and makes
 * only the feeds and sitemap whose fingerprint changed, and checks again the links of unchanged
 * pages only where they may now break; it builds the whole model again, so its output is the
 * output of a full bake.
 *
 * @param environment what the bake was made with ({@link BakeEnvironment}): a memory is only used
 *                    by a bake with the same
 * @param tables      the bulk procedure files, by path under {@code data/}
 * @param linked      what linking the mentions of each body gave, by file path ({@link vn.bantin.model.document.MentionMemory})
 * @param generated   the feeds and sitemap as made, by output path
 * @param outputPaths every file of the output the bake made
 * @param basis       what its pages were rendered from: a page of a model with the same fingerprint
 *                    is fingerprinted again only when a body it shows changed
 * @param search      the search index as analysed; read from disk only when the finish stage asks
 */
public record BakeMemory(String environment, Map<String, Parsed> parsed, Map<String, ProcedureTable> tables,
                         Map<String, LinkedBody> linked, Map<String, FinishedPage> pages, Map<String, GeneratedFile> generated,
                         Set<String> outputPaths, RenderBasis basis, IndexedBefore search)
        implements ParsedBefore, PagesBefore, FinishedBefore {

    /** No previous bake. */
    public static final BakeMemory NONE = new BakeMemory("", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(),
            RenderBasis.NONE, IndexedBefore.NONE);

    /** A file as parsed, and its stamp then. */
    public record Parsed(FileStamp stamp, ParsedDocument document) {
    }

    /**
     * The memory of a bake that loaded {@code content}, linked {@code linked}, rendered its pages
     * from {@code basis} and finished {@code finished}.
     */
    static BakeMemory of(String environment, LoadedContent content, Map<String, LinkedBody> linked, RenderBasis basis,
                         FinishedSite finished) {
        Map<String, Parsed> parsed = new HashMap<>();
        for (ParsedDocument document : content.documents()) {
            FileStamp stamp = content.stamps().get(document.contentPath());
            if (stamp != null) {
                parsed.put(document.contentPath(), new Parsed(stamp, document));
            }
        }
        Map<String, FinishedPage> pages = new HashMap<>();
        for (FinishedPage page : finished.pages()) {
            pages.put(page.url(), page);
        }
        Map<String, ProcedureTable> tables = new HashMap<>();
        content.procedureTables().forEach((path, table) -> {
            if (table.stamp() != null) {
                tables.put(path, table);
            }
        });
        Map<String, GeneratedFile> generated = new HashMap<>();
        for (GeneratedFile file : finished.generated()) {
            generated.put(file.outputPath(), file);
        }
        Set<String> outputPaths = new HashSet<>(finished.copies().keySet());
        finished.files().forEach(file -> outputPaths.add(file.path()));
        AnalysedIndex searchIndex = finished.searchIndex();
        return new BakeMemory(environment, Map.copyOf(parsed), Map.copyOf(tables), Map.copyOf(linked), Map.copyOf(pages),
                Map.copyOf(generated), Set.copyOf(outputPaths), basis, () -> searchIndex);
    }

    /**
     * Whether this bake, made with the same environment as {@code earlier}, took every file it
     * holds from it as it was, reading none again, and linked every body as it did.
     */
    boolean readNothingSince(BakeMemory earlier) {
        return environment.equals(earlier.environment)
                && sameObjects(parsed, earlier.parsed, Parsed::document)
                && sameObjects(tables, earlier.tables, table -> table)
                && sameObjects(linked, earlier.linked, body -> body);
    }

    /** The same keys, each with the very same object (not an equal one). */
    private static <T> boolean sameObjects(Map<String, T> mine, Map<String, T> theirs, Function<T, Object> object) {
        return mine.keySet().equals(theirs.keySet()) && mine.entrySet().stream()
                .allMatch(entry -> object.apply(entry.getValue()) == object.apply(theirs.get(entry.getKey())));
    }

    /** Whether a body it kept on disk was found not to be as this memory says ({@link vn.bantin.load.BodyStore}). */
    boolean bodiesDamaged() {
        return parsed.values().stream().anyMatch(kept -> kept.document().body().damaged())
                || tables.values().stream().flatMap(table -> table.records().stream())
                .anyMatch(record -> record.body().damaged());
    }

    @Override
    public ParsedDocument lookup(String contentPath, FileStamp stamp) {
        Parsed before = parsed.get(contentPath);
        return before != null && before.stamp().equals(stamp) ? before.document() : null;
    }

    @Override
    public ProcedureTable table(String path, FileStamp stamp) {
        ProcedureTable before = tables.get(path);
        return before != null && stamp.equals(before.stamp()) ? before : null;
    }

    @Override
    public PageStamp lookup(String url) {
        FinishedPage page = pages.get(url);
        return page == null ? null : page.stamp();
    }

    @Override
    public FinishedPage finished(String url) {
        return pages.get(url);
    }

    @Override
    public GeneratedFile generated(String outputPath) {
        return generated.get(outputPath);
    }

    @Override
    public AnalysedIndex analysedIndex() {
        return search.analysedIndex();
    }

    @Override
    public void readAhead() {
        search.readAhead();
    }

    /**
     * Whether some of its pages, feeds or sitemap are held only by the output it was written to (a
     * bake keeps no bytes of what it wrote): then it is of use only with that output as it left it.
     */
    boolean keptInOutput() {
        return pages.values().stream().anyMatch(page -> page.bytes() == null)
                || generated.values().stream().anyMatch(file -> file.bytes() == null);
    }

    /** How many pages the memory holds. */
    public int pageCount() {
        return pages.size();
    }
}
