package vn.bantin.finish;

import vn.bantin.config.SiteConfig;

import java.util.HashSet;
import java.util.Set;

/**
 * A page as the output holds it, with the run of bytes one body was finished into replaced by the
 * same body's new HTML, finished as the finish stage finishes that run of the page: for a quick
 * rebuild, which changes a page without its template or the model. It gives a page only when the
 * finish stage would give the same bytes and the link check would pass: else null, and the bake
 * goes the whole way.
 */
public final class BodySwap {
    private final PageFinisher finisher;
    private final String indexFile;

    public BodySwap(SiteConfig config) {
        // No 404 page: a body's page is an article's, never the one served at any depth.
        this.finisher = new PageFinisher(config.basePath(), config.siteUrl(), null);
        this.indexFile = config.indexFile();
    }

    /**
     * {@code page} with the body it shows changed from {@code before} to {@code after}, each as
     * {@code <@body>} wrote it; or null when that cannot be told safely: the old body is not found
     * once in the page, the new one changes the page's ids (a link from another page may point at
     * them) or repeats one, or has a link the old one had not whose target is not a file of the
     * output or that points into a page (those ids are not known here).
     *
     * @param url         the page's address, site-root-relative
     * @param outputPaths every file of the output, which the rebuild keeps
     */
    public byte[] swap(String url, byte[] page, byte[] before, byte[] after, Set<String> outputPaths) {
        PageFinisher.FinishedRun old = finisher.finishRun(url, before);
        PageFinisher.FinishedRun now = finisher.finishRun(url, after);
        if (!now.ids().equals(old.ids()) || !now.repeated().isEmpty() || !brokenLinksImpossible(old, now, outputPaths)) {
            return null;
        }
        return ByteRuns.replacedOnce(page, old.bytes(), now.bytes());
    }

    /**
     * Whether every link of the new run leads somewhere: those the old one had did when the output
     * was baked, and the output keeps its files; a new one must lead to one of them, without a
     * fragment.
     */
    private boolean brokenLinksImpossible(PageFinisher.FinishedRun old, PageFinisher.FinishedRun now,
                                          Set<String> outputPaths) {
        Set<FinishedPage.InternalLink> checked = new HashSet<>(old.links());
        for (FinishedPage.InternalLink link : now.links()) {
            if (!checked.contains(link)
                    && (!link.fragment().isEmpty() || !LinkChecker.leadsToFile(link.path(), indexFile, outputPaths))) {
                return false;
            }
        }
        return true;
    }
}
