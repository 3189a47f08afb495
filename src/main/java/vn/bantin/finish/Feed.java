package vn.bantin.finish;

import vn.bantin.text.FingerprintHash;

import java.util.List;

/**
 * One RSS feed as the finish stage plans it, before it is written: its channel and its newest
 * items. Its fingerprint stands for everything its bytes are made of besides the configuration
 * (a change to which makes a whole new bake), so a feed whose fingerprint is unchanged since the
 * last bake is kept as that bake wrote it, and its items' bodies are not read again.
 *
 * @param feedUrl site-root-relative URL of the feed itself
 * @param pageUrl site-root-relative URL of the page the feed follows
 * @param items   newest first, at most {@code bantin.feed.size}
 */
record Feed(String title, String description, String feedUrl, String pageUrl, List<FeedItem> items) {

    /** A feed of the newest {@code size} of {@code newestFirst}. */
    static Feed of(String title, String description, String feedUrl, String pageUrl, List<FeedItem> newestFirst,
                   int size) {
        return new Feed(title, description, feedUrl, pageUrl,
                List.copyOf(newestFirst.subList(0, Math.min(size, newestFirst.size()))));
    }

    /** Where it goes in the output. */
    String outputPath() {
        return feedUrl.substring(1);
    }

    /** A hash of everything the feed shows; a body counts by its digest, known without reading it. */
    String fingerprint() {
        FingerprintHash hash = new FingerprintHash().text(title).text(description).text(feedUrl).text(pageUrl)
                .count(items.size());
        for (FeedItem item : items) {
            hash.text(item.url()).text(item.title()).text(item.date().moment().toString())
                    .tag(item.date().hasTime() ? 't' : 'd').text(item.author()).count(item.categories().size());
            item.categories().forEach(hash::text);
            hash.text(item.summary()).text(item.body().source()).bytes(item.body().digest());
            if (item.cover() == null) {
                hash.tag('n');
            } else {
                hash.tag('c').text(item.cover().url()).text(item.cover().alt());
            }
        }
        return hash.hex();
    }
}
