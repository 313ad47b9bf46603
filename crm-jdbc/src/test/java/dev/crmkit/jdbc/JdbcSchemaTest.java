package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrated schema on every database, read through {@link DatabaseMetaData}: every table has a primary
 * key, and its primary key, foreign keys and indexes all start with {@code tenant_id}.
 */
class JdbcSchemaTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void tenantIdLeadsEveryKeyAndIndex(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(SchemaMode.MIGRATE).build().close();
            List<String> firstColumns = new ArrayList<>();
            try (Connection connection = database.dataSource().getConnection()) {
                DatabaseMetaData metaData = connection.getMetaData();
                String catalog = connection.getCatalog();
                String schema = connection.getSchema();
                for (String table : JdbcStoreFixture.TABLES) {
                    String name = metaData.storesUpperCaseIdentifiers() ? ("crm_" + table).toUpperCase(Locale.ROOT) : "crm_" + table;
                    int primaryKeyColumns = 0;
                    try (ResultSet keys = metaData.getPrimaryKeys(catalog, schema, name)) {
                        while (keys.next()) {
                            primaryKeyColumns++;
                            if (keys.getInt("KEY_SEQ") == 1) {
                                firstColumns.add(table + " primary key " + keys.getString("COLUMN_NAME"));
                            }
                        }
                    }
                    assertThat(primaryKeyColumns).as("primary key of %s", table).isGreaterThanOrEqualTo(2);
                    try (ResultSet keys = metaData.getImportedKeys(catalog, schema, name)) {
                        while (keys.next()) {
                            if (keys.getInt("KEY_SEQ") == 1) {
                                firstColumns.add(table + " foreign key " + keys.getString("FKCOLUMN_NAME") + " -> "
                                        + keys.getString("PKCOLUMN_NAME"));
                            }
                        }
                    }
                    try (ResultSet indexes = metaData.getIndexInfo(catalog, schema, name, false, false)) {
                        while (indexes.next()) {
                            if (indexes.getShort("ORDINAL_POSITION") == 1) {
                                firstColumns.add(table + " index " + indexes.getString("COLUMN_NAME"));
                            }
                        }
                    }
                }
            }

            assertThat(firstColumns).hasSizeGreaterThan(60).allSatisfy(entry -> assertThat(entry.toLowerCase(Locale.ROOT))
                    .matches("\\S+ (primary key tenant_id|foreign key tenant_id -> tenant_id|index tenant_id)"));
            assertThat(firstColumns.stream().filter(e -> e.contains("foreign key"))).hasSize(6);
        }
    }
}
