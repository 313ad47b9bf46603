package dev.crmkit.examples.bench;

import dev.crmkit.core.error.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The launcher's command line, parsed: what to do, in which mode, on which databases, which groups, and the
 * overrides. See {@link #USAGE}.
 *
 * @param action      run the benchmarks, drop the benchmark schemas, or print the usage
 * @param mode        quick or full (for {@link Action#RUN})
 * @param databases   the databases of the storage benchmarks
 * @param groups      the groups to run, in {@link BenchGroup} order
 * @param only        a regular expression benchmark names must also contain
 * @param rows        overrides the row count of imports and of the read data set (the deep page follows it)
 * @param warmup      overrides the warm-up iterations of every group
 * @param iterations  overrides the measurement iterations of every group
 * @param out         the folder for the JMH JSON results and the report
 * @param environment the database URLs and data folder
 */
public record BenchOptions(Action action, BenchMode mode, Set<BenchDatabase> databases, Set<BenchGroup> groups,
                           Optional<String> only, OptionalInt rows, OptionalInt warmup, OptionalInt iterations, Path out,
                           BenchEnvironment environment) {

    /** The launcher's usage text. */
    public static final String USAGE = """
            usage: java -cp crm.jar dev.crmkit.examples.bench.BenchMain <quick|full|clean|help> [options]

              quick              small data, one fork, short iterations (a CI smoke run, a few minutes)
              full               the documented sizes (1,000,000 rows; an hour or more)
              clean              drop the crm_bench schema (PostgreSQL) and database (MariaDB)

              --db LIST          databases of the storage benchmarks: h2,postgres,mariadb (default: all)
              --group LIST       compute,training,import,read (default: all)
              --only REGEX       run only benchmarks whose name contains a match, e.g. 'Board|deals'
              --rows N           rows of the imports and of the read data set (deep page = N / 50)
              --warmup N         warm-up iterations of every benchmark
              --iterations N     measurement iterations of every benchmark
              --out DIR          where JSON results and the report go (default: bench-results)

            environment: CRM_BENCH_POSTGRES_URL, CRM_BENCH_MARIADB_URL (default: the local services),
                         CRM_SHARED_DATA (folder of uci-bank-marketing/, for the training benchmark)
            """;

    /** What the launcher does. */
    public enum Action {
        /** Run benchmarks. */
        RUN,
        /** Drop the benchmark schemas. */
        CLEAN,
        /** Print the usage. */
        HELP
    }

    /**
     * Parses a command line.
     *
     * @param args        the arguments
     * @param properties  system properties (they win over environment variables)
     * @param environment environment variables
     * @param tempDir     the default parent of the H2 database folder
     * @throws ValidationException naming the option when an argument is unknown, missing or malformed
     */
    public static BenchOptions parse(String[] args, Map<String, String> properties, Map<String, String> environment,
                                     Path tempDir) {
        if (args.length == 0) {
            throw new ValidationException("mode", null, "is required: quick, full, clean or help");
        }
        String command = args[0].toLowerCase(Locale.ROOT);
        Action action;
        BenchMode mode = BenchMode.QUICK;
        switch (command) {
            case "quick" -> action = Action.RUN;
            case "full" -> {
                action = Action.RUN;
                mode = BenchMode.FULL;
            }
            case "clean" -> action = Action.CLEAN;
            case "help", "-h", "--help" -> action = Action.HELP;
            default -> throw new ValidationException("mode", args[0], "must be quick, full, clean or help");
        }
        Map<String, String> values = options(Arrays.copyOfRange(args, 1, args.length));
        Set<BenchDatabase> databases = values.containsKey("db")
                ? parseSet("--db", values.get("db"), BenchDatabase.class, Map.of("h2", BenchDatabase.H2,
                "postgres", BenchDatabase.POSTGRES, "postgresql", BenchDatabase.POSTGRES, "mariadb", BenchDatabase.MARIADB))
                : EnumSet.allOf(BenchDatabase.class);
        Set<BenchGroup> groups = values.containsKey("group")
                ? parseSet("--group", values.get("group"), BenchGroup.class, Map.of("compute", BenchGroup.COMPUTE,
                "training", BenchGroup.TRAINING, "import", BenchGroup.IMPORT, "read", BenchGroup.READ))
                : EnumSet.allOf(BenchGroup.class);
        Optional<String> only = Optional.ofNullable(values.get("only")).map(BenchOptions::checkPattern);
        OptionalInt rows = count("--rows", values.get("rows"), 100);
        OptionalInt warmup = count("--warmup", values.get("warmup"), 0);
        OptionalInt iterations = count("--iterations", values.get("iterations"), 1);
        Path out = Path.of(values.getOrDefault("out", "bench-results"));
        BenchEnvironment env = BenchEnvironment.resolve(properties, environment, tempDir);
        return new BenchOptions(action, mode, databases, groups, only, rows, warmup, iterations, out, env);
    }

    /**
     * The JMH parameter values: the mode's, with {@code --rows} applied to the imports and the read data set
     * (the deep page is then the last full page of {@value PagingBenchmark#PAGE_SIZE}).
     */
    public Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>(mode.parameters());
        rows.ifPresent(n -> {
            values.put("rows", Integer.toString(n));
            values.put("deals", Integer.toString(n));
            values.put("deepPage", Integer.toString(Math.max(2, n / PagingBenchmark.PAGE_SIZE)));
        });
        return values;
    }

    /** The iterations of a group: the mode's, with {@code --warmup} and {@code --iterations} applied. */
    public Iterations iterations(BenchGroup group) {
        Iterations base = mode.iterations(group);
        return new Iterations(warmup.orElse(base.warmup()), base.warmupMillis(), iterations.orElse(base.measurement()),
                base.measurementMillis());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new ValidationException("arguments", arg, "is not an option; see 'help'");
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new ValidationException("--" + name, null, "needs a value");
                }
                value = args[++i];
            }
            if (!List.of("db", "group", "only", "rows", "warmup", "iterations", "out").contains(name)) {
                throw new ValidationException("--" + name, value, "is not an option; see 'help'");
            }
            if (values.put(name, value) != null) {
                throw new ValidationException("--" + name, value, "is given twice");
            }
        }
        return values;
    }

    private static <E extends Enum<E>> Set<E> parseSet(String option, String list, Class<E> type, Map<String, E> names) {
        Set<E> result = EnumSet.noneOf(type);
        List<String> unknown = new ArrayList<>();
        for (String part : list.split(",")) {
            String key = part.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            E value = names.get(key);
            if (value == null) {
                unknown.add(part.trim());
            } else {
                result.add(value);
            }
        }
        if (!unknown.isEmpty() || result.isEmpty()) {
            throw new ValidationException(option, list, "must list some of " + String.join(",", new java.util.TreeSet<>(names.keySet())));
        }
        return result;
    }

    private static String checkPattern(String regex) {
        try {
            Pattern.compile(regex);
            return regex;
        } catch (PatternSyntaxException e) {
            throw new ValidationException("--only", regex, "is not a regular expression: " + e.getDescription());
        }
    }

    private static OptionalInt count(String option, String text, int min) {
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(text.replace("_", ""));
            if (value < min) {
                throw new ValidationException(option, text, "must be at least " + min);
            }
            return OptionalInt.of(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(option, text, "must be a whole number");
        }
    }
}
