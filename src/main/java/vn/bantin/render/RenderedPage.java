package vn.bantin.render;

/**
 * A rendered HTML page, before post-processing; or, in an incremental bake, a page found unchanged
 * since the previous bake, which is not rendered again ({@code html} is null).
 *
 * @param html       the page in UTF-8, as the templates wrote it
 * @param outputPath where it goes inside the output folder, e.g. {@code tin-tuc/index.html}
 * @param sourcePath the content file the page comes from (or its template, for generated pages)
 * @param template   site-relative path of the template that rendered it
 * @param stamp      its fingerprint and the shared variables it read, for the next bake
 */
public record RenderedPage(String kind, String url, String outputPath, String sourcePath, String template,
                           byte[] html, PageStamp stamp) {

    /** Whether the page is the previous bake's, untouched: its finished bytes can be taken as they were. */
    public boolean unchanged() {
        return html == null;
    }
}
