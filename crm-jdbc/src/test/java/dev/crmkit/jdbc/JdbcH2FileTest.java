package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file store: data survives closing and reopening, and the schema is migrated only once. */
class JdbcH2FileTest {
    private static final TenantId TENANT = TenantId.of("h2-file");

    @Test
    void reopeningAnExistingFileKeepsEveryRecord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crm");
        TckData data = new TckData();
        Pipeline pipeline = data.pipeline("Sales");
        Account account = data.account("Acme");
        Contact contact = data.contactBuilder("Ada", "Lovelace").primaryEmail(EmailAddress.of("ada@example.com"))
                .addExternalIds(ExternalId.of("hubspot", "7")).build();
        Deal deal = data.dealBuilder(pipeline, "Renewal").account(account.id()).amount(Money.of("1200.00", "EUR")).build();

        try (JdbcCrmStore store = JdbcCrmStore.h2File(file)) {
            store.run(TENANT, uow -> {
                uow.pipelines().insert(pipeline);
                uow.accounts().insert(account);
                uow.contacts().insert(contact);
                uow.deals().insert(deal);
            });
        }
        assertThat(Files.exists(dir.resolve("crm.mv.db"))).isTrue();

        try (JdbcCrmStore reopened = JdbcCrmStore.h2File(file)) {
            reopened.run(TENANT, uow -> {
                assertThat(uow.pipelines().find(pipeline.id())).contains(pipeline.withVersion(1));
                assertThat(uow.accounts().find(account.id())).contains(account.withVersion(1));
                assertThat(uow.contacts().findByPrimaryEmail(EmailAddress.of("ADA@example.com"))).contains(contact.withVersion(1));
                assertThat(uow.deals().find(deal.id())).contains(deal.withVersion(1));
            });
        }
        try (JdbcCrmStore again = JdbcCrmStore.h2File(file)) {
            assertThat(again.dialect().name()).isEqualTo("H2");
            org.h2.jdbcx.JdbcDataSource sameFile = new org.h2.jdbcx.JdbcDataSource();
            sameFile.setURL("jdbc:h2:file:" + file.toAbsolutePath());
            assertThat(JdbcMigrationTest.historyRows(sameFile, "\"crm_schema_history\""))
                    .containsExactlyElementsOf(JdbcMigrationTest.APPLIED);
        }
    }

    @Test
    void inMemoryDatabasesLiveAsLongAsTheirStore() {
        TckData data = new TckData();
        Account account = data.account("Acme");
        try (JdbcCrmStore store = JdbcCrmStore.h2InMemory("h2-file-test-memory")) {
            store.run(TENANT, uow -> uow.accounts().insert(account));
            assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().find(account.id()))).isPresent();
        }
        try (JdbcCrmStore fresh = JdbcCrmStore.h2InMemory("h2-file-test-memory")) {
            assertThat(fresh.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().find(account.id()))).isEmpty();
        }
    }
}
