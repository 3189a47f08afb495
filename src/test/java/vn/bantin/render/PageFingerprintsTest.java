package vn.bantin.render;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Two bakes give a page the same fingerprint only when it reads the same values. */
class PageFingerprintsTest {
    private static final RenderJob JOB = new RenderJob("post", "/tin-tuc/hop-bao/", "post.ftlh",
            "content/tin-tuc/hop-bao.md", Map::of);

    private record Notice(String title, List<String> lines) {
    }

    /** An object whose text is only its identity, as Object's toString gives it. */
    private static final class Opaque {
        private final String kept;

        Opaque(String kept) {
            this.kept = kept;
        }
    }

    private static String fingerprint(Object value) {
        return new PageFingerprints(Map.of(), Map.of()).of(JOB, Map.of("x", value), List.of("x"), List.of());
    }

    @Test
    void equalValuesInTwoBakesGiveTheSameFingerprint() {
        assertEquals(fingerprint(new Notice("Lịch tiếp dân", List.of("Thứ Năm"))),
                fingerprint(new Notice("Lịch tiếp dân", List.of("Thứ Năm"))));
        assertEquals(fingerprint(Path.of("assets/anh.jpg")), fingerprint(Path.of("assets/anh.jpg")), "told by its text");
        assertNotEquals(fingerprint(new Notice("Lịch tiếp dân", List.of("Thứ Năm"))),
                fingerprint(new Notice("Lịch tiếp dân", List.of("Thứ Sáu"))));
    }

    @Test
    void anObjectKnownOnlyByItsIdentityCountsAsChangedAtEveryBake() {
        Opaque same = new Opaque("không đổi");
        assertNotEquals(fingerprint(same), fingerprint(same), "its identity says nothing of what it holds");
    }
}
