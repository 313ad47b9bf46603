package dev.crmkit.examples.bench;

/**
 * How long JMH measures a group: warm-up and measurement iterations, and for time-based modes how long each
 * iteration runs (ignored by single-shot benchmarks, whose iteration is one invocation).
 *
 * @param warmup            warm-up iterations
 * @param warmupMillis      duration of a warm-up iteration
 * @param measurement       measurement iterations
 * @param measurementMillis duration of a measurement iteration
 */
public record Iterations(int warmup, int warmupMillis, int measurement, int measurementMillis) {
}
