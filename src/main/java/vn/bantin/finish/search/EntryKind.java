package vn.bantin.finish.search;

/**
 * What a search result is. The code is written in the index; the search page shows the label
 * of the templates' message {@code search.kind.<code>}.
 */
public enum EntryKind {
    ARTICLE("article"),
    DOCUMENT("document"),
    PAGE("page"),
    PROCEDURE("procedure");

    private final String code;

    EntryKind(String code) {
        this.code = code;
    }

    /** {@code article}, {@code document}, {@code page} or {@code procedure}. */
    public String code() {
        return code;
    }
}
