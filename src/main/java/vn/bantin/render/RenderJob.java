package vn.bantin.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to render.
 *
 * @param kind       page kind, e.g. {@code post}, {@code section}
 * @param url        site-root-relative URL
 * @param template   template file name inside templates/
 * @param sourcePath the content file the page comes from, or null for generated pages
 * @param variables  computes the page's own variables when the page is rendered; the shared ones are
 *                   the renderer's
 */
public record RenderJob(String kind, String url, String template, String sourcePath,
                        Supplier<Map<String, Object>> variables) {
}
