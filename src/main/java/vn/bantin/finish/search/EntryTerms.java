package vn.bantin.finish.search;

import vn.bantin.text.FingerprintHash;

/**
 * The terms of one entry, before ranking: for each distinct term, how often the text has it and
 * whether the title and the keywords have it; and the text's length in syllables, which ranking
 * weighs against the average. Computed for many entries in parallel, then merged in id order.
 *
 * @param terms  distinct terms, grouped by {@link #part}
 * @param marks  for each term: its count in the text shifted left by 2, bit 1 set when the title
 *               has it, bit 0 when a keyword has it
 * @param starts where each part's terms start in {@code terms}, and the end: the thread filling a
 *               part of the index reads only its own
 * @param length syllables in the text
 */
record EntryTerms(String[] terms, int[] marks, int[] starts, int length) {
    /** Parts of the index, filled in parallel. */
    static final int PARTS = 8;
    /** The mark of the text, counting each occurrence: the count is kept above the two bits. */
    static final int COUNTED = 4;
    static final int IN_TITLE = 2;
    static final int IN_KEYWORDS = 1;

    /** Each analysing thread's counter, cleared for each entry. */
    private static final ThreadLocal<TermCounter> COUNTERS = ThreadLocal.withInitial(TermCounter::new);

    static EntryTerms of(SearchEntry entry) {
        return of(entry, COUNTERS.get());
    }

    /** The terms of {@code entry}, counted with {@code counter}, which was counting others before. */
    static EntryTerms of(SearchEntry entry, TermCounter counter) {
        counter.clear();
        int length = counter.add(entry.textBuilder(), COUNTED);
        counter.add(entry.title(), IN_TITLE);
        for (String keyword : entry.keywords()) {
            counter.add(keyword, IN_KEYWORDS);
        }
        return counter.entryTerms(length);
    }

    /**
     * The digest of all that {@link #of} reads of an entry, its text as the parts it is made of
     * (not read out of their HTML): two entries with the same digest have the same terms, so a
     * later bake need not analyse again an entry whose digest is unchanged.
     */
    static String digest(SearchEntry entry) {
        FingerprintHash digest = new FingerprintHash().text(entry.title()).count(entry.parts().size());
        for (SearchEntry.Part part : entry.parts()) {
            if (part.isHtml()) {
                digest.tag('h').bytes(part.body().digest());
            } else {
                digest.tag('p').text(part.text());
            }
        }
        digest.count(entry.keywords().size());
        for (String keyword : entry.keywords()) {
            digest.text(keyword);
        }
        return digest.hex();
    }

    /**
     * The part of the index a term belongs to: the top bits of a mixed hash, since each part's
     * hash map indexes by the low bits (parts by low bits would crowd each map's buckets).
     */
    static int part(String term) {
        return (term.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(PARTS));
    }
}
