package vn.bantin.finish.search;

import vn.bantin.finish.Json;
import vn.bantin.text.FingerprintHash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorted terms packed greedily into term shards ({@code t/<n>.json}): each term joins the shard
 * being filled unless that shard already holds a term and would pass
 * {@link SearchIndexBuilder#TERM_SHARD_BYTES} characters with it, counted as UTF-16 code units of
 * the shard's text from its {@code {} on, without the comma the term would bring. The rule lives
 * here alone: a whole bake packs every term with it, and a patch ({@link SearchIndexPatch}) packs
 * a few shards again with it, to know that it cuts them where a whole bake would.
 */
final class TermShards {
    /**
     * A shard packed.
     *
     * @param number its number, in its path
     * @param first  its first term
     * @param last   its last term
     * @param bytes  its JSON, UTF-8
     */
    record Shard(int number, String first, String last, byte[] bytes) {
        String path() {
            return TermShards.path(number);
        }
    }

    private final List<Shard> packed = new ArrayList<>();
    private final StringBuilder shard = new StringBuilder(SearchIndexBuilder.TERM_SHARD_BYTES + 1024);
    private final StringBuilder entry = new StringBuilder();
    private int number;
    private String first;
    private String last;

    /** Packs shards numbered from {@code number}, the first starting with the first term added. */
    TermShards(int number) {
        this.number = number - 1;
    }

    /** Where shard {@code number} is, inside the index folder. */
    static String path(int number) {
        return "t/" + number + ".json";
    }

    /** The digest of a shard's bytes, which the manifest's version hashes in their place. */
    static byte[] digest(byte[] bytes) {
        return new FingerprintHash().bytes(bytes).bytes();
    }

    /**
     * Adds the next term, after every term added before in {@link String#compareTo} order, with
     * its encoded postings. Returns whether it starts a shard.
     */
    boolean add(String term, String postings) {
        entry.setLength(0);
        Json.quote(entry, term).append(":\"").append(postings).append('"'); // base64: nothing to escape
        if (shard.length() > 0 && shard.length() + entry.length() > SearchIndexBuilder.TERM_SHARD_BYTES) {
            close();
        }
        boolean starts = shard.length() == 0;
        if (starts) {
            number++;
            first = term;
            shard.append('{');
        } else {
            shard.append(',');
        }
        shard.append(entry);
        last = term;
        return starts;
    }

    /** The number of the shard the last term went into. */
    int number() {
        return number;
    }

    /** The shards closed so far: every one but the shard being filled. */
    List<Shard> closed() {
        return packed;
    }

    /** Closes the shard being filled, if any; returns every shard. */
    List<Shard> finish() {
        if (shard.length() > 0) {
            close();
        }
        return packed;
    }

    private void close() {
        shard.append("}\n");
        packed.add(new Shard(number, first, last, shard.toString().getBytes(StandardCharsets.UTF_8)));
        shard.setLength(0);
    }
}
