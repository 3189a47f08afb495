package vn.bantin.model;

/** The same page in another language: where a page's language switch leads. */
public record Counterpart(String lang, String url) {
}
