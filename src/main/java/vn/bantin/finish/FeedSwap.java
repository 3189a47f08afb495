package vn.bantin.finish;

import vn.bantin.config.SiteConfig;
import vn.bantin.load.Body;
import vn.bantin.model.Cover;

/**
 * One item's body changed in the feeds as the output holds them: the {@code content:encoded} of
 * the item replaced by the article's new body, written as {@link FeedWriter} writes it. For a
 * quick rebuild, which changes feeds without the model: nothing else of an item depends on its
 * body, and an item is the same in every feed that carries it.
 */
public final class FeedSwap {
    private final byte[] before;
    private final byte[] after;

    /** The item of {@code url}, showing {@code cover} (or null), its body {@code before} and now {@code after}. */
    public FeedSwap(SiteConfig config, String url, Body before, Body after, Cover cover) {
        FeedWriter writer = new FeedWriter(config);
        this.before = writer.encodedBody(url, before, cover);
        this.after = writer.encodedBody(url, after, cover);
    }

    /** {@code feed} with the item showing the new body; null when the old one is not found in it exactly once. */
    public byte[] swap(byte[] feed) {
        return ByteRuns.replacedOnce(feed, before, after);
    }
}
