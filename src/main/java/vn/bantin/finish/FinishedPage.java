package vn.bantin.finish;

import vn.bantin.render.PageStamp;

import java.util.List;
import java.util.Set;

/**
 * A page after post-processing, with what the link check needs to know about it.
 *
 * @param links         internal links and asset references, site-root-relative, with their fragment
 * @param ids           every id on the page, for checking links to anchors
 * @param repeatedIds   ids given to more than one element of the page (an invalid page)
 * @param externalLinks the page's http(s) links and images, checked only on demand
 * @param stamp         how it was rendered, for the next incremental bake
 */
public record FinishedPage(String url, String outputPath, String sourcePath, String template, byte[] bytes,
                           List<InternalLink> links, Set<String> ids, List<String> repeatedIds,
                           List<String> externalLinks, PageStamp stamp) {

    /** The same page once its bytes are written out: what the link check and the next bake need of it. */
    public FinishedPage withoutBytes() {
        return new FinishedPage(url, outputPath, sourcePath, template, null, links, ids, repeatedIds, externalLinks, stamp);
    }

    /**
     * A link found on a page.
     *
     * @param path     site-root-relative path, percent-encoding as written
     * @param fragment the part after {@code #}, or empty
     * @param written  the attribute value as the page had it before rewriting
     */
    public record InternalLink(String path, String fragment, String written) {
    }
}
