package vn.bantin.serve;

import vn.bantin.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the preview adds to the HTML it serves, and only there (never to the baked files): the
 * reload script and its stylesheet, and after a failed rebake a banner listing every problem.
 * The pages' Content-Security-Policy allows only same-origin scripts and styles, so both are
 * files the preview server serves under {@link #DEV_PATH}, never inline code.
 */
final class PreviewPages {
    /** Where the preview's own files live, at the server root whatever the site's base path. */
    static final String DEV_PATH = "/__bantin/";
    static final String RELOAD_SCRIPT = DEV_PATH + "reload.js";
    static final String STYLESHEET = DEV_PATH + "preview.css";
    static final String BUILD = DEV_PATH + "build";
    /** The id of the error banner, for tests and for the stylesheet. */
    static final String BANNER_ID = "bantin-preview-errors";

    private PreviewPages() {
    }

    /**
     * A page as served: the reload script and stylesheet before {@code </head>}, and when
     * {@code problems} is not empty the error banner right after {@code <body>}.
     */
    static byte[] inject(byte[] html, String buildId, List<Problem> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        String head = headTags(buildId);
        int headEnd = indexOfIgnoreCase(page, "</head>", 0);
        page = headEnd < 0 ? head + page : page.substring(0, headEnd) + head + page.substring(headEnd);
        if (!problems.isEmpty()) {
            int body = indexOfIgnoreCase(page, "<body", 0);
            int bodyEnd = body < 0 ? -1 : page.indexOf('>', body);
            String banner = banner(problems);
            page = bodyEnd < 0 ? banner + page : page.substring(0, bodyEnd + 1) + banner + page.substring(bodyEnd + 1);
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The page for every address while there is no good bake yet to serve. */
    static byte[] errorPage(String buildId, List<Problem> problems) {
        return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Lỗi khi dựng trang – bantin serve</title>\n" + headTags(buildId) + "</head>\n<body>\n"
                + banner(problems) + "</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String headTags(String buildId) {
        return "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n<script src=\"" + RELOAD_SCRIPT
                + "\" data-build=\"" + escape(buildId) + "\" defer></script>\n";
    }

    /** Every problem as {@code path:line: message (hint)}, HTML-escaped, errors first. */
    static String banner(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder out = new StringBuilder();
        out.append("<div id=\"").append(BANNER_ID).append("\" class=\"bantin-preview-errors\" role=\"alert\">\n")
                .append("<p class=\"bantin-preview-title\">Lỗi khi dựng trang: ").append(errors).append(" lỗi. ")
                .append("Sửa xong và lưu tệp, trang sẽ tự tải lại. Bên dưới là bản dựng tốt gần nhất, nếu có.</p>\n")
                .append("<ul>\n");
        for (Problem problem : problems) {
            out.append("<li><code>").append(escape(problem.toString())).append("</code></li>\n");
        }
        return out.append("</ul>\n</div>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i <= text.length() - needle.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
