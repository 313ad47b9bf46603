package dev.crmkit.examples.bench;

import dev.crmkit.core.error.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's command line and the JMH options it makes; nothing here runs a benchmark. */
class BenchMainTest {
    private static final Path TMP = Path.of("/tmp/bench-test");
    private static final Map<String, String> NONE = Map.of();

    private static BenchOptions parse(String... args) {
        return BenchOptions.parse(args, NONE, NONE, TMP);
    }

    @Test
    void quickRunsEveryGroupOnEveryDatabaseWithTheSmallSizes() {
        BenchOptions options = parse("quick");

        assertThat(options.action()).isEqualTo(BenchOptions.Action.RUN);
        assertThat(options.mode()).isEqualTo(BenchMode.QUICK);
        assertThat(options.databases()).containsExactly(BenchDatabase.H2, BenchDatabase.POSTGRES, BenchDatabase.MARIADB);
        assertThat(options.groups()).containsExactly(BenchGroup.values());
        assertThat(options.parameters()).containsEntry("rows", "20000").containsEntry("deals", "20000")
                .containsEntry("deepPage", "400").containsEntry("activities", "1000");
        assertThat(options.out()).isEqualTo(Path.of("bench-results"));
    }

    @Test
    void fullHasTheDocumentedSizes() {
        BenchOptions options = parse("FULL");

        assertThat(options.mode()).isEqualTo(BenchMode.FULL);
        assertThat(options.parameters()).containsEntry("rows", "1000000").containsEntry("deals", "1000000")
                .containsEntry("deepPage", "20000").containsEntry("forecastDeals", "1000000")
                .containsEntry("openDeals", "10000").containsEntry("runs", "10000");
    }

    @Test
    void optionsSelectDatabasesGroupsAndOverrides() {
        BenchOptions options = parse("full", "--db", "h2,PostgreSQL", "--group=read,import", "--only", "Board|deals",
                "--rows", "50_000", "--warmup", "0", "--iterations=1", "--out", "target/x");

        assertThat(options.databases()).containsExactly(BenchDatabase.H2, BenchDatabase.POSTGRES);
        assertThat(options.groups()).containsExactly(BenchGroup.IMPORT, BenchGroup.READ);
        assertThat(options.only()).contains("Board|deals");
        assertThat(options.parameters()).containsEntry("rows", "50000").containsEntry("deals", "50000")
                .containsEntry("deepPage", "1000");
        assertThat(options.iterations(BenchGroup.IMPORT)).isEqualTo(new Iterations(0, 0, 1, 0));
        assertThat(options.iterations(BenchGroup.READ).measurementMillis()).isEqualTo(1000);
        assertThat(options.out()).isEqualTo(Path.of("target/x"));
    }

    @Test
    void cleanAndHelpAreActions() {
        assertThat(parse("clean", "--db", "mariadb").action()).isEqualTo(BenchOptions.Action.CLEAN);
        assertThat(parse("help").action()).isEqualTo(BenchOptions.Action.HELP);
        assertThat(parse("--help").action()).isEqualTo(BenchOptions.Action.HELP);
    }

