package vn.bantin.finish.search;

import vn.bantin.finish.Json;
import vn.bantin.text.FingerprintHash;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A shard of the search index's entries ({@code d/0.json}…): {@link SearchIndexBuilder#ENTRIES_PER_SHARD}
 * entries in id order, what the results list shows of each. Its fingerprint is known at once; its
 * bytes are made only when asked, since after an edit most shards are as the bake before made them.
 */
public final class EntryShard {
    private final int number;
    private final List<SearchEntry> entries;
    private final String fingerprint;

    EntryShard(int number, List<SearchEntry> entries) {
        this.number = number;
        this.entries = entries;
        FingerprintHash hash = new FingerprintHash().count(entries.size());
        for (SearchEntry entry : entries) {
            hash.text(entry.url()).text(entry.kind().code()).text(entry.title()).text(entry.date())
                    .text(entry.dateIso()).text(entry.section()).text(entry.snippet());
        }
        fingerprint = hash.hex();
    }

    /** Where it is inside the index folder: {@code d/<number>.json}. */
    public String path() {
        return "d/" + number + ".json";
    }

    /** A hash of all its bytes depend on: the same fingerprint, the same bytes. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The shard as JSON, an array of entries, each an array of its fields; made at each call. */
    public byte[] bytes() {
        StringBuilder json = new StringBuilder(entries.size() * 512);
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry entry = entries.get(i);
            json.append(i == 0 ? "[\n[" : ",\n[");
            String[] fields = fields(entry);
            for (int f = 0; f < fields.length; f++) {
                if (f > 0) {
                    json.append(',');
                }
                Json.quote(json, fields[f]);
            }
            json.append(']');
        }
        return json.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a shard shows of {@code entry}, in order: its URL from the root, kind, title, dates, section and snippet. */
    static String[] fields(SearchEntry entry) {
        String url = entry.url().startsWith("/") ? entry.url().substring(1) : entry.url();
        return new String[] {url, entry.kind().code(), entry.title(), entry.date(), entry.dateIso(),
            entry.section(), SearchIndexBuilder.snippet(entry.snippet())};
    }
}
