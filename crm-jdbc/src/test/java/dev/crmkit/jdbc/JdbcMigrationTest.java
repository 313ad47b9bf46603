package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.SchemaMismatchException;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema modes on every database: concurrent migration under the lock, validation of the recorded history
 * (missing, unknown, changed and failed migrations), and {@link SchemaMode#NONE}.
 */
class JdbcMigrationTest {
    private static final TenantId TENANT = TenantId.of("migration-test");
    /** The history rows (version, description, success) of a database with every migration applied. */
    static final List<String> APPLIED = List.of("1 init true", "2 tenant statistics true", "3 code point order true",
            "4 property record index true");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoStoresMigratingTheSameEmptyDatabaseAtOnceApplyEachMigrationOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.of(kind);
             HikariDataSource first = database.newPool(3);
             HikariDataSource second = database.newPool(3)) {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<JdbcCrmStore>> stores = new ArrayList<>();
                for (DataSource dataSource : List.of(first, second)) {
                    stores.add(threads.submit(() -> {
                        start.await();
                        return JdbcCrmStore.builder().dataSource(dataSource).schemaMode(SchemaMode.MIGRATE).build();
                    }));
                }
                JdbcCrmStore a = stores.get(0).get(2, TimeUnit.MINUTES);
                JdbcCrmStore b = stores.get(1).get(2, TimeUnit.MINUTES);

                assertThat(historyRows(database.dataSource(), database.quote("crm_schema_history")))
                        .containsExactlyElementsOf(APPLIED);
                TckData data = new TckData();
                var pipeline = a.inTransaction(TENANT, (UnitOfWork uow) -> uow.pipelines().insert(data.pipeline("Sales")));
                assertThat(b.inTransaction(TENANT, (UnitOfWork uow) -> uow.pipelines().find(pipeline.id()))).contains(pipeline);
                a.close();
                b.close();
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrateIsIdempotentAndValidateAcceptsTheMigratedSchema(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            build(database, SchemaMode.MIGRATE).close();
            build(database, SchemaMode.MIGRATE).close();
            build(database, SchemaMode.VALIDATE).close();

            assertThat(historyRows(database.dataSource(), database.quote("crm_schema_history")))
                    .containsExactlyElementsOf(APPLIED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void validateRefusesAnEmptyDatabaseAndNoneLeavesItAlone(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            assertThatThrownBy(() -> build(database, SchemaMode.VALIDATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("crm_schema_history");

            build(database, SchemaMode.NONE).close();
            assertThat(tableExists(database.dataSource(), "crm_deal")).isFalse();
            assertThat(tableExists(database.dataSource(), database.quote("crm_schema_history"))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void validateAndMigrateRefuseChangedUnknownMissingAndFailedMigrations(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            build(database, SchemaMode.MIGRATE).close();
            DataSource ds = database.dataSource();
            String history = database.quote("crm_schema_history");

            String checksum = database.quote("checksum");
            String version = " WHERE " + database.quote("version") + " = '1'";
            String success = database.quote("success");
            execute(ds, "UPDATE " + history + " SET " + checksum + " = " + checksum + " + 1" + version);
            assertThatThrownBy(() -> build(database, SchemaMode.VALIDATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("changed");
            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("changed");
            execute(ds, "UPDATE " + history + " SET " + checksum + " = " + checksum + " - 1" + version);
            build(database, SchemaMode.VALIDATE).close();

            execute(ds, "INSERT INTO " + history + " SELECT 99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 42,"
                    + " 'test', CURRENT_TIMESTAMP, 1, TRUE");
            assertThatThrownBy(() -> build(database, SchemaMode.VALIDATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("unknown");
            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("unknown");
            execute(ds, "DELETE FROM " + history + " WHERE " + database.quote("version") + " = '99'");

            execute(ds, "UPDATE " + history + " SET " + success + " = FALSE" + version);
            assertThatThrownBy(() -> build(database, SchemaMode.VALIDATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("failed");
            // not resumable: version 2 is recorded after it
            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("V1__init.sql failed earlier");
            execute(ds, "UPDATE " + history + " SET " + success + " = TRUE" + version);

            // the last migration unfinished, but changed since or unknown: MIGRATE does not resume it either
            String lastVersion = " WHERE " + database.quote("version") + " = '2'";
            execute(ds, "UPDATE " + history + " SET " + success + " = FALSE, " + checksum + " = " + checksum + " + 1"
                    + lastVersion);
            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("V2__tenant_statistics.sql was changed");
            execute(ds, "UPDATE " + history + " SET " + success + " = TRUE, " + checksum + " = " + checksum + " - 1"
                    + lastVersion);
            execute(ds, "INSERT INTO " + history + " SELECT 99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 42,"
                    + " 'test', CURRENT_TIMESTAMP, 1, FALSE");
            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("V99__from_the_future.sql (version 99)")
                    .hasMessageContaining("unknown");
            execute(ds, "DELETE FROM " + history + " WHERE " + database.quote("version") + " = '99'");
            build(database, SchemaMode.VALIDATE).close();

            execute(ds, "DELETE FROM " + history);
            assertThatThrownBy(() -> build(database, SchemaMode.VALIDATE))
                    .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("V1__init.sql has not been applied");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewMigrationIsRankedAfterFlywaysMarkerRowsToo(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            build(database, SchemaMode.MIGRATE).close();
            DataSource ds = database.dataSource();
            String history = database.quote("crm_schema_history");
            // as if versions 2 and 3 were new and Flyway had written one of its marker rows (no version) after version 1
            execute(ds, "DELETE FROM " + history + " WHERE " + database.quote("version") + " IN ('2', '3')");
            execute(ds, "INSERT INTO " + history + " SELECT 2, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', 'crm',"
                    + " NULL, 'test', CURRENT_TIMESTAMP, 0, TRUE");

            build(database, SchemaMode.MIGRATE).close();

            assertThat(historyRows(ds, history)).containsExactlyInAnyOrder("1 init true",
                    "null << Flyway Schema Creation >> true", "2 tenant statistics true", "3 code point order true",
                    "4 property record index true");
            build(database, SchemaMode.VALIDATE).close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrateRefusesTablesNoRecordedMigrationMade(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            DataSource ds = database.dataSource();
            execute(ds, "CREATE TABLE crm_deal (id INT)");
            execute(ds, "CREATE TABLE crm_deal_archive (id INT)"); // not one of the store's tables

            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE)).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("crm_schema_history does not exist")
                    .hasMessageContaining("already exist: crm_deal;");
            assertThat(tableExists(ds, database.quote("crm_schema_history"))).isFalse();

            Dialect dialect;
            try (JdbcCrmStore none = build(database, SchemaMode.NONE)) {
                dialect = none.dialect();
            }
            execute(ds, dialect.createHistoryTable(database.quote("crm_schema_history"), "crm_schema_history"));
            assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE)).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("crm_schema_history records no migration")
                    .hasMessageContaining("already exist: crm_deal;");
            assertThat(historyRows(ds, database.quote("crm_schema_history"))).isEmpty();
        }
    }

    /** Index names are schema-wide on H2 and PostgreSQL, so another table's index can take one of the store's. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2", "POSTGRES"})
    void aFirstMigrationThatMeetsAnotherTablesIndexStopsAndNeverTakesItOver(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind)) {
            DataSource ds = database.dataSource();
            execute(ds, "CREATE TABLE someone_elses (a INT)");
            execute(ds, "CREATE INDEX crm_deal_name_ix ON someone_elses (a)");

            for (int start = 0; start < 2; start++) {
                assertThatThrownBy(() -> build(database, SchemaMode.MIGRATE)).isInstanceOf(CrmStorageException.class)
                        .message().containsIgnoringCase(start == 0 || kind == TestDatabase.Kind.POSTGRES
                                ? "crm_deal_name_ix" : "records no migration");
                assertThat(historyRows(ds, database.quote("crm_schema_history"))).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storesWithDifferentPrefixesShareADatabaseWithoutSeeingEachOther(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.of(kind);
             JdbcCrmStore crm = build(database, SchemaMode.MIGRATE);
             JdbcCrmStore other = JdbcCrmStore.builder().dataSource(database.dataSource()).tablePrefix("other_")
                     .schemaMode(SchemaMode.MIGRATE).build()) {
            TckData data = new TckData();
            var account = crm.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().insert(data.account("Acme")));

            assertThat(other.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().find(account.id()))).isEmpty();
            assertThat(historyRows(database.dataSource(), database.quote("other_schema_history")))
                    .containsExactlyElementsOf(APPLIED);
        }
    }

    private static JdbcCrmStore build(TestDatabase database, SchemaMode mode) {
        return JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(mode).build();
    }

    /** Version, description and success of each row of a (quoted) history table, read with {@code SELECT *}. */
    static List<String> historyRows(DataSource dataSource, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            while (result.next()) {
                rows.add(result.getString(2) + " " + result.getString(3) + " " + result.getBoolean(10));
            }
        }
        return rows;
    }

    static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
