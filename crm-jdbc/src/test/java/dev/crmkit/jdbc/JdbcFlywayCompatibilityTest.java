package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration scripts run unchanged under Flyway (the table prefix as Flyway placeholder), the store accepts
 * the schema Flyway made in {@link SchemaMode#VALIDATE}, and Flyway accepts the history the store wrote.
 */
class JdbcFlywayCompatibilityTest {
    private static String folder(TestDatabase.Kind kind) {
        return switch (kind) {
            case H2 -> "h2";
            case POSTGRES -> "postgresql";
            case MARIADB -> "mariadb";
        };
    }

    /** Flyway over the store's scripts for the database, with the prefix placeholder and the history table. */
    static Flyway flyway(TestDatabase database, String prefix, String table) {
        return Flyway.configure().dataSource(database.dataSource())
                .locations("classpath:dev/crmkit/jdbc/migration/" + folder(database.kind()))
                .placeholders(Map.of("prefix", prefix)).table(table).load();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSchemaMigratedByFlywayPassesValidationAndWorks(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.of(kind)) {
            assertThat(flyway(database, "fw_", "fw_schema_history").migrate().migrationsExecuted).isEqualTo(2);

            try (JdbcCrmStore store = JdbcCrmStore.builder().dataSource(database.dataSource()).tablePrefix("fw_")
                    .schemaMode(SchemaMode.VALIDATE).build()) {
                StoreSmokeCheck.assertBasicCrud(store);
            }
            // MIGRATE takes a Flyway-made schema as its own (the history table is there) and finds nothing to do
            JdbcCrmStore.builder().dataSource(database.dataSource()).tablePrefix("fw_").schemaMode(SchemaMode.MIGRATE)
                    .build().close();
            assertThat(flyway(database, "fw_", "fw_schema_history").validateWithResult().validationSuccessful).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void flywaysDefaultHistoryTableCanBeNamed(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.of(kind)) {
            flyway(database, "crm_", "flyway_schema_history").migrate();

            try (JdbcCrmStore store = JdbcCrmStore.builder().dataSource(database.dataSource())
                    .historyTable("flyway_schema_history").schemaMode(SchemaMode.VALIDATE).build()) {
                StoreSmokeCheck.assertBasicCrud(store);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void flywayAcceptsTheHistoryTheStoreWrote(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.of(kind)) {
            JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(SchemaMode.MIGRATE).build().close();

            Flyway flyway = flyway(database, "crm_", "crm_schema_history");
            ValidateResult result = flyway.validateWithResult();
            assertThat(result.validationSuccessful).as("Flyway validation: %s", result.invalidMigrations).isTrue();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        }
    }
}