    @Test
    void badArgumentsNameTheOption() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[0], NONE, NONE, TMP))
                .isInstanceOf(ValidationException.class).hasMessageContaining("mode");
        assertThatThrownBy(() -> parse("fast")).isInstanceOf(ValidationException.class).hasMessageContaining("mode");
        assertThatThrownBy(() -> parse("quick", "--db", "oracle")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("--db");
        assertThatThrownBy(() -> parse("quick", "--group", "")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("--group");
        assertThatThrownBy(() -> parse("quick", "--rows", "many")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("--rows");
        assertThatThrownBy(() -> parse("quick", "--rows", "10")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least 100");
        assertThatThrownBy(() -> parse("quick", "--iterations", "0")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("--iterations");
        assertThatThrownBy(() -> parse("quick", "--only", "(")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("--only");
        assertThatThrownBy(() -> parse("quick", "--forks", "3")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("--forks");
        assertThatThrownBy(() -> parse("quick", "--out")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("quick", "--db", "h2", "--db", "mariadb")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("quick", "h2")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not an option");
    }

    @Test
    void databaseUrlsComeFromPropertiesThenEnvironmentThenTheLocalDefaults() {
        BenchEnvironment defaults = parse("quick").environment();
        assertThat(defaults.postgresUrl()).isEqualTo(BenchEnvironment.DEFAULT_POSTGRES_URL);
        assertThat(defaults.mariadbUrl()).isEqualTo(BenchEnvironment.DEFAULT_MARIADB_URL);
        assertThat(defaults.h2Directory()).isEqualTo(TMP.resolve("crm-bench-h2"));
        assertThat(defaults.sharedData()).isEmpty();

        Map<String, String> env = Map.of(BenchEnvironment.POSTGRES_ENV, "jdbc:postgresql://db:5432/app?user=ci",
                BenchEnvironment.MARIADB_ENV, "jdbc:mariadb://maria:3306/app?user=ci",
                BenchEnvironment.SHARED_DATA_ENV, "/data");
        Map<String, String> properties = Map.of(BenchEnvironment.POSTGRES_PROPERTY, "jdbc:postgresql://other/x",
                BenchEnvironment.H2_PROPERTY, "/var/h2");
        BenchEnvironment configured = BenchOptions.parse(new String[] {"quick"}, properties, env, TMP).environment();

        assertThat(configured.postgresUrl()).isEqualTo("jdbc:postgresql://other/x");
        assertThat(configured.mariadbUrl()).isEqualTo("jdbc:mariadb://maria:3306/app?user=ci");
        assertThat(configured.h2Directory()).isEqualTo(Path.of("/var/h2"));
        assertThat(configured.sharedData()).contains(Path.of("/data"));
    }

    @Test
    void benchmarksUseADedicatedSchemaOnEachServer() {
        BenchEnvironment env = parse("quick").environment();

        assertThat(BenchDatabase.POSTGRES.url(env)).isEqualTo(BenchEnvironment.DEFAULT_POSTGRES_URL + "&currentSchema=crm_bench");
        assertThat(BenchDatabase.MARIADB.url(env))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/crm_bench?user=root&rewriteBatchedStatements=true");
        assertThat(BenchDatabase.H2.url(env)).startsWith("jdbc:h2:file:" + TMP.resolve("crm-bench-h2").resolve("crm-bench"))
                .contains("WRITE_DELAY=0");
        BenchEnvironment bare = new BenchEnvironment("jdbc:postgresql://h/db", "jdbc:mariadb://h/db", TMP, java.util.Optional.empty());
        assertThat(BenchDatabase.POSTGRES.url(bare)).isEqualTo("jdbc:postgresql://h/db?currentSchema=crm_bench");
        assertThat(BenchDatabase.MARIADB.url(bare)).isEqualTo("jdbc:mariadb://h/crm_bench");
    }

    @Test
    void eachGroupIsOneJmhRunWithOneForkItsParametersAndTheResolvedSettings() {
        Map<String, String> env = Map.of(BenchEnvironment.POSTGRES_ENV, "jdbc:postgresql://db/x?user=u&a=b");
        BenchOptions options = BenchOptions.parse(new String[] {"quick"}, NONE, env, TMP);
        BenchPlan plan = new BenchPlan(options);

        Options imports = plan.jmhOptions(BenchGroup.IMPORT, Set.of(BenchDatabase.POSTGRES, BenchDatabase.H2));
        assertThat(imports.getIncludes()).containsExactly("\\.(ImportBenchmark)\\.");
        assertThat(imports.getForkCount().get()).isEqualTo(1);
        assertThat(imports.getWarmupIterations().get()).isEqualTo(1);
        assertThat(imports.getMeasurementIterations().get()).isEqualTo(1);
        assertThat(imports.getParameter("db").get()).containsExactly("H2", "POSTGRES");
        assertThat(imports.getParameter("rows").get()).containsExactly("20000");
        assertThat(imports.getParameter("deals").hasValue()).isFalse();
        assertThat(imports.getProfilers()).anySatisfy(p -> assertThat(p.getKlass()).isEqualTo(HeapAfterGcProfiler.class.getName()));
        assertThat(imports.getJvmArgsAppend().get()).contains("-Xmx512m",
                "-Dcrm.bench.postgres.url=jdbc:postgresql://db/x?user=u&a=b",
                "-Dcrm.bench.mariadb.url=" + BenchEnvironment.DEFAULT_MARIADB_URL);
        assertThat(imports.getResult().get()).isEqualTo(Path.of("bench-results", "quick-import.json").toString());

        Options compute = plan.jmhOptions(BenchGroup.COMPUTE, Set.of());
        assertThat(compute.getParameter("db").hasValue()).isFalse();
        assertThat(compute.getParameter("forecastDeals").get()).containsExactly("100000");
        assertThat(compute.getMeasurementTime().get().getTime()).isEqualTo(300);
        assertThat(compute.getProfilers()).isEmpty();

        assertThatThrownBy(() -> plan.jmhOptions(BenchGroup.READ, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyNarrowsEveryGroupWithoutLeavingIt() {
        BenchPlan plan = new BenchPlan(parse("quick", "--only", "Board|deals"));

        String read = plan.include(BenchGroup.READ);
        assertThat(java.util.regex.Pattern.compile(read).matcher("dev.crmkit.examples.bench.BoardBenchmark.boardCrmkit").find())
                .isTrue();
        assertThat(java.util.regex.Pattern.compile(read).matcher("dev.crmkit.examples.bench.PagingBenchmark.firstPageCrmkit")
                .find()).isFalse();
        String imports = plan.include(BenchGroup.IMPORT);
        assertThat(java.util.regex.Pattern.compile(imports).matcher("dev.crmkit.examples.bench.ImportBenchmark.dealsPlain").find())
                .isTrue();
        assertThat(java.util.regex.Pattern.compile(imports).matcher("dev.crmkit.examples.bench.ImportBenchmark.contactsPlain")
                .find()).isFalse();
    }

    @Test
    void helpPrintsTheUsageAndBadArgumentsExitWithTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(BenchMain.run(new String[] {"help"}, clock, print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("quick", "full", "--db", "CRM_BENCH_POSTGRES_URL");

        assertThat(BenchMain.run(new String[] {"quick", "--db", "sqlite"}, clock, print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--db", "usage:");
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
