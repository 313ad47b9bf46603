package dev.crmkit.examples.bench;

import java.util.List;

/**
 * The benchmarks the launcher runs together, each group with one JMH run of its own (its own iteration
 * settings and JVM options), in this order.
 */
public enum BenchGroup {
    /** In-memory: rule scoring, forecast rollups, Monte Carlo. */
    COMPUTE(false, List.of("ScoringBenchmark", "ForecastBenchmark", "MonteCarloBenchmark"), List.of("forecastDeals", "openDeals", "runs")),
    /** Logistic-regression training on the bank data (needs the shared data folder). */
    TRAINING(false, List.of("TrainingBenchmark"), List.of()),
    /** Bulk imports into each database. */
    IMPORT(true, List.of("ImportBenchmark"), List.of("rows")),
    /** Board, forecast inputs, paging and timelines on each database. */
    READ(true, List.of("BoardBenchmark", "PagingBenchmark", "TimelineBenchmark"), List.of("deals", "deepPage", "activities",
            "otherActivities"));

    private final boolean usesDatabases;
    private final List<String> classes;
    private final List<String> parameters;

    BenchGroup(boolean usesDatabases, List<String> classes, List<String> parameters) {
        this.usesDatabases = usesDatabases;
        this.classes = classes;
        this.parameters = parameters;
    }

    /** Whether the group's benchmarks take the {@code db} parameter. */
    public boolean usesDatabases() {
        return usesDatabases;
    }

    /** The simple names of the group's benchmark classes. */
    public List<String> classes() {
        return classes;
    }

    /** The JMH parameters (besides {@code db}) the group's benchmarks declare. */
    public List<String> parameters() {
        return parameters;
    }

    /** The JMH include pattern of the group's benchmarks. */
    public String includePattern() {
        return "\\.(" + String.join("|", classes) + ")\\.";
    }
}
