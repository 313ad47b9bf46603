package dev.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * H2 reads a filtered page through the index of the filter when the filter narrows the rows to a few, and
 * through the index of the page's order when it does not: {@code EXPLAIN ANALYZE} of the store's own page
 * statements (captured with their bound values) over a tenant of 3,000 accounts, contacts and deals and
 * 10,000 activities reports how many rows H2 scanned for each page of a walk through every page.
 *
 * <p>Every narrowing filter of every repository query must scan at most {@link #FEW} rows per page, whatever
 * the size of the tenant (reading the tenant would scan thousands), and so must its count; an unfiltered page
 * and a page with a filter that keeps many rows must still be read from the sorted index, tenant first, deep
 * pages included. (Aggregations across pipelines filtered by a contact are not covered: H2 keeps the deal table
 * first before the outer join to the stages and reads the tenant.)
 */
class H2FilteredPagePlanTest {
    private static final TenantId TENANT = TenantId.of("plans");
    private static final int RECORDS = 3000;
    /** Records per filter value: every name, domain, email, phone, account, contact and deal has three. */
    private static final int DISTINCT = 1000;
    /** The activities of the one busy contact, whose timeline must still read only a page per page. */
    private static final int BUSY = 1000;
    /** The most rows a narrowed page may scan: a few matches, their joins and H2's look-ups of the plan. */
    private static final int FEW = 40;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private static ExplainingDataSource explaining;
    private static JdbcCrmStore store;
    private static List<Account> accounts;
    private static List<Contact> contacts;
    private static List<Deal> deals;

    @BeforeAll
    static void fill() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:filteredpages;DB_CLOSE_DELAY=-1");
        explaining = new ExplainingDataSource(h2);
        store = JdbcCrmStore.builder().dataSource(explaining).schemaMode(SchemaMode.MIGRATE).build();
        TckData data = new TckData();
        Pipeline pipeline = data.pipeline("Sales");
        accounts = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            Account.Builder account = data.accountBuilder("Company " + i % DISTINCT)
                    .domain("company" + i % DISTINCT + ".example").owner(UserId.of("owner-" + i % 3));
            if (i >= DISTINCT) {
                account.parent(accounts.get(i % DISTINCT).id());
            }
            accounts.add(account.build());
        }
        contacts = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            contacts.add(data.contactBuilder("Given" + i, "Family" + i % DISTINCT)
                    .primaryEmail(EmailAddress.of("person" + i + "@example.com"))
                    .otherEmails(List.of(EmailAddress.of("shared" + i % DISTINCT + "@example.com")))
                    .phones(List.of(PhoneNumber.of("+4930" + (1_000_000 + i % DISTINCT))))
                    .accounts(List.of(AccountLink.of(accounts.get(i % DISTINCT).id(), "staff")))
                    .lifecycleStage(LifecycleStage.values()[i % LifecycleStage.values().length])
                    .owner(UserId.of("owner-" + i % 3)).build());
        }
        deals = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            deals.add(data.dealBuilder(pipeline, "Deal " + i).account(accounts.get(i % DISTINCT).id())
                    .contacts(List.of(DealContact.of(contacts.get(i % DISTINCT).id(), "buyer")))
                    .expectedCloseDate(LocalDate.of(2024, 1, 1).plusDays(i % 400))
                    .owner(UserId.of("owner-" + i % 3)).build());
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            activities.add(data.noteBuilder("Call " + i, START.plusSeconds(i)).contact(contacts.get(i % DISTINCT).id()).build());
            activities.add(data.noteBuilder("Visit " + i, START.plusSeconds(i)).account(accounts.get(i % DISTINCT).id()).build());
            activities.add(data.noteBuilder("Offer " + i, START.plusSeconds(i)).deal(deals.get(i % DISTINCT).id()).build());
        }
        for (int i = 0; i < 3; i++) {
            // linked to a contact, an account and a deal at once: a timeline over all three shows it once
            activities.add(data.noteBuilder("Meeting " + i, START.plusSeconds(i)).contact(contacts.get(5).id())
                    .account(accounts.get(5).id()).deal(deals.get(5).id()).build());
        }
        for (int i = 0; i < BUSY; i++) {
            activities.add(data.noteBuilder("Email " + i, START.plusSeconds(i)).contact(contacts.get(DISTINCT - 1).id()).build());
        }
        List<StageChange> changes = new ArrayList<>();
        for (Deal deal : deals) {
            changes.add(data.stageChange(deal, null, deal.stage(), START, 10));
            changes.add(data.stageChange(deal, deal.stage(), deal.stage(), START.plusSeconds(60), 20));
        }
        store.run(TENANT, uow -> {
            uow.pipelines().insert(pipeline);
            uow.accounts().insertAll(accounts);
            uow.contacts().insertAll(contacts);
            uow.deals().insertAll(deals);
            uow.activities().insertAll(activities);
            uow.stageHistory().appendAll(changes);
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** A repository query with a narrowing filter, the page size to walk it with, and how many records match. */
    record Query(String name, int limit, int matches, BiFunction<UnitOfWork, PageRequest, Page<?>> find) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Query> narrowingFilters() {
        List<Query> queries = new ArrayList<>();
        for (NameSort sort : NameSort.values()) {
            queries.add(accounts("accounts by exact name, " + sort, 3, AccountQuery.builder().nameIgnoringCase("COMPANY 17").sort(sort)));
            queries.add(accounts("accounts by domain, " + sort, 3, AccountQuery.builder().domain("company17.example").sort(sort)));
            queries.add(accounts("accounts by name prefix, " + sort, 3, AccountQuery.builder().namePrefix("company 999").sort(sort)));
            queries.add(new Query("subsidiaries, " + sort, 2, 2, (uow, page) -> uow.accounts()
                    .find(AccountQuery.builder().parent(accounts.get(17).id()).sort(sort).build(), page)));
            queries.add(contacts("contacts by email, " + sort, 3, ContactQuery.builder()
                    .email(EmailAddress.of("shared17@example.com")).sort(sort)));
            queries.add(contacts("contacts by phone, " + sort, 3, ContactQuery.builder()
                    .phone(PhoneNumber.of("+49301000017")).sort(sort)));
            queries.add(contacts("contacts by last name prefix, " + sort, 3, ContactQuery.builder().namePrefix("family999").sort(sort)));
            queries.add(contacts("contacts by first name prefix, " + sort, 1, ContactQuery.builder().namePrefix("given2999").sort(sort)));
            queries.add(contacts("contacts by full name prefix, " + sort, 1, ContactQuery.builder().namePrefix("given17 fam").sort(sort)));
            queries.add(new Query("contacts of an account, " + sort, 2, 3, (uow, page) -> uow.contacts()
                    .find(ContactQuery.builder().account(accounts.get(17).id()).sort(sort).build(), page)));
        }
        for (DealSort sort : DealSort.values()) {
            queries.add(new Query("deals of an account, " + sort, 2, 3, (uow, page) -> uow.deals()
                    .find(DealQuery.builder().account(accounts.get(17).id()).sort(sort).build(), page)));
            queries.add(new Query("deals of a contact, " + sort, 2, 3, (uow, page) -> uow.deals()
                    .find(DealQuery.builder().contact(contacts.get(17).id()).sort(sort).build(), page)));
        }
        for (TimeOrder order : TimeOrder.values()) {
            queries.add(timeline("timeline of a contact, " + order, 2, 3, order, q -> q.addContacts(contacts.get(17).id())));
            queries.add(timeline("timeline of an account, " + order, 2, 3, order, q -> q.addAccounts(accounts.get(17).id())));
            queries.add(timeline("timeline of a deal, " + order, 2, 3, order, q -> q.addDeals(deals.get(17).id())));
            queries.add(timeline("timeline of a busy contact, " + order, 20, BUSY + 3, order,
                    q -> q.addContacts(contacts.get(DISTINCT - 1).id())));
            queries.add(timeline("timeline of two contacts, " + order, 4, 6, order,
                    q -> q.addContacts(contacts.get(17).id(), contacts.get(18).id())));
            queries.add(timeline("timeline of a contact, an account and a deal, " + order, 5, 12, order,
                    q -> q.addContacts(contacts.get(5).id()).addAccounts(accounts.get(5).id()).addDeals(deals.get(5).id())));
        }
        return queries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowingFilters")
    void aNarrowingFilterReadsItsFewRowsThroughItsIndex(Query query) {
        for (ExplainingDataSource.Explained page : walk(query)) {
            assertThat(page.scanned()).as("rows scanned for %s%n%s", page.sql(), page.plan()).isLessThanOrEqualTo(FEW);
        }
    }

    @Test
    void countsAndAggregationsOfANarrowingFilterReadTheirFewRowsThroughItsIndex() {
        assertFew(3, uow -> uow.accounts().count(AccountQuery.builder().domain("company17.example").build()));
        assertFew(3, uow -> uow.contacts().count(ContactQuery.builder().email(EmailAddress.of("shared17@example.com")).build()));
        assertFew(3, uow -> uow.contacts().count(ContactQuery.builder().namePrefix("family999").build()));
        assertFew(12, uow -> uow.activities().count(ActivityQuery.builder().addContacts(contacts.get(5).id())
                .addAccounts(accounts.get(5).id()).addDeals(deals.get(5).id()).build()));
        assertFew(3, uow -> uow.deals().aggregate(DealQuery.builder().pipeline(deals.get(0).pipeline())
                .contact(contacts.get(17).id()).build(), EnumSet.of(DealGrouping.STAGE)).get(0).count());
    }

    private static void assertFew(long expected, java.util.function.Function<UnitOfWork, Long> read) {
        explaining.reset();
        assertThat(store.inTransaction(TENANT, read)).isEqualTo(expected);
        ExplainingDataSource.Explained statement = explaining.explained().get(0);
        assertThat(statement.scanned()).as("rows scanned for %s%n%s", statement.sql(), statement.plan())
                .isLessThanOrEqualTo(FEW);
    }

    @Test
    void theStageHistoryOfOneDealIsReadThroughItsIndex() {
        explaining.reset();
        List<StageChange> history = store.inTransaction(TENANT, uow -> uow.stageHistory().forDeal(deals.get(17).id()));

        assertThat(history).hasSize(2);
        ExplainingDataSource.Explained read = explaining.explained().get(0);
        assertThat(read.scanned()).as(read.plan()).isLessThanOrEqualTo(FEW);
    }

    @Test
    void anUnfilteredPageIsReadInOrderFromTheSortIndexTenantFirstAtAnyDepth() {
        for (NameSort sort : NameSort.values()) {
            assertReadInOrder(new Query("all accounts, " + sort, 2, RECORDS,
                    (uow, page) -> uow.accounts().find(AccountQuery.builder().sort(sort).build(), page)));
        }
        assertReadInOrder(new Query("whole timeline", 2, 3 * RECORDS + 3 + BUSY,
                (uow, page) -> uow.activities().find(ActivityQuery.all(), page)));
    }

    @Test
    void aPageFilteredOnlyByValuesManyRecordsShareIsReadInOrderFromTheSortIndexTenantFirst() {
        assertReadInOrder(new Query("deals of an owner", 2, RECORDS / 3, (uow, page) -> uow.deals()
                .find(DealQuery.builder().owner(UserId.of("owner-1")).build(), page)));
        assertReadInOrder(new Query("customers by name", 2, RECORDS / LifecycleStage.values().length, (uow, page) -> uow.contacts()
                .find(ContactQuery.builder().lifecycleStage(LifecycleStage.CUSTOMER).sort(NameSort.NAME).build(), page)));
    }

    /**
     * The first page and a page from the middle: each read from the sorted index that starts with tenant_id,
     * scanning about as many rows as the page needs (the filter keeps one record in three, or in eight).
     */
    private static void assertReadInOrder(Query query) {
        ExplainingDataSource.Explained first = page(query, PageRequest.first(query.limit())).explained();
        Page<?> deep = page(query, PageRequest.first(Math.min(query.matches() / 2, PageRequest.MAX_LIMIT))).page();
        ExplainingDataSource.Explained next = page(query, PageRequest.after(deep.nextCursor().orElseThrow(), query.limit()))
                .explained();
        for (ExplainingDataSource.Explained read : List.of(first, next)) {
            assertThat(read.sql()).as(query.name()).contains("ORDER BY t.tenant_id");
            assertThat(read.plan()).as(query.name()).contains("index sorted");
            assertThat(read.scanned()).as("rows scanned for %s%n%s", query.name(), read.plan()).isLessThanOrEqualTo(FEW);
        }
    }

    /** Every page of the query, the store's page statement of each as H2 analyzed it. */
    private static List<ExplainingDataSource.Explained> walk(Query query) {
        List<ExplainingDataSource.Explained> pages = new ArrayList<>();
        int items = 0;
        PageRequest request = PageRequest.first(query.limit());
        while (true) {
            Read read = page(query, request);
            pages.add(read.explained());
            items += read.page().items().size();
            if (read.page().nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(read.page().nextCursor().get(), query.limit());
        }
        assertThat(items).as("records of %s", query.name()).isEqualTo(query.matches());
        return pages;
    }

    /** One page and H2's analysis of its page statement, the first statement a page runs (child tables follow). */
    private static Read page(Query query, PageRequest request) {
        explaining.reset();
        Page<?> page = store.inTransaction(TENANT, uow -> query.find().apply(uow, request));
        return new Read(page, explaining.explained().get(0));
    }

    private record Read(Page<?> page, ExplainingDataSource.Explained explained) {
    }

    private static Query accounts(String name, int matches, dev.crmkit.spi.AccountQuery.Builder query) {
        return new Query(name, 2, matches, (uow, page) -> uow.accounts().find(query.build(), page));
    }

    private static Query contacts(String name, int matches, dev.crmkit.spi.ContactQuery.Builder query) {
        return new Query(name, 2, matches, (uow, page) -> uow.contacts().find(query.build(), page));
    }

    private static Query timeline(String name, int limit, int matches, TimeOrder order,
                                  java.util.function.UnaryOperator<ActivityQuery.Builder> related) {
        return new Query(name, limit, matches,
                (uow, page) -> uow.activities().find(related.apply(ActivityQuery.builder().order(order)).build(), page));
    }
}
