package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import dev.crmkit.spi.tck.TckOrders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration scripts run unchanged under Flyway (the table prefix as Flyway placeholder), the store accepts
 * the schema Flyway made in {@link SchemaMode#VALIDATE}, and Flyway accepts the history the store wrote.
 */
class JdbcFlywayCompatibilityTest {
    private static final TenantId TENANT = TenantId.of("flyway");

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
            assertThat(flyway(database, "fw_", "fw_schema_history").migrate().migrationsExecuted)
                    .isEqualTo(JdbcMigrationTest.APPLIED.size());

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

    /**
     * Version 3 (H2's code point sort columns) over rows written before it: an H2 database Flyway migrated to
     * version 2 and filled, then migrated by the store, sorts the names it already held by code point.
     */
    @Test
    void version3SortsTheNamesAnH2DatabaseAlreadyHeldByCodePoint() {
        try (TestDatabase database = TestDatabase.h2()) {
            Flyway.configure().configuration(flyway(database, "crm_", "crm_schema_history").getConfiguration()).target("2")
                    .load().migrate();
            TckData data = new TckData();
            List<String> names = List.of("\ud83d\ude00 Smile", "\uff26ull width", "Zeta", "\ufb01nance");
            Pipeline pipeline = data.pipeline("Sales");
            List<Account> accounts = names.stream().map(data::account).toList();
            List<Contact> contacts = names.stream().map(name -> data.contact("Ada", name)).toList();
            List<Deal> deals = names.stream().map(name -> data.deal(pipeline, name)).toList();
            try (JdbcCrmStore version2 = JdbcCrmStore.builder().dataSource(database.dataSource())
                    .schemaMode(SchemaMode.NONE).build()) {
                version2.run(TENANT, uow -> {
                    uow.pipelines().insert(pipeline);
                    uow.accounts().insertAll(accounts);
                    uow.contacts().insertAll(contacts);
                    uow.deals().insertAll(deals);
                });
            }

            try (JdbcCrmStore store = JdbcCrmStore.builder().dataSource(database.dataSource()).build()) {
                List<String> byCodePoint = names.stream().sorted(TckOrders.CODE_POINTS).toList();
                assertThat(store.inTransaction(TENANT, uow -> uow.accounts().find(AccountQuery.builder().sort(NameSort.NAME)
                        .build(), PageRequest.first(10)).items()).stream().map(Account::name)).containsExactlyElementsOf(byCodePoint);
                assertThat(store.inTransaction(TENANT, uow -> uow.contacts().find(ContactQuery.builder().sort(NameSort.NAME)
                        .build(), PageRequest.first(10)).items()).stream().map(c -> c.lastName().orElseThrow()))
                        .containsExactlyElementsOf(byCodePoint);
                assertThat(store.inTransaction(TENANT, uow -> uow.deals().find(DealQuery.builder().sort(DealSort.NAME)
                        .build(), PageRequest.first(10)).items()).stream().map(Deal::name)).containsExactlyElementsOf(byCodePoint);
            }
        }
    }
}
