package vn.bantin.model;

/**
 * A section of the bulletin: one folder of content/, described by its {@code _index.md}.
 *
 * @param id    the folder name
 * @param order position in the menu, smallest first
 * @param count published articles in the section
 */
public record Section(String id, String title, String description, int order, String url, String feedUrl,
                      int count, String sourcePath) {
}
