package vn.bantin.model;

import vn.bantin.load.Body;
import vn.bantin.text.ContentDates.ContentDate;

import java.util.Map;

/**
 * A page outside the sections, such as "Giới thiệu" or "Liên hệ", or an English page such as
 * {@code content/en/contact.md}.
 *
 * @param url         {@code /<folder>/<slug>/}; a file named {@code index.md} in a folder is the
 *                    folder's page ({@code content/en/index.md} is {@code /en/}), as in JBake
 * @param lang        the language it is written in ({@code lang:}), the site's language by default
 * @param translation the URL of the same page in another language ({@code translation:}), or null
 * @param date        the page's date when its header gives one, else null
 */
public record StaticPage(String sourcePath, String slug, String url, String title, String lang, String translation,
                         ContentDate date, String summary, Body body, Map<String, Object> frontMatter) {
}
