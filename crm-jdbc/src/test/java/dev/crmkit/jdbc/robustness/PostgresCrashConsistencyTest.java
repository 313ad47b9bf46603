package dev.crmkit.jdbc.robustness;

import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link CrashConsistencyContract} on PostgreSQL ({@code CRM_TEST_POSTGRES_URL}), in a schema of its own; the
 * children connect with the same URL.
 */
class PostgresCrashConsistencyTest extends CrashConsistencyContract {
    private ScratchDatabase database;
    private long analyzedAt;

    @Override
    protected void createDatabase(Path work) {
        database = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRES, 2);
    }

    @Override
    protected String childDatabase() {
        return database.jdbcUrl();
    }

    @Override
    protected JdbcCrmStore openStore() {
        return JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(SchemaMode.MIGRATE).build();
    }

    @Override
    protected DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    protected SchemaSnapshot snapshot() {
        return database.snapshot();
    }

    /**
     * Gives the planner statistics of the tables the children fill, whenever the stored contacts have doubled.
     * Without them (autovacuum off, as on test servers, or not yet run) it plans the importer's look-up by
     * primary email as a scan of the tenant's contacts, and a child needs seconds per row.
     */
    @Override
    protected void afterCheck(long storedContacts) {
        if (storedContacts == 0 || storedContacts < 2 * analyzedAt) {
            return;
        }
        analyzedAt = storedContacts;
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("contact", "contact_email", "contact_phone", "external_id", "property_value")) {
                statement.execute("ANALYZE crm_" + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze the tables: " + e.getMessage(), e);
        }
    }

    @Override
    protected void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
