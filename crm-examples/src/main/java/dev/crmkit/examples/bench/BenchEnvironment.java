package dev.crmkit.examples.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the benchmarks find their databases and data. Each setting is read from a system property first (the
 * launcher passes its resolved settings to the forked benchmark JVMs this way), then from an environment
 * variable, then falls back to the local default.
 *
 * @param postgresUrl the JDBC URL of a PostgreSQL database the benchmarks may create schema {@value BenchDatabase#SCHEMA} in
 * @param mariadbUrl  the JDBC URL of a MariaDB server the benchmarks may create database {@value BenchDatabase#SCHEMA} on
 * @param h2Directory the folder of the H2 benchmark database file
 * @param sharedData  the folder of the shared evaluation data sets, when configured
 */
public record BenchEnvironment(String postgresUrl, String mariadbUrl, Path h2Directory, Optional<Path> sharedData) {
    /** System property and environment variable of the PostgreSQL URL. */
    public static final String POSTGRES_PROPERTY = "crm.bench.postgres.url";
    /** Environment variable of the PostgreSQL URL. */
    public static final String POSTGRES_ENV = "CRM_BENCH_POSTGRES_URL";
    /** System property of the MariaDB URL. */
    public static final String MARIADB_PROPERTY = "crm.bench.mariadb.url";
    /** Environment variable of the MariaDB URL. */
    public static final String MARIADB_ENV = "CRM_BENCH_MARIADB_URL";
    /** System property of the H2 folder. */
    public static final String H2_PROPERTY = "crm.bench.h2.dir";
    /** System property of the shared data folder (the one the test suite uses too). */
    public static final String SHARED_DATA_PROPERTY = "crm.shared.data";
    /** Environment variable of the shared data folder. */
    public static final String SHARED_DATA_ENV = "CRM_SHARED_DATA";

    /** The local PostgreSQL service (batched inserts rewritten into multi-row inserts by the driver). */
    public static final String DEFAULT_POSTGRES_URL =
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true";
    /** The local MariaDB service. */
    public static final String DEFAULT_MARIADB_URL =
            "jdbc:mariadb://127.0.0.1:3306/test?user=root&rewriteBatchedStatements=true";

    /**
     * The settings from these system properties and environment variables.
     *
     * @param properties  system properties (e.g. {@link System#getProperties()} as a map)
     * @param environment environment variables
     * @param tempDir     the folder for the H2 database when {@value #H2_PROPERTY} is not set
     */
    public static BenchEnvironment resolve(Map<String, String> properties, Map<String, String> environment, Path tempDir) {
        String postgres = setting(properties, POSTGRES_PROPERTY, environment, POSTGRES_ENV).orElse(DEFAULT_POSTGRES_URL);
        String mariadb = setting(properties, MARIADB_PROPERTY, environment, MARIADB_ENV).orElse(DEFAULT_MARIADB_URL);
        Path h2 = Optional.ofNullable(properties.get(H2_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(tempDir.resolve("crm-bench-h2"));
        Optional<Path> data = setting(properties, SHARED_DATA_PROPERTY, environment, SHARED_DATA_ENV).map(Path::of);
        return new BenchEnvironment(postgres, mariadb, h2, data);
    }

    /** The settings of this JVM (in a forked benchmark JVM: what the launcher passed). */
    public static BenchEnvironment current() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        return resolve(properties, System.getenv(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** These settings with another H2 folder. */
    public BenchEnvironment withH2Directory(Path directory) {
        return new BenchEnvironment(postgresUrl, mariadbUrl, directory, sharedData);
    }

    /** Whether the H2 folder was chosen explicitly ({@value #H2_PROPERTY}) rather than defaulted. */
    public static boolean h2DirectoryConfigured(Map<String, String> properties) {
        String value = properties.get(H2_PROPERTY);
        return value != null && !value.isBlank();
    }

    /** The system properties that hand these settings to a forked JVM. */
    public Map<String, String> asSystemProperties() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put(POSTGRES_PROPERTY, postgresUrl);
        out.put(MARIADB_PROPERTY, mariadbUrl);
        out.put(H2_PROPERTY, h2Directory.toString());
        sharedData.ifPresent(p -> out.put(SHARED_DATA_PROPERTY, p.toString()));
        return out;
    }

    private static Optional<String> setting(Map<String, String> properties, String property, Map<String, String> environment,
                                            String variable) {
        String value = properties.get(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
