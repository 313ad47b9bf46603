package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.fail;

import dev.crmkit.core.error.CrmException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a number of operations on a number of threads and sorts every outcome: an operation succeeds, fails with
 * a typed {@link CrmException} (counted by type), or throws anything else (kept, so the test can fail on it).
 * A run that does not end within its time limit fails with the stack of every thread still working: a deadlock
 * nobody detected, or a livelock, never hangs the build.
 */
final class ConcurrentRun {
    /** One operation; {@code random} is the thread's own, seeded from the run's seed and the thread number. */
    @FunctionalInterface
    interface Operation {
        void run(int thread, int index, Random random);
    }

    /**
     * What a run did.
     *
     * @param succeeded  operations that returned normally
     * @param typed      operations that failed with a {@link CrmException}, by exception class
     * @param unexpected everything else that was thrown (at most 20 kept, all counted in {@code unexpectedCount})
     * @param elapsed    wall-clock time of the run
     */
    record Outcome(long succeeded, Map<String, Long> typed, List<Throwable> unexpected, long unexpectedCount,
                   Duration elapsed) {
        long typedCount() {
            return typed.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ConcurrentRun() {
    }

    /**
     * Runs {@code operations} operations spread evenly over {@code threads} threads, all started together.
     *
     * @throws AssertionError when the run is still going after {@code limit}
     */
    static Outcome run(int threads, int operations, long seed, Duration limit, Operation operation) {
        AtomicLong succeeded = new AtomicLong();
        Map<String, Long> typed = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicLong unexpectedCount = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "robustness-worker");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.execute(() -> {
                Random random = new Random(seed * 31 + thread);
                for (int index = next.getAndIncrement(); index < operations; index = next.getAndIncrement()) {
                    try {
                        operation.run(thread, index, random);
                        succeeded.incrementAndGet();
                    } catch (CrmException e) {
                        typed.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                    } catch (Throwable e) {
                        if (unexpectedCount.incrementAndGet() <= 20) {
                            unexpected.add(e);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        boolean finished;
        try {
            finished = pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            String stacks = workerStacks();
            pool.shutdownNow();
            fail("the run did not finish within " + limit + " (" + succeeded.get() + " of " + operations
                    + " operations done): a deadlock or livelock nobody resolved. Threads still working:\n" + stacks);
        }
        return new Outcome(succeeded.get(), Map.copyOf(typed), List.copyOf(unexpected), unexpectedCount.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static String workerStacks() {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            if (info.getThreadName().startsWith("robustness-worker")) {
                out.append(info);
            }
        }
        return out.toString();
    }
}
