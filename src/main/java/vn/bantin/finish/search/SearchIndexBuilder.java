package vn.bantin.finish.search;

import vn.bantin.finish.Json;
import vn.bantin.problem.ParallelWork;
import vn.bantin.text.FingerprintHash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the static search index: a small manifest, term shards and entry shards, all JSON, so
 * that a query downloads the manifest, the shards holding its terms and the shards describing its
 * first results, and nothing else. The format is described in README.md ("Site search and its
 * index").
 *
 * <p>Entries are numbered newest first (then by URL), so that among equally good results the
 * newest comes first and the first results of a broad query sit in few entry shards. Terms are
 * sorted and cut into shards of about {@link #TERM_SHARD_BYTES}; a term whose postings alone are
 * larger gets a shard of its own. The output depends only on the entries: two bakes of the same
 * site write the same bytes.
 */
public final class SearchIndexBuilder {
    /** The format's number, in the manifest; the script refuses another. */
    public static final int FORMAT = 2;
    /** Where the manifest is, inside the index folder. */
    public static final String MANIFEST = "manifest.json";
    static final int TERM_SHARD_BYTES = 12 * 1024;
    static final int ENTRIES_PER_SHARD = 8;
    static final int SNIPPET_CHARS = 200;
    /**
     * Entries analysed in parallel at once, their terms merged before the next are analysed. Few:
     * whatever is not merged yet when the young generation is collected moves to the old one (see
     * {@code BatchJvm}) and dies there. At 10,000 articles, batches of 512 left the old generation
     * 160 MB of dead terms to collect three times over (1.1 s of full collections, 100 MB more
     * memory); batches of 16, once.
     */
    private static final int BATCH = 16;

    private final String root;

    /**
     * @param root the site root as seen from the index folder, e.g. {@code ../../} for an index in
     *             {@code tim-kiem/chi-muc/}: the script resolves result URLs against it
     */
    public SearchIndexBuilder(String root) {
        this.root = root;
    }

    /**
     * The index's files by path inside the index folder: {@code manifest.json}, the term shards
     * {@code t/<name>.json} ({@link TermShards#path}), {@code d/0.json}…, every entry analysed afresh.
     */
    public SortedMap<String, byte[]> build(List<SearchEntry> entries) {
        Built built = build(entries, AnalysedIndex.NONE);
        SortedMap<String, byte[]> files = new TreeMap<>(built.files());
        built.entryShards().forEach(shard -> files.put(shard.path(), shard.bytes()));
        return files;
    }

    /**
     * The index's files, and the index as analysed for the next bake.
     *
     * @param files       the manifest and the term shards, by path inside the index folder:
     *                    {@code manifest.json}, {@code t/<name>.json}…
     * @param entryShards the entry shards ({@code d/0.json}…), each made only when asked: most are
     *                    the same as the bake before's, which its fingerprint tells
     * @param analysed    what the next bake need not analyse again
     * @param fresh       how many entries were analysed now; the others' terms came from before
     * @param patchBasis  what the next bake needs to patch these files for an edit of one entry's
     *                    text ({@link SearchIndexPatch})
     */
    public record Built(SortedMap<String, byte[]> files, List<EntryShard> entryShards, AnalysedIndex analysed,
                        int fresh, SearchIndexPatch.Basis patchBasis) {
    }

    /**
     * The index of {@code unordered}, analysing only the entries {@code before} does not hold as
     * they are now (by URL and {@link EntryTerms#digest}); the files are the same as with every
     * entry analysed afresh.
     */
    public Built build(List<SearchEntry> unordered, AnalysedIndex before) {
        List<SearchEntry> entries = new ArrayList<>(unordered);
        entries.sort(Comparator.comparing(SearchEntry::dateIso, Comparator.reverseOrder())
                .thenComparing(SearchEntry::url));
        String[] urls = entries.stream().map(SearchEntry::url).toArray(String[]::new);
        String[] digests = entries.parallelStream().map(EntryTerms::digest).toArray(String[]::new);
        int[] newIds = new int[before.entries()];
        Arrays.fill(newIds, -1);
        Map<String, Integer> previous = before.idsByUrl();
        List<Integer> fresh = new ArrayList<>();
        for (int id = 0; id < entries.size(); id++) {
            Integer old = previous.get(urls[id]);
            if (old != null && newIds[old] < 0 && before.digests[old].equals(digests[id])) {
                newIds[old] = id;
            } else {
                fresh.add(id);
            }
        }
        InvertedIndex index = new InvertedIndex(entries.size());
        index.add(before, newIds);
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<Integer> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            index.add(batch.stream().mapToInt(Integer::intValue).toArray(),
                    ParallelWork.map(batch, id -> EntryTerms.of(entries.get(id))));
        }
        InvertedIndex.Ranked ranked = index.ranked(urls, digests);
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<TermShards.Shard> termShards = termShards(ranked.terms());
        List<String> boundaries = boundaries(termShards);
        for (int n = 0; n < termShards.size(); n++) {
            if (files.put(TermShards.path(boundaries.get(n)), termShards.get(n).bytes()) != null) {
                throw new IllegalStateException("two term shards' boundaries hash to one file name, "
                        + TermShards.path(boundaries.get(n)) + ": a chance of one in billions; report it");
            }
        }
        List<EntryShard> entryShards = entryShards(entries);
        SearchIndexPatch.Basis basis = SearchIndexPatch.Basis.of(ranked.analysed(), termShards, entryShards);
        files.put(MANIFEST, manifest(root, entries.size(), boundaries, version(basis)));
        return new Built(files, entryShards, ranked.analysed(), fresh.size(), basis);
    }

    /** The term shards, packed greedily ({@link TermShards}); one empty shard when there is no term. */
    private static List<TermShards.Shard> termShards(List<InvertedIndex.Term> terms) {
        TermShards packer = new TermShards();
        for (InvertedIndex.Term term : terms) {
            packer.add(term.term(), term.postings());
        }
        List<TermShards.Shard> shards = packer.finish();
        return shards.isEmpty() ? List.of(new TermShards.Shard("", "", "{}\n".getBytes(StandardCharsets.UTF_8)))
                : shards;
    }

    /** The first term of each shard, shortened (see README): what the manifest lists. */
    private static List<String> boundaries(List<TermShards.Shard> shards) {
        List<String> boundaries = new ArrayList<>(shards.size());
        boundaries.add("");
        for (int n = 1; n < shards.size(); n++) {
            boundaries.add(separator(shards.get(n - 1).last(), shards.get(n).first()));
        }
        return boundaries;
    }

    /**
     * The shortest start of {@code first} that still sorts after {@code previous}: a shard's
     * boundary in the manifest need not be a whole term.
     */
    static String separator(String previous, String first) {
        for (int length = 1; length < first.length(); length++) {
            String prefix = first.substring(0, length);
            if (prefix.compareTo(previous) > 0) {
                return prefix;
            }
        }
        return first;
    }

    /** Entry shards: {@code d/<id / ENTRIES_PER_SHARD>.json}, each of entries in id order. */
    private static List<EntryShard> entryShards(List<SearchEntry> entries) {
        List<EntryShard> shards = new ArrayList<>(entries.size() / ENTRIES_PER_SHARD + 1);
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_SHARD) {
            shards.add(new EntryShard(from / ENTRIES_PER_SHARD,
                    entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_SHARD))));
        }
        return shards;
    }

    /** A summary cut at a word near {@link #SNIPPET_CHARS}, with an ellipsis when cut. */
    static String snippet(String summary) {
        String text = spacedOnce(summary.strip());
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        if (cut <= SNIPPET_CHARS / 2) {
            cut = Character.isHighSurrogate(text.charAt(SNIPPET_CHARS - 1)) ? SNIPPET_CHARS - 1 : SNIPPET_CHARS;
        }
        return text.substring(0, cut).strip() + "…";
    }

    /**
     * Each run of whitespace ({@code \\s} in a regular expression: space, tab, line feed, vertical
     * tab, form feed, carriage return) made one space: what {@code replaceAll("\\s+", " ")} makes,
     * without a regular expression for each of 10,000 summaries.
     */
    static String spacedOnce(String text) {
        char[] chars = text.toCharArray(); // read from an array: see Json.quote
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < chars.length; i++) {
            if (!isSpace(chars[i])) {
                continue;
            }
            int end = i + 1;
            while (end < chars.length && isSpace(chars[end])) {
                end++;
            }
            if (end == i + 1 && chars[i] == ' ') {
                continue; // a single space stays as it is
            }
            if (out == null) {
                out = new StringBuilder(chars.length);
            }
            out.append(chars, copied, i - copied).append(' ');
            copied = end;
            i = end - 1;
        }
        return out == null ? text : out.append(chars, copied, chars.length - copied).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The manifest: the format, the version, the site root, the number of entries, and each term
     * shard's boundary ({@link #separator}), sixteen to a line.
     */
    static byte[] manifest(String root, int entries, List<String> boundaries, String version) {
        StringBuilder json = new StringBuilder(boundaries.size() * 8 + 200);
        json.append("{\"format\":").append(FORMAT).append(",\"version\":");
        Json.quote(json, version).append(",\"root\":");
        Json.quote(json, root).append(",\"entries\":").append(entries)
                .append(",\"entriesPerShard\":").append(ENTRIES_PER_SHARD).append(",\n\"termShards\":[");
        for (int i = 0; i < boundaries.size(); i++) {
            if (i > 0) {
                json.append(i % 16 == 0 ? ",\n" : ",");
            }
            Json.quote(json, boundaries.get(i));
        }
        json.append("]}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A hash of every shard: the term shards by their digests ({@link TermShards#digest}) in order
     * (their boundaries, so their names, follow from their bytes), the entry shards by their
     * fingerprints ({@link FingerprintHash}: it only has to change when a shard does). The script
     * asks for {@code t/<name>.json?v=<version>}, so that a browser never mixes a cached shard of
     * the previous bake with this bake's manifest. A shard's digest, not its bytes: a patch
     * ({@link SearchIndexPatch}) makes the version again having read only the shards it changes.
     */
    static String version(SearchIndexPatch.Basis basis) {
        FingerprintHash hash = new FingerprintHash().count(basis.termShardDigests().length);
        for (byte[] digest : basis.termShardDigests()) {
            hash.bytes(digest);
        }
        hash.count(basis.entryShardFingerprints().length);
        for (byte[] fingerprint : basis.entryShardFingerprints()) {
            hash.bytes(fingerprint);
        }
        return hash.hex().substring(0, 12);
    }
}
