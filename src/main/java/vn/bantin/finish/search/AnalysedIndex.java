package vn.bantin.finish.search;

import java.util.HashMap;
import java.util.Map;

/**
 * A search index as analysed, before ranking: for each entry its URL, the digest of what its terms
 * depend on ({@link EntryTerms#digest}) and its length; for each term its postings, entry ids with
 * their marks. A later bake takes the terms of every entry whose URL and digest are unchanged from
 * here and analyses only the others: an edit to one article of 10,000 analyses one entry. It also
 * keeps each term's postings as ranked and encoded, and the average length they were ranked
 * against: a later bake that ranks against the same average takes the encoding of every term whose
 * postings are unchanged from here, and ranks only the others.
 *
 * <p>Each term's postings stay packed ({@link PackedPostings}), shared, never copied: a later bake
 * unpacks those of the few terms that changed.
 */
public final class AnalysedIndex {
    /** No index: every entry is analysed. */
    public static final AnalysedIndex NONE = new AnalysedIndex(new String[0], new String[0], new int[0], 0,
            new String[0], new PackedPostings[0], new String[0]);

    final String[] urls;
    final String[] digests;
    final int[] lengths;
    /** The average length the postings were ranked against ({@link InvertedIndex#ranked}); 0 for none. */
    final int average;
    final String[] terms;
    /** Each term's postings, ids increasing. */
    final PackedPostings[] packed;
    /** Each term's postings as ranked and encoded ({@link PostingCodec}). */
    final String[] encoded;

    AnalysedIndex(String[] urls, String[] digests, int[] lengths, int average, String[] terms,
                  PackedPostings[] packed, String[] encoded) {
        if (digests.length != urls.length || lengths.length != urls.length || packed.length != terms.length
                || encoded.length != terms.length) {
            throw new IllegalArgumentException("the entries' or the terms' arrays differ in length");
        }
        this.urls = urls;
        this.digests = digests;
        this.lengths = lengths;
        this.average = average;
        this.terms = terms;
        this.packed = packed;
        this.encoded = encoded;
    }

    /** How many entries it analysed. */
    public int entries() {
        return urls.length;
    }

    /** How many postings it holds, all terms together. */
    public long postings() {
        long postings = 0;
        for (PackedPostings term : packed) {
            postings += term.count();
        }
        return postings;
    }

    /** Each entry's id by its URL. */
    public Map<String, Integer> idsByUrl() {
        Map<String, Integer> ids = new HashMap<>(urls.length * 2);
        for (int id = 0; id < urls.length; id++) {
            ids.put(urls[id], id);
        }
        return ids;
    }
}
