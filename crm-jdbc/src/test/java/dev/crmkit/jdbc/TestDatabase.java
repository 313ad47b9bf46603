package dev.crmkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
 * An empty database of its own for one test class: an H2 in-memory database, a fresh PostgreSQL schema or a
 * fresh MariaDB database, behind a small connection pool; {@link #close()} drops it. PostgreSQL and MariaDB
 * come from the URLs in {@value #POSTGRES_ENV} and {@value #MARIADB_ENV}: when the variable is unset the
 * test is skipped with a message naming it; when it is set but the server cannot be reached the test fails.
 */
final class TestDatabase implements AutoCloseable {
    static final String POSTGRES_ENV = "CRM_TEST_POSTGRES_URL";
    static final String MARIADB_ENV = "CRM_TEST_MARIADB_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(.*)");

    enum Kind { H2, POSTGRES, MARIADB }

    private final Kind kind;
    private final String name;
    private final String jdbcUrl;
    private final HikariDataSource dataSource;
    private final String adminUrl;

    private TestDatabase(Kind kind, String name, String jdbcUrl, String adminUrl) {
        this.kind = kind;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.adminUrl = adminUrl;
        this.dataSource = pool(jdbcUrl, 6);
    }

    /** A unique name: several builds may share one server. */
    static String uniqueName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Long.toHexString(System.nanoTime() & 0xffffffL);
    }

    static TestDatabase h2() {
        String name = uniqueName("crm_test");
        return new TestDatabase(Kind.H2, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null);
    }

    /** The URL of {@code variable}, or a skipped test when it is not set. */
    static String urlOrSkip(String variable) {
        String url = System.getenv(variable);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                variable + " is not set: tests against this database are skipped (CI sets it)");
        return url;
    }

    static TestDatabase postgres() {
        String url = urlOrSkip(POSTGRES_ENV);
        String schema = uniqueName("crm_test");
        execute(url, "CREATE SCHEMA " + schema);
        return new TestDatabase(Kind.POSTGRES, schema, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, url);
    }

    static TestDatabase mariadb() {
        String url = urlOrSkip(MARIADB_ENV);
        Matcher parts = MARIADB_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException(MARIADB_ENV + " is not a jdbc:mariadb://host:port/database URL: " + url);
        }
        String database = uniqueName("crm_test");
        execute(url, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
        return new TestDatabase(Kind.MARIADB, database, parts.group(1) + database + parts.group(3), url);
    }

    static TestDatabase of(Kind kind) {
        return switch (kind) {
            case H2 -> h2();
            case POSTGRES -> postgres();
            case MARIADB -> mariadb();
        };
    }

    /** A quoted identifier (the schema-history table is always created and read quoted, as Flyway does). */
    String quote(String identifier) {
        return kind == Kind.MARIADB ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    Kind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A second, independent pool on the same database (as another process would have). */
    HikariDataSource newPool(int size) {
        return pool(jdbcUrl, size);
    }

    /** A pool whose connections wait at most about a second for a row lock. */
    HikariDataSource newPoolWithShortLockTimeout(int size) {
        HikariConfig config = config(jdbcUrl, size);
        config.setConnectionInitSql(switch (kind) {
            case H2 -> "SET LOCK_TIMEOUT 1000";
            case POSTGRES -> "SET lock_timeout = '1s'";
            case MARIADB -> "SET SESSION innodb_lock_wait_timeout = 1";
        });
        return new HikariDataSource(config);
    }

    private static HikariDataSource pool(String url, int size) {
        return new HikariDataSource(config(url, size));
    }

    private static HikariConfig config(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + COUNTER.incrementAndGet());
        return config;
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
        dataSource.close();
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
