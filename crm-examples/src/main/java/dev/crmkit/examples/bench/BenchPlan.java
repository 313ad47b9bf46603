package dev.crmkit.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Turns the launcher's options into one JMH run per group: which benchmarks, their parameters, iterations,
 * one fork each, and the forked JVMs' options (heap, quiet logging, and the database URLs and data folder as
 * system properties, so the forks see exactly what the launcher resolved).
 */
public final class BenchPlan {
    private final BenchOptions options;

    /** A plan for these options. */
    public BenchPlan(BenchOptions options) {
        this.options = options;
    }

    /**
     * The JMH options of a group.
     *
     * @param group     the group
     * @param databases the databases to run the storage benchmarks on (ignored by the other groups; must not be
     *                  empty for them)
     */
    public Options jmhOptions(BenchGroup group, Set<BenchDatabase> databases) {
        Iterations iterations = options.iterations(group);
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(include(group))
                .forks(1)
                .shouldFailOnError(true)
                .warmupIterations(iterations.warmup())
                .measurementIterations(iterations.measurement())
                // a million-row single shot on a busy machine takes minutes
                .timeout(TimeValue.minutes(60))
                .jvmArgsAppend(jvmArgs(group).toArray(new String[0]))
                .result(options.out().resolve(options.mode().name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + group.name().toLowerCase(java.util.Locale.ROOT) + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
        if (iterations.warmupMillis() > 0) {
            builder.warmupTime(TimeValue.milliseconds(iterations.warmupMillis()));
        }
        if (iterations.measurementMillis() > 0) {
            builder.measurementTime(TimeValue.milliseconds(iterations.measurementMillis()));
        }
        if (group.usesDatabases()) {
            if (databases.isEmpty()) {
                throw new IllegalArgumentException("the " + group + " benchmarks need at least one database");
            }
            builder.param("db", databases.stream().sorted().map(Enum::name).toArray(String[]::new));
        }
        Map<String, String> parameters = options.parameters();
        for (String name : group.parameters()) {
            builder.param(name, parameters.get(name));
        }
        if (group == BenchGroup.IMPORT) {
            builder.addProfiler(HeapAfterGcProfiler.class).shouldDoGC(true);
        }
        return builder.build();
    }

    /** The include pattern: the group's classes, and the {@code --only} expression when given. */
    String include(BenchGroup group) {
        return options.only().map(only -> "^(?=.*(?:" + only + ")).*" + group.includePattern())
                .orElse(group.includePattern());
    }

    /** The forked JVMs' options. */
    List<String> jvmArgs(BenchGroup group) {
        List<String> args = new ArrayList<>();
        args.add(options.mode().heap(group));
        args.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        options.environment().asSystemProperties().forEach((key, value) -> args.add("-D" + key + "=" + value));
        return args;
    }
}
