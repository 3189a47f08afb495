package vn.bantin.model;

import java.util.Map;

/** A page outside the sections, such as "Giới thiệu" or "Liên hệ". */
public record StaticPage(String sourcePath, String slug, String url, String title, String summary, String body,
                         Map<String, Object> frontMatter) {
}
