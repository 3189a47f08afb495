package vn.bantin.render;

/**
 * A rendered HTML page, before post-processing.
 *
 * @param outputPath where it goes inside the output folder, e.g. {@code tin-tuc/index.html}
 * @param sourcePath the content file the page comes from (or its template, for generated pages)
 * @param template   site-relative path of the template that rendered it
 */
public record RenderedPage(String kind, String url, String outputPath, String sourcePath, String template,
                           String html) {
}
