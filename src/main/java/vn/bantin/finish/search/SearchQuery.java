package vn.bantin.finish.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query run against a built index exactly as the browser's {@code assets/js/search-index.js}
 * runs it: the same files fetched (the script fetches them in parallel), the same ranking. It is
 * the executable statement of the ranking rules, which the unit tests check on small corpora and
 * the browser test holds the script to; the benchmark uses it to count the bytes a query downloads.
 *
 * <p>Ranking: only entries with the most query words present are results (all words when any
 * entry has them all); among them, those with more of the query's adjacent-word pairs and compounds
 * (the phrase as typed, a document number) first, then the higher score, then the newer. The score
 * adds, over every term of the query an entry has, its impact level times the term's weight, a
 * whole number from its rarity ({@link #weight}): integer sums, so the script's order is the same
 * to the last tie.
 */
public final class SearchQuery {
    /** Results described per "page" of results on the search page (then "more results"). */
    public static final int PAGE = 10;

    /** The index's files by path inside the index folder; null for a file that does not exist. */
    @FunctionalInterface
    public interface IndexFiles {
        byte[] read(String path);
    }

    /**
     * One result.
     *
     * @param url     site-root-relative, e.g. {@code /tin-tuc/hoi-nghi/} (the index stores it without
     *                the first {@code /}, relative to the manifest's {@code root})
     * @param words   how many of the query's words the entry has
     * @param phrases how many of the query's pairs and compounds it has
     */
    public record Hit(int id, String url, String kind, String title, String date, String section, String snippet,
                      int words, int phrases, long score) {
    }

    /**
     * @param hits     the first results, described
     * @param total    how many entries are results
     * @param allWords whether the results have every word of the query (else: the most any entry has)
     * @param fetched  index files read, in order, each once: what the browser downloads
     */
    public record Result(SearchText.Query query, List<Hit> hits, int total, boolean allWords, List<String> fetched) {
    }

    private final IndexFiles files;
    private final Map<String, Object> cache = new LinkedHashMap<>();

    public SearchQuery(IndexFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Runs {@code typed}; describes the first {@code limit} results. Files read by an earlier run are not read again. */
    public Result run(String typed, int limit) {
        List<String> fetched = new ArrayList<>();
        Map<?, ?> manifest = (Map<?, ?>) json(SearchIndexBuilder.MANIFEST, fetched);
        if (((Long) manifest.get("format")).intValue() != SearchIndexBuilder.FORMAT) {
            throw new IllegalArgumentException("search index format " + manifest.get("format") + " is not "
                    + SearchIndexBuilder.FORMAT);
        }
        int entries = ((Long) manifest.get("entries")).intValue();
        SearchText.Query query = SearchText.query(typed);
        if (query.isEmpty()) {
            return new Result(query, List.of(), 0, false, fetched);
        }
        List<?> boundaries = (List<?>) manifest.get("termShards");
        String version = (String) manifest.get("version");
        int[] words = new int[entries];
        int[] phrases = new int[entries];
        long[] scores = new long[entries];
        List<String> phraseTerms = new ArrayList<>(query.pairs());
        phraseTerms.addAll(query.compounds());
        for (String word : query.words()) {
            String postings = postings(word, boundaries, version, fetched);
            add(postings, entries, (id, level) -> words[id]++, scores);
        }
        for (String phrase : phraseTerms) {
            String postings = postings(phrase, boundaries, version, fetched);
            add(postings, entries, (id, level) -> phrases[id]++, scores);
        }
        int best = 0;
        for (int count : words) {
            best = Math.max(best, count);
        }
        List<Integer> ranked = new ArrayList<>();
        for (int id = 0; id < entries; id++) {
            if (best > 0 && words[id] == best) {
                ranked.add(id);
            }
        }
        ranked.sort(Comparator.comparingInt((Integer id) -> -phrases[id])
                .thenComparingLong(id -> -scores[id])
                .thenComparingInt(id -> id));
        int perShard = ((Long) manifest.get("entriesPerShard")).intValue();
        List<Hit> hits = new ArrayList<>();
        for (int id : ranked.subList(0, Math.min(limit, ranked.size()))) {
            List<?> shard = (List<?>) json("d/" + id / perShard + ".json?v=" + version, fetched);
            List<?> fields = (List<?>) shard.get(id % perShard);
            hits.add(new Hit(id, "/" + fields.get(0), (String) fields.get(1), (String) fields.get(2),
                    (String) fields.get(3), (String) fields.get(5), (String) fields.get(6), words[id], phrases[id],
                    scores[id]));
        }
        return new Result(query, List.copyOf(hits), ranked.size(), best == query.words().size(), List.copyOf(fetched));
    }

    /**
     * A term's weight: BM25's inverse document frequency, times 16, rounded. Rare terms weigh
     * more; a term on every entry weighs almost nothing.
     */
    public static long weight(int entries, int frequency) {
        return Math.round(16 * Math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5)));
    }

    private static void add(String postings, int entries, PostingCodec.PostingSink counter, long[] scores) {
        if (postings == null) {
            return;
        }
        long weight = weight(entries, PostingCodec.count(postings));
        PostingCodec.decode(postings, (id, level) -> {
            counter.posting(id, level);
            scores[id] += weight * level;
        });
    }

    /** The postings of a term, from the shard the manifest's boundaries give it; null when absent. */
    private String postings(String term, List<?> boundaries, String version, List<String> fetched) {
        String path = TermShards.path((String) boundaries.get(shardOf(term, boundaries)));
        Map<?, ?> shard = (Map<?, ?>) json(path + "?v=" + version, fetched);
        return (String) shard.get(term);
    }

    /** The last shard whose boundary is not after the term (binary search; boundaries are sorted). */
    static int shardOf(String term, List<?> boundaries) {
        int low = 0;
        int high = boundaries.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (((String) boundaries.get(middle)).compareTo(term) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** A file as JSON, read once; {@code ?v=} is how the browser asks for it, not part of the path. */
    private Object json(String request, List<String> fetched) {
        Object cached = cache.get(request);
        if (cached != null) {
            return cached;
        }
        String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
        byte[] bytes = files.read(path);
        if (bytes == null) {
            throw new IllegalArgumentException("the search index has no " + path);
        }
        Object value = JsonReader.read(new String(bytes, StandardCharsets.UTF_8));
        cache.put(request, value);
        fetched.add(path);
        return value;
    }
}
