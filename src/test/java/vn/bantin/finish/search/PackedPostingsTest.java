package vn.bantin.finish.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A term's postings packed between two bakes: unpacked as they were, sought without unpacking. */
class PackedPostingsTest {
    /** Ids with gaps of one byte and of several, marks small and large (a count of 40,000 in a long text). */
    private static final int[] IDS = {0, 1, 2, 130, 20_000, 20_001, 3_000_000};
    private static final int[] MARKS = {4, 6, 1, 160_001, 7, 4, 2};

    private static PackedPostings packed() {
        return PackedPostings.pack(IDS, MARKS, IDS.length);
    }

    @Test
    void whatIsPackedIsUnpackedAsItWas() {
        PackedPostings packed = packed();
        assertEquals(IDS.length, packed.count());
        int[] ids = new int[IDS.length];
        int[] marks = new int[IDS.length];
        packed.unpack(ids, marks);
        assertArrayEquals(IDS, ids);
        assertArrayEquals(MARKS, marks);
        assertTrue(packed.length() < IDS.length * 2 * 5, "numbers take the bytes they need: " + packed.length());
    }

    @Test
    void onlyTheFirstCountPostingsArePacked() {
        PackedPostings packed = PackedPostings.pack(IDS, MARKS, 3);
        int[] ids = new int[3];
        packed.unpack(ids, new int[3]);
        assertArrayEquals(new int[] {0, 1, 2}, ids);
        assertEquals(6, packed.length(), "three gaps and three marks of a byte each");
    }

    @Test
    void postingsPackedInsideALargerArrayAreReadFromTheirOffset() {
        PackedPostings alone = packed();
        byte[] file = new byte[alone.length() + 10];
        Arrays.fill(file, (byte) 0x7F);
        System.arraycopy(alone.bytes(), 0, file, 7, alone.length());
        PackedPostings inside = new PackedPostings(file, 7, alone.length(), IDS.length);
        int[] ids = new int[IDS.length];
        inside.unpack(ids, new int[IDS.length]);
        assertArrayEquals(IDS, ids);
        assertTrue(inside.holdsAny(new int[] {3_000_000}));
    }

    @Test
    void anIdIsFoundAmongThePostingsOrNot() {
        PackedPostings packed = packed();
        assertTrue(packed.holdsAny(new int[] {0}));
        assertTrue(packed.holdsAny(new int[] {3, 20_001}));
        assertTrue(packed.holdsAny(new int[] {3_000_000}));
        assertFalse(packed.holdsAny(new int[] {3, 129, 131, 19_999, 2_999_999, 3_000_001}));
        assertFalse(packed.holdsAny(new int[0]));
    }

    @Test
    void idsAreKeptOnlyWhenEveryPostingsEntryKeepsItsOwn() {
        PackedPostings packed = PackedPostings.pack(new int[] {0, 2, 5}, new int[] {4, 4, 4}, 3);
        assertTrue(packed.keepsIds(new int[] {0, -1, 2, 7, 1, 5}), "entries 1 and 3 moved, no posting's entry");
        assertFalse(packed.keepsIds(new int[] {0, 1, 2, 3, 4, -1}), "entry 5 is gone");
        assertFalse(packed.keepsIds(new int[] {1, 0, 2, 3, 4, 5}), "entry 0 moved");
    }

    @Test
    void onlyWholePostingsOfIdsBelowTheEntriesAreTrusted() {
        PackedPostings packed = packed();
        byte[] bytes = packed.bytes();
        assertTrue(PackedPostings.isWhole(bytes, 0, bytes.length, IDS.length, 3_000_001));
        assertFalse(PackedPostings.isWhole(bytes, 0, bytes.length, IDS.length, 3_000_000), "an id past the entries");
        assertFalse(PackedPostings.isWhole(bytes, 0, bytes.length, IDS.length + 1, 3_000_001), "a posting missing");
        assertFalse(PackedPostings.isWhole(bytes, 0, bytes.length - 1, IDS.length, 3_000_001), "the last number cut");
        byte[] zeroGap = PackedPostings.pack(new int[] {1, 1}, new int[] {4, 4}, 2).bytes();
        assertFalse(PackedPostings.isWhole(zeroGap, 0, zeroGap.length, 2, 10), "ids not increasing");
        byte[] endless = {(byte) 0x81, (byte) 0x81, (byte) 0x81, (byte) 0x81, (byte) 0x81, (byte) 0x81, 1, 4};
        assertFalse(PackedPostings.isWhole(endless, 0, endless.length, 1, 10), "a number of more than 32 bits");
    }
}
