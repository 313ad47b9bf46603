package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.math.BigDecimal;
import java.util.List;
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
    private static final TenantId TENANT = TenantId.of("flyway");

    private static String folder(TestDatabase.Kind kind) {
        return switch (kind) {
            case H2 -> "h2";
            case POSTGRES -> "postgresql";
            case MARIADB -> "mariadb";
        };
    }

    private static Flyway flyway(TestDatabase database, String prefix, String table) {
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
                assertBasicCrud(store);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void flywaysDefaultHistoryTableCanBeNamed(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.of(kind)) {
            flyway(database, "crm_", "flyway_schema_history").migrate();

            try (JdbcCrmStore store = JdbcCrmStore.builder().dataSource(database.dataSource())
                    .historyTable("flyway_schema_history").schemaMode(SchemaMode.VALIDATE).build()) {
                assertBasicCrud(store);
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

    private static void assertBasicCrud(JdbcCrmStore store) {
        TckData data = new TckData();
        Pipeline pipeline = data.pipeline("Sales");
        Account account = data.account("Acme");
        Deal deal = data.dealBuilder(pipeline, "Renewal").account(account.id()).amount(Money.of("1000.00", "USD")).build();
        store.run(TENANT, uow -> {
            uow.pipelines().insert(pipeline);
            uow.accounts().insert(account);
            uow.deals().insert(deal);
        });

        assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.deals().find(deal.id()))).contains(deal.withVersion(1));
        List<DealAggregate> board = store.inTransaction(TENANT, uow -> uow.deals().board(pipeline.id(), DealStatus.OPEN));
        assertThat(board).singleElement().satisfies(group -> {
            assertThat(group.stage()).contains(deal.stage());
            assertThat(group.count()).isEqualTo(1);
            assertThat(group.amount()).isEqualByComparingTo(new BigDecimal("1000"));
        });
    }
}
