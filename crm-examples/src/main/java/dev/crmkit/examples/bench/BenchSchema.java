package dev.crmkit.examples.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * One benchmark JVM's access to one database: a small connection pool on the benchmark schema, CRMKit stores
 * on it (each under its own table prefix, migrated on first use), and the table chores between iterations.
 */
public final class BenchSchema implements AutoCloseable {
    /** Every table of CRMKit's schema (without prefix), children before their parents. */
    public static final List<String> TABLES = List.of("deal_contact", "stage_change", "deal", "contact_email",
            "contact_phone", "contact_account", "contact", "account", "activity", "external_id", "property_value",
            "property_definition", "pipeline_stage", "pipeline");

    private final BenchDatabase database;
    private final HikariDataSource pool;

    private BenchSchema(BenchDatabase database, HikariDataSource pool) {
        this.database = database;
        this.pool = pool;
    }

    /**
     * Creates the benchmark schema if needed and opens a pool of {@code poolSize} connections on it.
     *
     * @throws IllegalStateException when the database cannot be reached
     */
    public static BenchSchema open(BenchDatabase database, BenchEnvironment env, int poolSize) {
        database.prepare(env);
        return new BenchSchema(database, database.pool(env, poolSize));
    }

    /** Which database this is. */
    public BenchDatabase database() {
        return database;
    }

    /** The pool. */
    public DataSource dataSource() {
        return pool;
    }

    /** A CRMKit store on tables with this prefix, created or upgraded by CRMKit's own migration. */
    public JdbcCrmStore store(String prefix) {
        return JdbcCrmStore.builder().dataSource(pool).tablePrefix(prefix).schemaMode(SchemaMode.MIGRATE).build();
    }

    /** Empties these tables (names without prefix) of the prefix. */
    public void truncate(String prefix, List<String> tables) {
        try (Connection connection = pool.getConnection()) {
            database.truncate(connection, tables.stream().map(t -> prefix + t).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the " + prefix + " tables: " + e.getMessage(), e);
        }
    }

    /** Refreshes optimizer statistics of these tables of the prefix. */
    public void analyze(String prefix, List<String> tables) {
        try (Connection connection = pool.getConnection()) {
            database.analyze(connection, tables.stream().map(t -> prefix + t).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze the " + prefix + " tables: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
