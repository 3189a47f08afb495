package vn.bantin.model.document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linking of mentions ({@link LinkedBody}) the bake before made, by file path, and this bake's,
 * kept for the next. An incremental bake of a site whose articles cite its documents links again
 * only the bodies that changed: reading every other body back, linking it and hashing it again was
 * most of its model stage.
 */
public final class MentionMemory {
    private final Map<String, LinkedBody> before;
    private final Map<String, LinkedBody> made = new ConcurrentHashMap<>();

    /** @param before what the bake before kept, by file path; empty for a full bake */
    public MentionMemory(Map<String, LinkedBody> before) {
        this.before = Map.copyOf(before);
    }

    /** What the bake before kept for the body of {@code path}, or null. */
    LinkedBody before(String path) {
        return before.get(path);
    }

    /** Keeps for the next bake what linking the body of {@code path} gave. */
    void remember(String path, LinkedBody linked) {
        made.put(path, linked);
    }

    /** What this bake kept, by file path. */
    public Map<String, LinkedBody> made() {
        return Map.copyOf(made);
    }
}
