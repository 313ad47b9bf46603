package dev.crmkit.imports;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** An in-memory store with a fixed clock and seeded ids, and helpers to import text and read what was stored. */
final class ImportFixture {
    static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    static final TenantId TENANT = TenantId.of("acme");

    final CrmStore store;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final ImportContext context;
    final List<RejectedRow> rejects = new ArrayList<>();

    ImportFixture() {
        this(new InMemoryCrmStore());
    }

    ImportFixture(CrmStore store) {
        this.store = store;
        this.context = new ImportContext(store, TENANT, clock, new UuidV7Generator(clock, new Random(42)));
    }

    ImportSummary run(ImportMapping mapping, String csv) {
        return run(mapping, csv, CsvImport.DEFAULT_BATCH_SIZE);
    }

    ImportSummary run(ImportMapping mapping, String csv, int batchSize) {
        return importer(mapping, batchSize).run(ImportInput.of(new StringReader(csv), "test.csv"));
    }

    CsvImport importer(ImportMapping mapping, int batchSize) {
        return CsvImport.builder(context).mapping(mapping).rejects(RejectSink.into(rejects)).batchSize(batchSize).build();
    }

    List<Contact> contacts() {
        return store.inTransaction(TENANT, uow -> Pages.all(page -> uow.contacts().find(ContactQuery.all(), page), 1000));
    }

    List<Account> accounts() {
        return store.inTransaction(TENANT, uow -> Pages.all(page -> uow.accounts().find(AccountQuery.all(), page), 1000));
    }

    List<Deal> deals() {
        return store.inTransaction(TENANT, uow -> Pages.all(page -> uow.deals().find(DealQuery.all(), page), 1000));
    }

    List<StageChange> history(Deal deal) {
        return store.inTransaction(TENANT, uow -> uow.stageHistory().forDeal(deal.id()));
    }

    long contactCount() {
        return store.inTransaction(TENANT, uow -> uow.contacts().count(ContactQuery.all()));
    }

    List<String> rejectCodes() {
        return rejects.stream().map(RejectedRow::reasonCode).toList();
    }
}
