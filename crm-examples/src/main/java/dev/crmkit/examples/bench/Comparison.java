package dev.crmkit.examples.bench;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line of the report: a CRMKit benchmark, what it is compared with (the hand-written baseline, or another
 * CRMKit benchmark), and the goal.
 *
 * @param label     what is measured
 * @param measured  the CRMKit benchmark ({@code Class.method})
 * @param reference the benchmark it is compared with, with the same parameters; empty for absolute goals only
 * @param goal      the goal
 * @param size      describes the data size from the parameters
 * @param rowsParam the parameter counting rows per operation, to report rows/s; empty to report the score as is
 * @param rateUnit  what a throughput score counts (e.g. {@code leads})
 */
public record Comparison(String label, String measured, Optional<String> reference, Goal goal,
                         Function<Map<String, String>, String> size, Optional<String> rowsParam, String rateUnit) {

    /** A comparison with a reference benchmark. */
    public static Comparison of(String label, String measured, String reference, Goal goal,
                                Function<Map<String, String>, String> size) {
        return new Comparison(label, measured, Optional.of(reference), goal, size, Optional.empty(), "ops");
    }

    /** The same comparison reporting rows per second of the parameter {@code rowsParam}. */
    public Comparison perRow(String rowsParam) {
        return new Comparison(label, measured, reference, goal, size, Optional.of(rowsParam), rateUnit);
    }

    /** The same comparison counting throughput in {@code unit}. */
    public Comparison rate(String unit) {
        return new Comparison(label, measured, reference, goal, size, rowsParam, unit);
    }

    /** The same comparison without a reference. */
    public Comparison absolute() {
        return new Comparison(label, measured, Optional.empty(), goal, size, rowsParam, rateUnit);
    }
}
