package dev.crmkit.jdbc.robustness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty database of its own for one test class, behind a connection pool: an H2 in-memory database, a fresh
 * PostgreSQL schema or a fresh MariaDB database; {@link #close()} drops it. PostgreSQL and MariaDB come from the
 * URLs in {@value #POSTGRES_ENV} and {@value #MARIADB_ENV}, as for the TCK's store tests: when the variable is
 * unset the test is skipped with a message naming it; when it is set but the server cannot be reached the test
 * fails.
 */
final class ScratchDatabase implements AutoCloseable {
    static final String POSTGRES_ENV = "CRM_TEST_POSTGRES_URL";
    static final String MARIADB_ENV = "CRM_TEST_MARIADB_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(.*)");

    /** The databases the suites run on. */
    enum Kind { H2, POSTGRES, MARIADB }

    private final Kind kind;
    private final String name;
    private final String jdbcUrl;
    private final String adminUrl;
    private final HikariDataSource pool;

    private ScratchDatabase(Kind kind, String name, String jdbcUrl, String adminUrl, int poolSize) {
        this.kind = kind;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.adminUrl = adminUrl;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setPoolName("robustness-" + name);
        this.pool = new HikariDataSource(config);
    }

    /**
     * A new empty database of {@code kind} with a pool of {@code poolSize} connections.
     *
     * @throws org.opentest4j.TestAbortedException when the variable of the database is not set
     * @throws IllegalStateException               when it is set but the server refuses
     */
    static ScratchDatabase create(Kind kind, int poolSize) {
        String name = "crm_robust_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Long.toHexString(System.nanoTime() & 0xffffffL);
        return switch (kind) {
            case H2 -> new ScratchDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                    null, poolSize);
            case POSTGRES -> {
                String url = urlOrSkip(POSTGRES_ENV);
                execute(url, "CREATE SCHEMA " + name);
                yield new ScratchDatabase(kind, name, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, url,
                        poolSize);
            }
            case MARIADB -> {
                String url = urlOrSkip(MARIADB_ENV);
                Matcher parts = MARIADB_URL.matcher(url);
                if (!parts.matches()) {
                    throw new IllegalArgumentException(MARIADB_ENV + " is not a jdbc:mariadb://host:port/database URL: " + url);
                }
                execute(url, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
                yield new ScratchDatabase(kind, name, parts.group(1) + name + parts.group(3), url, poolSize);
            }
        };
    }

    /** The URL in {@code variable}, or a skipped test naming the variable when it is not set. */
    static String urlOrSkip(String variable) {
        String url = System.getenv(variable);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                variable + " is not set: tests against this database are skipped (CI sets it)");
        return url;
    }

    /** A store over this database's pool, with the schema migrated. */
    JdbcCrmStore migratedStore() {
        return JdbcCrmStore.builder().dataSource(pool).schemaMode(SchemaMode.MIGRATE).build();
    }

    Kind kind() {
        return kind;
    }

    /** The URL of this database (including the schema for PostgreSQL). */
    String jdbcUrl() {
        return jdbcUrl;
    }

    DataSource dataSource() {
        return pool;
    }

    /** The current state of this database's tables. */
    SchemaSnapshot snapshot() {
        return SchemaSnapshot.of(pool, switch (kind) {
            case H2 -> new SchemaSnapshot.Scope(null, "PUBLIC");
            case POSTGRES -> new SchemaSnapshot.Scope(null, name);
            case MARIADB -> new SchemaSnapshot.Scope(name, null);
        });
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database at " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
        switch (kind) {
            case H2 -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl);
                     Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case POSTGRES -> execute(adminUrl, "DROP SCHEMA " + name + " CASCADE");
            case MARIADB -> execute(adminUrl, "DROP DATABASE " + name);
        }
    }
}
