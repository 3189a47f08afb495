package vn.bantin.model;

/**
 * A section of the bulletin: one folder of content/, described by its {@code _index.md}.
 *
 * @param id    the folder name
 * @param order position in the menu, smallest first
 * @param count published articles in the section
 * @param intro the HTML of the text under the header of {@code _index.md}, shown on the section's first page
 */
public record Section(String id, String title, String description, int order, String url, String feedUrl,
                      int count, String intro, String sourcePath) {
}
