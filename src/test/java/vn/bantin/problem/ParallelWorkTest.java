package vn.bantin.problem;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelWorkTest {
    @Test
    void resultsComeInTheItemsOrderNullsIncluded() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();

        List<String> results = ParallelWork.map(items, i -> i % 7 == 0 ? null : "#" + i);

        List<String> expected = new ArrayList<>();
        items.forEach(i -> expected.add(i % 7 == 0 ? null : "#" + i));
        assertEquals(expected, results);
        assertThrows(UnsupportedOperationException.class, () -> results.set(1, "changed"));
        assertEquals(List.of(), ParallelWork.map(List.of(), i -> i));
        assertEquals(List.of("one"), ParallelWork.map(List.of(1), i -> "one"));
    }

    /**
     * The thread that takes the first item is held there until every other item is done: only a
     * thread taking item after item can do them all. A parallel stream, which hands each thread a
     * quarter of the list, leaves the rest of the held thread's quarter waiting, and the test times out.
     */
    @Test
    void aThreadHeldOnOneItemLeavesTheOthersToTheRest() {
        List<Integer> items = IntStream.range(0, 400).boxed().toList();
        CountDownLatch othersDone = new CountDownLatch(items.size() - 1);
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Boolean> results = ParallelWork.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            if (i == 0) {
                try {
                    return othersDone.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            othersDone.countDown();
            return true;
        });

        assertTrue(results.stream().allMatch(done -> done), "the held item saw the others done");
        assertTrue(threads.size() >= 2, "the caller and the common pool's threads: " + threads);
    }

    @Test
    void whatTheWorkThrewIsThrownAsItWas() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        IllegalStateException failure = new IllegalStateException("item 42");
        AssertionError error = new AssertionError("item 7");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> ParallelWork.map(items, i -> {
            if (i == 42) {
                throw failure;
            }
            return i;
        })));
        assertSame(error, assertThrows(AssertionError.class, () -> ParallelWork.map(items, i -> {
            if (i == 7) {
                throw error;
            }
            return i;
        })));
    }
}
