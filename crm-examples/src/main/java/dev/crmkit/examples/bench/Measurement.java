package dev.crmkit.examples.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's result, reduced to what the report needs.
 *
 * @param benchmark  class and method, e.g. {@code ImportBenchmark.dealsCrmkit}
 * @param parameters the JMH parameters it ran with
 * @param score      the primary score
 * @param error      the score's 99.9 % confidence half-width (NaN when there were too few iterations)
 * @param unit       the score's unit, e.g. {@code ms/op} or {@code ops/s}
 * @param secondary  secondary scores by label (e.g. the peak heap after GC)
 */
public record Measurement(String benchmark, Map<String, String> parameters, double score, double error, String unit,
                          Map<String, Double> secondary) {
    public Measurement {
        parameters = Map.copyOf(parameters);
        secondary = Map.copyOf(secondary);
    }

    /** The measurement of a JMH run result. */
    public static Measurement of(RunResult result) {
        BenchmarkParams params = result.getParams();
        String name = params.getBenchmark();
        int method = name.lastIndexOf('.');
        String simple = name.substring(name.lastIndexOf('.', method - 1) + 1);
        Map<String, String> parameters = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            parameters.put(key, params.getParam(key));
        }
        Result<?> primary = result.getPrimaryResult();
        Map<String, Double> secondary = new LinkedHashMap<>();
        result.getSecondaryResults().forEach((label, value) -> secondary.put(label, value.getScore()));
        return new Measurement(simple, parameters, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                secondary);
    }

    /** The score in milliseconds per operation (for time units). */
    public double millis() {
        return switch (unit) {
            case "ms/op" -> score;
            case "s/op" -> score * 1000;
            case "us/op" -> score / 1000;
            case "ns/op" -> score / 1_000_000;
            default -> throw new IllegalStateException(benchmark + " is measured in " + unit + ", not time");
        };
    }

    /** Whether the score is a rate (operations per time) rather than a time per operation. */
    public boolean isThroughput() {
        return unit.startsWith("ops/");
    }
}
