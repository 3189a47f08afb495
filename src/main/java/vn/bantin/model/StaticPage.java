package vn.bantin.model;

import vn.bantin.text.ContentDates.ContentDate;

import java.util.Map;

/**
 * A page outside the sections, such as "Giới thiệu" or "Liên hệ".
 *
 * @param date the page's date when its header gives one, else null
 */
public record StaticPage(String sourcePath, String slug, String url, String title, ContentDate date, String summary,
                         String body, Map<String, Object> frontMatter) {
}
