package vn.bantin.render;

/**
 * Where a part that other pages share ({@code <@cached>}) lies in a page's bytes: the finishing of
 * the page can take that part as it finished it for another page in the same folder.
 *
 * @param start where it starts in the page's bytes
 * @param end   where it ends
 * @param part  the part, the same object on every page that has it: compare it by identity
 */
public record SharedPart(int start, int end, Object part) {
}
