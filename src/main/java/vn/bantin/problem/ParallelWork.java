package vn.bantin.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work over a list shared item by item between the calling thread and the common pool's: each
 * thread takes the next item as soon as it is done with one, so all end together. A parallel
 * stream cuts its list beforehand into four pieces per pool thread: on a two-core machine the
 * caller and one worker share four quarters, and when one quarter holds the slower files or pages,
 * a core waits for the other at the end of the stage (a second of a full bake's load stage at
 * 10,000 articles, half a second of its render stage).
 */
public final class ParallelWork {
    private ParallelWork() {
    }

    /**
     * {@code work} applied to each item, the results in the items' order ({@code null} where it
     * returned {@code null}). What it threw (a {@link RuntimeException} or an {@link Error}) is
     * thrown here as it was, once every thread has stopped; no item is begun after it was thrown.
     */
    public static <T, R> List<R> map(List<? extends T> items, Function<? super T, ? extends R> work) {
        Object[] results = new Object[items.size()];
        each(items.size(), i -> results[i] = work.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** {@code work} done for each number from 0 to {@code count} - 1, shared as {@link #map} shares items. */
    public static void each(int count, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Runnable share = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    work.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(count);
                if (!thrown.compareAndSet(null, e) && thrown.get() != e) {
                    thrown.get().addSuppressed(e);
                }
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinTask.adapt(share).fork());
        }
        share.run();
        tasks.forEach(ForkJoinTask::join); // a helper not started yet is run here, and finds nothing left
        if (thrown.get() instanceof RuntimeException e) {
            throw e;
        }
        if (thrown.get() instanceof Error e) {
            throw e;
        }
    }
}
