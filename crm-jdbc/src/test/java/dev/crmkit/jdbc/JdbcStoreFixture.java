package dev.crmkit.jdbc;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.tck.CrmStoreFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The TCK fixture of a JDBC store: the schema is migrated once per test class, and {@link #reset()} empties
 * every table.
 */
final class JdbcStoreFixture implements CrmStoreFixture {
    /** Every table, children before the tables their foreign keys point to. */
    static final List<String> TABLES = List.of("stage_change", "deal_contact", "contact_email", "contact_phone",
            "contact_account", "pipeline_stage", "external_id", "property_value", "deal", "contact", "account",
            "activity", "pipeline", "property_definition");

    private final TestDatabase database;
    private final String prefix;
    private JdbcCrmStore store;

    JdbcStoreFixture(TestDatabase.Kind kind) {
        this(TestDatabase.of(kind), "crm_");
    }

    JdbcStoreFixture(TestDatabase database, String prefix) {
        this.database = database;
        this.prefix = prefix;
        this.store = JdbcCrmStore.builder().dataSource(database.dataSource()).tablePrefix(prefix)
                .schemaMode(SchemaMode.MIGRATE).build();
    }

    TestDatabase database() {
        return database;
    }

    @Override
    public CrmStore store() {
        return store;
    }

    @Override
    public void reset() {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            // DELETE, not TRUNCATE: the tables are small, and TRUNCATE's locks and file work make PostgreSQL slow
            for (String table : TABLES) {
                statement.execute("DELETE FROM " + prefix + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test tables", e);
        }
    }

    @Override
    public void close() {
        store.close();
        database.close();
    }
}
