package dev.crmkit.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.error.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The databases the storage benchmarks run on, each in a place of its own ({@value #SCHEMA}: a PostgreSQL
 * schema, a MariaDB database, an H2 file) so nothing else on the server is touched. Also what hand-written JDBC
 * has to do differently per database: binding UUIDs and moments, emptying tables, refreshing statistics.
 */
public enum BenchDatabase {
    /** H2 2.x, embedded, in a file with every commit written through (as {@code JdbcCrmStore.h2File} opens it). */
    H2,
    /** PostgreSQL, schema {@value #SCHEMA}. */
    POSTGRES,
    /** MariaDB, database {@value #SCHEMA}. */
    MARIADB;

    /** The schema (PostgreSQL) or database (MariaDB) the benchmarks own. */
    public static final String SCHEMA = "crm_bench";
    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(.*)");

    /**
     * The JDBC URL of the benchmarks' own schema or database.
     *
     * @throws ValidationException when a MariaDB URL is not of the form {@code jdbc:mariadb://host:port/db?...}
     */
    public String url(BenchEnvironment env) {
        return switch (this) {
            // OPTIMIZE_REUSE_RESULTS=FALSE: H2 would otherwise answer a repeated query on unchanged tables from
            // the result it kept, so the read benchmarks would time a cache hit instead of the query (both sides)
            case H2 -> "jdbc:h2:file:" + env.h2Directory().resolve("crm-bench").toAbsolutePath()
                    + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE";
            case POSTGRES -> env.postgresUrl() + (env.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
            case MARIADB -> {
                Matcher parts = mariadbParts(env.mariadbUrl());
                yield parts.group(1) + SCHEMA + parts.group(3);
            }
        };
    }

    /** The URL the database server was configured with (for PostgreSQL and MariaDB: outside the bench schema). */
    public String serverUrl(BenchEnvironment env) {
        return switch (this) {
            case H2 -> url(env);
            case POSTGRES -> env.postgresUrl();
            case MARIADB -> env.mariadbUrl();
        };
    }

    /**
     * Creates the schema, database or folder when it does not exist yet.
     *
     * @throws IllegalStateException when the server cannot be reached
     */
    public void prepare(BenchEnvironment env) {
        switch (this) {
            case H2 -> {
                try {
                    Files.createDirectories(env.h2Directory());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + env.h2Directory(), e);
                }
            }
            case POSTGRES -> execute(serverUrl(env), "CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            case MARIADB -> execute(serverUrl(env),
                    "CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
        }
    }

    /**
     * Drops the schema or database (and with it every benchmark table). The H2 folder is the launcher's to
     * delete.
     */
    public void drop(BenchEnvironment env) {
        switch (this) {
            case H2 -> {
            }
            case POSTGRES -> execute(serverUrl(env), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            case MARIADB -> execute(serverUrl(env), "DROP DATABASE IF EXISTS " + SCHEMA);
        }
    }

    /** Whether the server answers (always true for H2). */
    public boolean reachable(BenchEnvironment env) {
        if (this == H2) {
            return true;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(env))) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The database product and version, e.g. {@code PostgreSQL 15.20}.
     *
     * @throws IllegalStateException when the server cannot be reached
     */
    public String describe(BenchEnvironment env) {
        String url = this == H2 ? "jdbc:h2:mem:" : serverUrl(env);
        try (Connection connection = DriverManager.getConnection(url)) {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach " + url + ": " + e.getMessage(), e);
        }
    }

    /** A connection pool on the benchmarks' schema; the caller closes it. */
    public HikariDataSource pool(BenchEnvironment env, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(env));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName("bench-" + name().toLowerCase(java.util.Locale.ROOT));
        return new HikariDataSource(config);
    }

    /** Binds a UUID as this database's UUID column takes it. */
    public void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, this == MARIADB ? Types.VARCHAR : Types.OTHER);
        } else if (this == MARIADB) {
            statement.setString(index, value.toString());
        } else {
            statement.setObject(index, value);
        }
    }

    /** Reads a UUID column. */
    public UUID getUuid(ResultSet row, int index) throws SQLException {
        if (this == MARIADB) {
            String text = row.getString(index);
            return text == null ? null : UUID.fromString(text);
        }
        return row.getObject(index, UUID.class);
    }

    /** Binds a moment in UTC with microseconds ({@code DATETIME(6)} in MariaDB, {@code TIMESTAMP WITH TIME ZONE} elsewhere). */
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, this == MARIADB ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == MARIADB) {
            statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    /** Reads a moment column. */
    public Instant getInstant(ResultSet row, int index) throws SQLException {
        if (this == MARIADB) {
            LocalDateTime value = row.getObject(index, LocalDateTime.class);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Removes every row of the tables (foreign keys among them are no obstacle). */
    public void truncate(Connection connection, List<String> tables) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            switch (this) {
                case POSTGRES -> sql.execute("TRUNCATE " + String.join(", ", tables));
                case MARIADB -> {
                    sql.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String table : tables) {
                        sql.execute("TRUNCATE TABLE " + table);
                    }
                    sql.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                case H2 -> {
                    sql.execute("SET REFERENTIAL_INTEGRITY FALSE");
                    for (String table : tables) {
                        sql.execute("TRUNCATE TABLE " + table);
                    }
                    sql.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** Refreshes the optimizer statistics of the tables, as the database's own maintenance would after a bulk load. */
    public void analyze(Connection connection, List<String> tables) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            switch (this) {
                case POSTGRES -> {
                    for (String table : tables) {
                        sql.execute("VACUUM ANALYZE " + table);
                    }
                }
                case MARIADB -> {
                    for (String table : tables) {
                        try (ResultSet ignored = sql.executeQuery("ANALYZE TABLE " + table)) {
                            // the result lists the table's status; nothing to read
                        }
                    }
                }
                case H2 -> sql.execute("ANALYZE");
            }
        }
    }

    private static Matcher mariadbParts(String url) {
        Matcher parts = MARIADB_URL.matcher(url);
        ValidationException.check(parts.matches(), BenchEnvironment.MARIADB_ENV, url,
                "must look like jdbc:mariadb://host:port/database?options");
        return parts;
    }

    private static void execute(String url, String statement) {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + statement + "' on " + url + ": " + e.getMessage(), e);
        }
    }
}
