import vn.bantin.finish.search.SearchQuery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search index of a baked bantin site, measured: its size and shard counts, and for each
 * sample query the files and bytes the search page downloads (as the browser's script does, by
 * bantin's own SearchQuery, which the browser test holds the script to). Prints Markdown.
 *
 * <pre>
 *   java -cp ENGINE_CLASSPATH bench/SearchReport.java OUTPUT_FOLDER [query ...]
 * </pre>
 *
 * Bytes are given as stored and as gzip would send them (a host that compresses JSON). The
 * script keeps what it downloaded for the page's life, so each query is measured as the first one
 * of a freshly opened search page, manifest included.
 */
public final class SearchReport {
    static final String INDEX = "tim-kiem/chi-muc";
    static final List<String> QUERIES = List.of("cai cach hanh chinh", "một cửa", "dịch vụ công trực tuyến",
            "chuyen doi so", "PAR INDEX", "Đề án 06", "145/KH-UBND", "76/NQ-CP", "VNeID", "ky cuong hanh chinh");

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java -cp ENGINE_CLASSPATH bench/SearchReport.java OUTPUT_FOLDER [query ...]");
            System.exit(2);
        }
        Path index = Path.of(args[0]).resolve(INDEX);
        if (!Files.isRegularFile(index.resolve("manifest.json"))) {
            System.err.println("no search index in " + index + " (no search template?)");
            System.exit(1);
        }
        List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length) : QUERIES;

        long[] terms = sizes(index.resolve("t"));
        long[] entries = sizes(index.resolve("d"));
        long manifest = Files.size(index.resolve("manifest.json"));
        System.out.printf(Locale.ROOT, "Search index: %s bytes (%s gzipped) in %d files: manifest %s bytes, "
                        + "%d term shards (%s bytes, largest %s), %d entry shards (%s bytes)%n%n",
                n(manifest + terms[1] + entries[1]), n(gzip(index.resolve("manifest.json")) + terms[3] + entries[3]),
                1 + terms[0] + entries[0], n(manifest), terms[0], n(terms[1]), n(terms[2]), entries[0], n(entries[1]));
        System.out.println("| query | results | term shards | entry shards | bytes | gzipped | search time ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String query : queries) {
            long start = System.nanoTime();
            SearchQuery.Result result = new SearchQuery(path -> read(index.resolve(path))).run(query, SearchQuery.PAGE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long bytes = 0;
            long gzipped = 0;
            for (String path : result.fetched()) {
                bytes += Files.size(index.resolve(path));
                gzipped += gzip(index.resolve(path));
            }
            System.out.printf(Locale.ROOT, "| `%s` | %s%s | %d | %d | %s | %s | %d |%n", query, n(result.total()),
                    result.allWords() || result.total() == 0 ? "" : " (some words)",
                    result.fetched().stream().filter(p -> p.startsWith("t/")).count(),
                    result.fetched().stream().filter(p -> p.startsWith("d/")).count(), n(bytes), n(gzipped), millis);
        }
    }

    /** Files, bytes, largest file's bytes, gzipped bytes of a folder's files. */
    private static long[] sizes(Path folder) throws IOException {
        long[] sizes = new long[4];
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                long size = Files.size(file);
                sizes[0]++;
                sizes[1] += size;
                sizes[2] = Math.max(sizes[2], size);
                sizes[3] += gzip(file);
            }
        }
        return sizes;
    }

    private static long gzip(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
