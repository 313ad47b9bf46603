package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrated PostgreSQL schema, read back from the catalog: {@code tenant_id} leads every primary key,
 * foreign key (on both sides), unique constraint and index of every CRMKit table. Runs when
 * {@code CRM_TEST_POSTGRES_URL} is set. Also checks the planner keeps to the primary key for a tenant its
 * statistics have never seen.
 */
class PostgresSchemaTest {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.postgres();
        JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(SchemaMode.MIGRATE).build().close();
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void everyTableHasAPrimaryKeyLedByTheTenant() throws SQLException {
        List<String> tables = rows("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name LIKE 'crm\\_%' AND table_name <> 'crm_schema_history'
                ORDER BY table_name""");
        List<String> primaryKeys = rows("""
                SELECT tc.table_name, kcu.column_name
                FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema
                    AND kcu.constraint_name = tc.constraint_name AND kcu.ordinal_position = 1
                WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
                    AND tc.table_name <> 'crm_schema_history'
                ORDER BY tc.table_name""");

        assertThat(tables).hasSize(JdbcStoreFixture.TABLES.size());
        assertThat(primaryKeys).containsExactlyElementsOf(tables.stream().map(t -> t + " tenant_id").toList());
    }

    @Test
    void everyForeignKeyAndUniqueConstraintStartsWithTheTenant() throws SQLException {
        List<String> constraints = rows("""
                SELECT tc.constraint_name, tc.constraint_type, kcu.column_name, kcu.position_in_unique_constraint
                FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema
                    AND kcu.constraint_name = tc.constraint_name AND kcu.ordinal_position = 1
                WHERE tc.table_schema = current_schema() AND tc.constraint_type IN ('FOREIGN KEY', 'UNIQUE')
                ORDER BY tc.constraint_name""");
        List<String> referenced = rows("""
                SELECT DISTINCT rc.constraint_name, ccu.table_name
                FROM information_schema.referential_constraints rc
                JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_schema = rc.unique_constraint_schema
                    AND ccu.constraint_name = rc.unique_constraint_name AND ccu.column_name = 'tenant_id'
                WHERE rc.constraint_schema = current_schema()
                ORDER BY rc.constraint_name""");

        assertThat(constraints).isNotEmpty().allSatisfy(c -> assertThat(c).matches(
                "\\S+ (FOREIGN KEY tenant_id 1|UNIQUE tenant_id null)"));
        assertThat(constraints.stream().filter(c -> c.contains("FOREIGN KEY")).count()).isEqualTo(referenced.size());
        assertThat(constraints.stream().filter(c -> c.contains("FOREIGN KEY"))).hasSize(6);
        assertThat(constraints.stream().filter(c -> c.contains("UNIQUE"))).hasSize(2);
    }

    @Test
    void everyIndexStartsWithTheTenant() throws SQLException {
        List<String> indexes = rows("""
                SELECT ic.relname, a.attname
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_class tc ON tc.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = tc.relnamespace
                LEFT JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = i.indkey[0]
                WHERE n.nspname = current_schema() AND tc.relname LIKE 'crm\\_%' AND tc.relname <> 'crm_schema_history'
                ORDER BY ic.relname""");

        assertThat(indexes).hasSizeGreaterThan(40).allSatisfy(index -> assertThat(index).endsWith(" tenant_id"));
        assertThat(indexes).contains("crm_deal_board_ix tenant_id");
    }

    @Test
    void theBoardIndexCoversEveryColumnTheBoardReads() throws SQLException {
        List<String> definition = rows("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname = 'crm_deal_board_ix'");

        assertThat(definition).singleElement().asString()
                .contains("(tenant_id, pipeline_id, stage, currency) INCLUDE (closed_at, amount, probability_override)");
    }

    @Test
    void noTableKeepsPlannerStatisticsOnTheTenant() throws SQLException {
        List<String> withStatistics = rows("""
                SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname LIKE 'crm\\_%'
                  AND c.relname <> 'crm_schema_history' AND a.attname = 'tenant_id'
                  AND coalesce(a.attstattarget, -1) <> 0
                ORDER BY c.relname""");
        assertThat(withStatistics).isEmpty();
    }

    @Test
    void aPrimaryKeyLookupOfATenantTheStatisticsHaveNotSeenUsesThePrimaryKey() throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // one tenant analyzed, then a second one bulk-loaded: the state of a new tenant's first import
            statement.execute(contacts("seen"));
            statement.execute("ANALYZE crm_contact");
            statement.execute(contacts("fresh"));
            List<String> plan = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("""
                    EXPLAIN SELECT 1 FROM crm_contact x WHERE tenant_id = 'fresh'
                    AND id = '01941f29-7c00-7f7b-b573-bfa8cf881a62' FOR KEY SHARE OF x""")) {
                while (result.next()) {
                    plan.add(result.getString(1));
                }
            } finally {
                statement.execute("DELETE FROM crm_contact");
            }
            assertThat(String.join("\n", plan)).contains("using crm_contact_pk on crm_contact");
        }
    }

    private static String contacts(String tenant) {
        return """
                INSERT INTO crm_contact (tenant_id, id, first_name, last_name, first_name_lc, last_name_lc, full_name_lc,
                  lifecycle_stage, lifecycle_entered_at, marketing_email_opt_in, do_not_email, do_not_call, updated_at,
                  created_at, version)
                SELECT '%s', gen_random_uuid(), 'F' || g, 'L' || g, 'f' || g, 'l' || g, 'f l' || g, 'LEAD', '{}',
                  FALSE, FALSE, FALSE, now(), now(), 1
                FROM generate_series(1, 20000) g""".formatted(tenant);
    }
}
