package vn.bantin.model.procedure;

import java.util.List;

/** The in-force procedures of one field carried out at one level, by name in Vietnamese order. */
public record LevelGroup(Level level, List<Procedure> procedures) {
}
