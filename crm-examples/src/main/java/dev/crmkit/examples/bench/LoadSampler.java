package dev.crmkit.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the system load average (the 1-minute average the OS reports) while benchmarks run, so a report
 * says how busy the machine was: on a shared machine ratios are more trustworthy than absolute numbers.
 */
public final class LoadSampler implements AutoCloseable {
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "load-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private int samples;

    /** Starts sampling every {@code seconds} seconds (and once right away). */
    public LoadSampler(int seconds) {
        timer.scheduleAtFixedRate(this::sample, 0, seconds, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
        double load = os.getSystemLoadAverage();
        if (load < 0) {
            return;
        }
        min = Math.min(min, load);
        max = Math.max(max, load);
        sum += load;
        samples++;
    }

    /** Minimum, mean and maximum of the samples so far, e.g. {@code 3.1 / 6.4 / 11.8 (42 samples)}. */
    public synchronized String summary() {
        if (samples == 0) {
            return "not available";
        }
        return String.format(Locale.ROOT, "min %.1f / mean %.1f / max %.1f (%d samples)", min, sum / samples, max, samples);
    }

    /** Takes a last sample and stops. */
    @Override
    public void close() {
        sample();
        timer.shutdownNow();
    }
}
