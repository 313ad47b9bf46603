package dev.crmkit.examples.bench;

import dev.crmkit.core.error.ValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs CRMKit's JMH benchmarks and writes a report with the ratio of every CRMKit path to its hand-written
 * baseline and whether each goal is met.
 *
 * <pre>
 * java -cp crm-examples/target/crm.jar dev.crmkit.examples.bench.BenchMain quick
 * java -cp crm-examples/target/crm.jar dev.crmkit.examples.bench.BenchMain full --db h2 --group import,read
 * </pre>
 *
 * Storage benchmarks run on every reachable database of {@code --db} (an unreachable PostgreSQL or MariaDB is
 * skipped with a message); the training benchmark is skipped when the shared data folder is not set. The
 * report goes to standard output and to {@code <out>/<mode>-report.md}, the JMH results to
 * {@code <out>/<mode>-<group>.json}. See {@link BenchOptions#USAGE}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** Runs the launcher and exits with 0 on success, 1 when a benchmark failed, 2 on bad arguments. */
    public static void main(String[] args) {
        System.exit(run(args, Clock.systemUTC(), System.out, System.err));
    }

    /**
     * Runs the launcher.
     *
     * @return the exit status: 0 on success, 1 when a benchmark failed, 2 on bad arguments
     */
    static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        Path tempDir = Path.of(System.getProperty("java.io.tmpdir"));
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, properties, System.getenv(), tempDir);
        } catch (ValidationException e) {
            err.println(e.getMessage());
            err.print(BenchOptions.USAGE);
            return 2;
        }
        return switch (options.action()) {
            case HELP -> {
                out.print(BenchOptions.USAGE);
                yield 0;
            }
            case CLEAN -> clean(options, out);
            case RUN -> {
                Path h2 = null;
                if (!BenchEnvironment.h2DirectoryConfigured(properties)) {
                    h2 = createTempDirectory(tempDir);
                    options = withEnvironment(options, options.environment().withH2Directory(h2));
                }
                try {
                    yield runBenchmarks(options, clock, out, err);
                } finally {
                    if (h2 != null) {
                        deleteRecursively(h2);
                    }
                }
            }
        };
    }

    private static int runBenchmarks(BenchOptions options, Clock clock, PrintStream out, PrintStream err) {
        BenchEnvironment env = options.environment();
        Set<BenchDatabase> databases = EnumSet.noneOf(BenchDatabase.class);
        List<String> notes = new ArrayList<>();
        boolean storage = options.groups().contains(BenchGroup.IMPORT) || options.groups().contains(BenchGroup.READ);
        for (BenchDatabase database : options.databases()) {
            if (!storage) {
                break;
            }
            if (database.reachable(env)) {
                databases.add(database);
                notes.add(database + ": " + database.describe(env) + " (" + describeLocation(database) + ")");
            } else {
                String message = database + " skipped: cannot connect to " + database.serverUrl(env);
                notes.add(message);
                err.println(message);
            }
        }
        BenchPlan plan = new BenchPlan(options);
        List<Measurement> measurements = new ArrayList<>();
        boolean failed = false;
        try (LoadSampler load = new LoadSampler(15)) {
            for (BenchGroup group : options.groups()) {
                if (group.usesDatabases() && databases.isEmpty()) {
                    notes.add(group + " skipped: no database reachable");
                    continue;
                }
                if (group == BenchGroup.TRAINING) {
                    try {
                        TrainingBenchmark.dataFile(env);
                    } catch (IllegalStateException e) {
                        notes.add("TRAINING skipped: " + e.getMessage());
                        err.println("TRAINING skipped: " + e.getMessage());
                        continue;
                    }
                }
                out.println("# ---- " + group + " (" + options.mode().name().toLowerCase(Locale.ROOT) + ") ----");
                try {
                    createDirectories(options.out());
                    for (RunResult result : new Runner(plan.jmhOptions(group, databases)).run()) {
                        measurements.add(Measurement.of(result));
                    }
                } catch (NoBenchmarksException e) {
                    notes.add(group + ": no benchmark matches --only " + options.only().orElse(""));
                } catch (RunnerException e) {
                    failed = true;
                    notes.add(group + " failed: " + e.getMessage());
                    err.println(group + " failed: " + e.getMessage());
                }
            }
            String report = report(options, clock, load.summary(), notes, measurements);
            out.println();
            out.print(report);
            write(options.out().resolve(options.mode().name().toLowerCase(Locale.ROOT) + "-report.md"), report);
        }
        return failed ? 1 : 0;
    }

    private static String report(BenchOptions options, Clock clock, String load, List<String> notes,
                                 List<Measurement> measurements) {
        StringBuilder text = new StringBuilder();
        text.append("## CRMKit benchmarks: ").append(options.mode().name().toLowerCase(Locale.ROOT)).append(" mode, ")
                .append(LocalDate.now(clock)).append("\n\n");
        text.append("- machine: ").append(MachineInfo.current().describe()).append('\n');
        text.append("- load average (1 min) during the run: ").append(load).append('\n');
        for (String note : notes) {
            text.append("- ").append(note).append('\n');
        }
        text.append('\n').append(Report.table(Report.lines(measurements)));
        return text.toString();
    }

    private static String describeLocation(BenchDatabase database) {
        return switch (database) {
            case H2 -> "file in a temporary folder";
            case POSTGRES -> "schema " + BenchDatabase.SCHEMA;
            case MARIADB -> "database " + BenchDatabase.SCHEMA;
        };
    }

    private static int clean(BenchOptions options, PrintStream out) {
        BenchEnvironment env = options.environment();
        for (BenchDatabase database : options.databases()) {
            if (database == BenchDatabase.H2) {
                continue;
            }
            if (database.reachable(env)) {
                database.drop(env);
                out.println("dropped " + BenchDatabase.SCHEMA + " on " + database);
            } else {
                out.println(database + ": cannot connect to " + database.serverUrl(env) + ", nothing dropped");
            }
        }
        return 0;
    }

    private static BenchOptions withEnvironment(BenchOptions o, BenchEnvironment env) {
        return new BenchOptions(o.action(), o.mode(), o.databases(), o.groups(), o.only(), o.rows(), o.warmup(),
                o.iterations(), o.out(), env);
    }

    private static Path createTempDirectory(Path parent) {
        try {
            return Files.createTempDirectory(parent, "crm-bench-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the H2 database in " + parent, e);
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the report is what matters
        }
    }
}
