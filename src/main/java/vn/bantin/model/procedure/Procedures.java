package vn.bantin.model.procedure;

import java.util.List;

/**
 * Every procedure of the site, frozen, with the catalog's grouping computed once.
 *
 * @param all       every procedure, in force or not, by code
 * @param fields    the in-force procedures by field (Vietnamese order), then by level
 * @param retired   replaced and abolished procedures, by code: still published, so old links and
 *                  shared addresses lead to the replacement
 * @param url       the catalog page, or null when it is not rendered (no procedure, or no template)
 * @param feedUrl   the feed of new and updated procedures, or null with the catalog
 * @param jsonUrl   the open-data export as JSON, or null with the catalog; likewise {@code csvUrl}
 *                  and {@code schemaUrl} (the JSON Schema of the export)
 */
public record Procedures(List<Procedure> all, List<FieldGroup> fields, List<Procedure> retired, String url,
                         String feedUrl, String jsonUrl, String csvUrl, String schemaUrl) {

    public static final Procedures NONE = new Procedures(List.of(), List.of(), List.of(), null, null, null, null, null);

    /** How many procedures are in force. */
    public int inForceCount() {
        return fields.stream().mapToInt(FieldGroup::count).sum();
    }
}
