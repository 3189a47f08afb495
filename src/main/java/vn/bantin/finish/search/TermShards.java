package vn.bantin.finish.search;

import vn.bantin.finish.Json;
import vn.bantin.text.FingerprintHash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Sorted terms packed greedily into term shards: each term joins the shard being filled unless
 * that shard already holds a term and would pass {@link SearchIndexBuilder#TERM_SHARD_BYTES}
 * characters with it, counted as UTF-16 code units of the shard's text from its {@code {} on,
 * without the comma the term would bring. The rule lives here alone: a whole bake packs every term
 * with it, and a patch ({@link SearchIndexPatch}) packs a few shards again with it, to know that it
 * cuts them where a whole bake would.
 *
 * <p>A shard's file is named after its boundary in the manifest ({@link #path}), not its place in
 * the list: a shard cut in two, or two packed into one, renames no shard after them, so an edit
 * changes a few files of the index, not every one after the place it changed.
 */
final class TermShards {
    private static final HexFormat HEX = HexFormat.of();
    private static final int SEED_HIGH = 0x62616e74; // "bant"
    private static final int SEED_LOW = 0x696e2d74; // "in-t"

    /**
     * A shard packed.
     *
     * @param first its first term
     * @param last  its last term
     * @param bytes its JSON, UTF-8
     */
    record Shard(String first, String last, byte[] bytes) {
    }

    private final List<Shard> packed = new ArrayList<>();
    private final StringBuilder shard = new StringBuilder(SearchIndexBuilder.TERM_SHARD_BYTES + 1024);
    private final StringBuilder entry = new StringBuilder();
    private String first;
    private String last;

    /**
     * Where the shard whose boundary is {@code boundary} is, inside the index folder:
     * {@code t/<name>.json}, the name sixteen hex digits of a hash of the boundary's UTF-16 code
     * units (MurmurHash3's 32-bit steps, one code unit a block, with two seeds). A name made of the
     * boundary itself could pass what a file system allows in a name; the script makes the same
     * name from the manifest ({@code shardPath} in {@code search-index.js}).
     */
    static String path(String boundary) {
        return "t/" + HEX.toHexDigits(hash(boundary, SEED_HIGH)) + HEX.toHexDigits(hash(boundary, SEED_LOW)) + ".json";
    }

    private static int hash(String text, int seed) {
        int h = seed;
        for (int i = 0; i < text.length(); i++) {
            int k = Integer.rotateLeft(text.charAt(i) * 0xcc9e2d51, 15) * 0x1b873593;
            h = Integer.rotateLeft(h ^ k, 13) * 5 + 0xe6546b64;
        }
        h ^= text.length();
        h = (h ^ h >>> 16) * 0x85ebca6b;
        h = (h ^ h >>> 13) * 0xc2b2ae35;
        return h ^ h >>> 16;
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
            first = term;
            shard.append('{');
        } else {
            shard.append(',');
        }
        shard.append(entry);
        last = term;
        return starts;
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
        packed.add(new Shard(first, last, shard.toString().getBytes(StandardCharsets.UTF_8)));
        shard.setLength(0);
    }
}
