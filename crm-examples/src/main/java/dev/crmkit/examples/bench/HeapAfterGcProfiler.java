package dev.crmkit.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports, per iteration, the largest heap occupancy right after a garbage collection
 * ({@value #PEAK}, in MB): the sum of the heap pools' usage after each collection, taken from the JVM's
 * collection notifications, so it is exact at those moments and costs nothing in between. It bounds the live
 * data from above (a young collection still counts the old generation's garbage), which is what matters for
 * "memory does not grow with the number of rows". When no collection runs in an iteration, the heap in use at
 * its end is reported instead. Also reports the number of collections ({@value #COLLECTIONS}).
 */
public final class HeapAfterGcProfiler implements InternalProfiler {
    /** Label of the peak heap after a collection. */
    public static final String PEAK = "heap.afterGc.peak";
    /** Label of the number of collections. */
    public static final String COLLECTIONS = "gc.count";

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong(-1);
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::onNotification;
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    /** JMH creates profilers reflectively. */
    public HeapAfterGcProfiler() {
    }

    @Override
    public String getDescription() {
        return "peak heap occupancy after garbage collections";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        peak.set(-1);
        collections.set(0);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
        emitters.clear();
        long bytes = peak.get() >= 0 ? peak.get() : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return List.of(new ScalarResult(PEAK, bytes / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX),
                new ScalarResult(COLLECTIONS, collections.get(), "#", AggregationPolicy.SUM));
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        peak.accumulateAndGet(used, Math::max);
    }
}
