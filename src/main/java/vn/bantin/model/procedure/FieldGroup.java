package vn.bantin.model.procedure;

import java.util.List;

/**
 * One field (lĩnh vực) of the catalog with its in-force procedures, level by level.
 *
 * @param slug  the field's anchor on the catalog page, e.g. {@code ho-tich}
 * @param count its in-force procedures at every level
 */
public record FieldGroup(String name, String slug, List<LevelGroup> levels, int count) {
}
