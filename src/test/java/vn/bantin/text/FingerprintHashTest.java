package vn.bantin.text;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The page fingerprints' hash: the same values give the same hash, any other values another. */
class FingerprintHashTest {

    private static String hash(Consumer<FingerprintHash> values) {
        FingerprintHash hash = new FingerprintHash();
        values.accept(hash);
        return hash.hex();
    }

    @Test
    void theSameValuesGiveTheSameHashOf128Bits() {
        String first = hash(h -> h.tag('s').text("Hội nghị triển khai").count(3).bytes(new byte[] {1, 2, 3}));
        assertEquals(first, hash(h -> h.tag('s').text("Hội nghị triển khai").count(3).bytes(new byte[] {1, 2, 3})));
        assertEquals(32, first.length());
    }

    @Test
    void valuesSplitDifferentlyOrOfAnotherKindHashDifferently() {
        List<String> hashes = List.of(
                hash(h -> h.text("ab").text("c")),
                hash(h -> h.text("a").text("bc")),
                hash(h -> h.text("abc")),
                hash(h -> h.text("abc").text("")),
                hash(h -> h.tag('a').text("bc")),
                hash(h -> h.count(3).text("abc")),
                hash(h -> h.bytes(new byte[] {'a', 'b', 'c'})),
                hash(h -> { }));
        assertEquals(hashes.size(), new HashSet<>(hashes).size(), hashes.toString());
    }

    @Test
    void everyCharacterCountsWhateverTheLengthOfTheText() {
        Set<String> hashes = new HashSet<>();
        String text = "Cải cách hành chính năm 2025: một cửa, số hóa hồ sơ.";
        for (int length = 0; length <= text.length(); length++) {
            String start = text.substring(0, length);
            hashes.add(hash(h -> h.text(start)));
            for (int at = 0; at < length; at++) {
                String changed = start.substring(0, at) + (char) (start.charAt(at) ^ 1) + start.substring(at + 1);
                assertNotEquals(hash(h -> h.text(start)), hash(h -> h.text(changed)), changed);
            }
        }
        assertEquals(text.length() + 1, hashes.size());
    }

    /** Values kept in a memory from an earlier bake are compared with this bake's: the hash never drifts. */
    @Test
    void aLongTextHashesAsItAlwaysHas() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3001; i++) {
            text.append("Cải cách hành chính ".charAt(i % 20));
        }
        assertEquals("0507423b39249789e43c717d7af43143", hash(h -> h.text(text.toString()).text("Một").tag('x')));
        assertEquals("54cc418988f46231e0fd6610223a0b0b", hash(h -> h.text(text.substring(0, 2048))));
        String long3001 = text.toString();
        for (int at : new int[] {0, 1023, 1024, 1025, 2047, 2048, 3000}) {
            String changed = long3001.substring(0, at) + '*' + long3001.substring(at + 1);
            assertNotEquals(hash(h -> h.text(long3001)), hash(h -> h.text(changed)), "character " + at);
        }
    }

    /** Bodies' digests are kept in a memory from an earlier bake too. */
    @Test
    void bytesHashAsTheyAlwaysHave() {
        byte[] bytes = new byte[1003];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        assertEquals("1e1001a441e365127bd896dd30ad9405", hash(h -> h.bytes(bytes)));
        assertEquals("48c6599f365056c1d11d13e983c17638", hash(h -> h.bytes(java.util.Arrays.copyOf(bytes, 16))));
    }

    @Test
    void everyByteCounts() {
        byte[] bytes = new byte[19];
        String none = hash(h -> h.bytes(bytes.clone()));
        for (int at = 0; at < bytes.length; at++) {
            byte[] changed = bytes.clone();
            changed[at] = 1;
            assertNotEquals(none, hash(h -> h.bytes(changed)), "byte " + at);
        }
    }
}
