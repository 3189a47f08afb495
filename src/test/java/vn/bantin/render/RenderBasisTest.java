package vn.bantin.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a page may be taken as the previous bake rendered it without being fingerprinted again. */
class RenderBasisTest {
    private static final byte[] OLD = {1, 2, 3};
    private static final byte[] NEW = {1, 2, 4};
    private static final String ARTICLE = "content/tin-tuc/hop-bao.md";
    private static final String PAGE = "content/gioi-thieu.md";

    private final RenderBasis before = new RenderBasis("a1", Map.of(ARTICLE, OLD, PAGE, OLD));

    @Test
    void theSameModelIsOnlyTheOneWithTheSameKnownFingerprint() {
        assertTrue(new RenderBasis("a1", Map.of()).sameSite(before));
        assertFalse(new RenderBasis("b2", Map.of()).sameSite(before));
        assertFalse(RenderBasis.NONE.sameSite(RenderBasis.NONE), "no fingerprint known: never the same");
    }

    @Test
    void aPageKeepsItsRenderingWhileEveryBodyItShowedIsAsItWas() {
        RenderBasis now = new RenderBasis("a1", Map.of(ARTICLE, NEW.clone(), PAGE, OLD.clone()));
        assertTrue(now.sameBodies(List.of(), before), "a page that shows no body");
        assertTrue(now.sameBodies(List.of(PAGE), before), "equal digests, other arrays");
        assertFalse(now.sameBodies(List.of(PAGE, ARTICLE), before), "one body changed");
        assertFalse(new RenderBasis("a1", Map.of(PAGE, OLD)).sameBodies(List.of(ARTICLE), before), "a body gone");
        assertFalse(now.sameBodies(List.of("content/moi.md"), new RenderBasis("a1", Map.of())), "a body new since");
    }
}
