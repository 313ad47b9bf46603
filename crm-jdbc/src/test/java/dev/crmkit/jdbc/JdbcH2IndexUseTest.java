package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * H2 answers the store's pages, look-ups by id and upserts by external id from its indexes: the rows it reads
 * for each statement stay near the number of records involved, however many rows the tenant has. H2 uses an
 * index for an IN list only on an index's first column, and gives a page in index order only when the ORDER BY
 * starts with the index's first column; {@code tenant_id} leads every index, so without the store's key tables
 * and tenant-first orders every such statement read the whole tenant (a 200,000-contact import slowed down
 * quadratically). Rows read are H2's {@code scanCount}s from {@code EXPLAIN ANALYZE}, not timings.
 */
class JdbcH2IndexUseTest {
    private static final TenantId TENANT = TenantId.of("indexed");
    private static final int CONTACTS = 3_000;
    private static final int DEALS = 600;
    private static final int INVOLVED = 50;
    /** Rows a statement about {@link #INVOLVED} records may read: their own rows and child rows, with slack. */
    private static final long BOUND = 10L * INVOLVED;

    private TestDatabase database;
    private ScanCountingDataSource scans;
    private JdbcCrmStore store;
    private final TckData data = new TckData(7);
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();

    @BeforeEach
    void fill() {
        database = TestDatabase.h2();
        scans = new ScanCountingDataSource(database.dataSource());
        store = JdbcCrmStore.builder().dataSource(scans).schemaMode(SchemaMode.MIGRATE).build();
        Pipeline pipeline = data.pipeline("Sales");
        Account account = data.account("Acme");
        for (int i = 0; i < CONTACTS; i++) {
            contacts.add(data.contactBuilder("First" + i, "Last" + i)
                    .primaryEmail(EmailAddress.of("person" + i + "@example.com"))
                    .addOtherEmails(EmailAddress.of("other" + i + "@example.org"))
                    .addPhones(PhoneNumber.of("+14155550123")).addAccounts(AccountLink.of(account.id(), "buyer"))
                    .addExternalIds(ExternalId.of("import", "c" + i))
                    .putProperties("score", PropertyValue.number(BigDecimal.valueOf(i))).build());
        }
        List<StageChange> history = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            Deal deal = data.deal(pipeline, "Deal " + i);
            deals.add(deal);
            history.add(data.stageChange(deal, null, deal.stage(), TckData.at(i), 10));
        }
        store.run(TENANT, uow -> {
            uow.pipelines().insert(pipeline);
            uow.accounts().insert(account);
            for (int from = 0; from < CONTACTS; from += 1000) {
                uow.contacts().insertAll(contacts.subList(from, from + 1000));
            }
            uow.deals().insertAll(deals);
            uow.stageHistory().appendAll(history);
        });
    }

    @AfterEach
    void close() {
        store.close();
        database.close();
    }

    @Test
    void pagesOfContactsAndDealsReadOnlyTheirRows() {
        assertReadsStayBounded(uow -> {
            for (NameSort sort : NameSort.values()) {
                Page<Contact> first = uow.contacts().find(ContactQuery.builder().sort(sort).build(), PageRequest.first(INVOLVED));
                assertThat(uow.contacts().find(ContactQuery.builder().sort(sort).build(), first.nextRequest(INVOLVED)).items())
                        .hasSize(INVOLVED);
            }
            Page<Deal> first = uow.deals().find(DealQuery.all(), PageRequest.first(INVOLVED));
            assertThat(uow.deals().find(DealQuery.all(), first.nextRequest(INVOLVED)).items()).hasSize(INVOLVED);
        });
    }

    @Test
    void recordsByIdAndUpsertsByExternalIdReadOnlyTheirRows() {
        List<Contact> some = contacts.subList(CONTACTS / 2, CONTACTS / 2 + INVOLVED);
        assertReadsStayBounded(uow -> {
            assertThat(uow.contacts().findAll(some.stream().map(Contact::id).toList())).hasSize(INVOLVED);
            List<Contact> changed = some.stream().map(c -> c.withId(data.contactId()).withTitle("Updated")).toList();
            assertThat(uow.contacts().upsertAllByExternalId("import", changed).updated()).hasSize(INVOLVED);
        });
    }

    @Test
    void stageHistoriesOfSomeDealsReadOnlyTheirRows() {
        List<DealId> some = deals.subList(DEALS / 2, DEALS / 2 + INVOLVED).stream().map(Deal::id).toList();
        assertReadsStayBounded(uow -> {
            assertThat(uow.stageHistory().forDeals(some)).hasSize(INVOLVED);
            uow.stageHistory().appendAll(some.stream()
                    .map(id -> data.stageChange(deals.get(0).withId(id), "prospecting", "qualification", TckData.at(10_000), 20))
                    .toList());
        });
    }

    private void assertReadsStayBounded(Consumer<UnitOfWork> work) {
        scans.reset();
        store.run(TENANT, work);
        assertThat(scans.scans()).isNotEmpty();
        for (ScanCountingDataSource.Scan scan : scans.scans()) {
            assertThat(scan.rows()).as("rows H2 read for %s%nplan: %s", scan.sql(), scan.plan()).isLessThanOrEqualTo(BOUND);
        }
    }
}
