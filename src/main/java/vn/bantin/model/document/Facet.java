package vn.bantin.model.document;

import java.util.List;

/**
 * One value of a registry filter (a year, a kind, an issuing body) with its documents.
 *
 * @param name      as shown: {@code 2024}, {@code Kế hoạch}, {@code UBND huyện An Khánh}
 * @param slug      its part of the address, e.g. {@code ke-hoach}
 * @param url       its filter page, or null when the registry is not rendered
 * @param documents its documents, newest first
 */
public record Facet(String name, String slug, String url, List<Document> documents) {

    /** How many documents it has. */
    public int count() {
        return documents.size();
    }
}
