package vn.bantin.render;

import java.util.List;

/**
 * A rendered HTML page, before post-processing; or, in an incremental bake, a page found unchanged
 * since the previous bake, which is not rendered again ({@code html} is null).
 *
 * @param outputPath  where it goes inside the output folder, e.g. {@code tin-tuc/index.html}
 * @param sourcePath  the content file the page comes from (or its template, for generated pages)
 * @param template    site-relative path of the template that rendered it
 * @param html        the page in UTF-8, as the templates wrote it
 * @param sharedParts where the parts it shares with other pages ({@code <@cached>}) lie in it, in order
 * @param stamp       its fingerprint and the shared variables it read, for the next bake
 */
public record RenderedPage(String kind, String url, String outputPath, String sourcePath, String template,
                           byte[] html, List<SharedPart> sharedParts, PageStamp stamp) {

    /** Whether the page is the previous bake's, untouched: its finished bytes can be taken as they were. */
    public boolean unchanged() {
        return html == null;
    }
}
