package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.internal.ExplainingDataSource;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.TimeOrder;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MariaDB reads every page in its order from an index instead of sorting the tenant: {@code EXPLAIN} of the
 * store's own page statements (captured with their bound values, through the driver's default connection
 * collation) must not say {@code Using filesort}. Pages are ordered by {@code tenant_id} first; when the tenant
 * was compared in the connection's collation rather than the tables' {@code utf8mb4_nopad_bin}, MariaDB no
 * longer took {@code tenant_id} as constant and sorted the whole tenant for every page (2 s for page 1 of
 * 1,000,000 deals). The deals ordered by expected close date are the one exception, and the test names it:
 * MariaDB has no {@code NULLS LAST}, and the {@code IS NULL} term that stands in for it cannot come from an
 * index.
 */
class MariaDbPagePlanTest {
    private static final TenantId TENANT = TenantId.of("page-plans");
    private static final int RECORDS = 400;

    private static TestDatabase database;
    private static ExplainingDataSource explaining;
    private static JdbcCrmStore store;

    @BeforeAll
    static void fill() {
        database = TestDatabase.mariadb();
        explaining = new ExplainingDataSource(database.dataSource(), "EXPLAIN ");
        store = JdbcCrmStore.builder().dataSource(explaining).schemaMode(SchemaMode.MIGRATE).build();
        TckData data = new TckData();
        Pipeline pipeline = data.pipeline("Sales");
        List<Account> accounts = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            accounts.add(data.account("Company " + i));
            contacts.add(data.contact("Given" + i, "Family" + i));
            deals.add(data.deal(pipeline, "Deal " + i));
        }
        for (int i = 0; i < RECORDS; i++) {
            activities.add(data.note(accounts.get(i % 10).id(), "Call " + i, TckData.NOW.plusSeconds(i)));
        }
        store.run(TENANT, uow -> {
            uow.pipelines().insert(pipeline);
            uow.accounts().insertAll(accounts);
            uow.contacts().insertAll(contacts);
            uow.deals().insertAll(deals);
            uow.activities().insertAll(activities);
            List<StageChange> history = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                history.add(data.stageChange(deals.get(i), null, "prospecting", TckData.NOW.plusSeconds(i), 10));
            }
            uow.stageHistory().appendAll(history);
        });
        // statistics as a running database would have them, so the plans are the ones production gets
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE crm_account, crm_contact, crm_deal, crm_activity, crm_stage_change");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void drop() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyPageIsReadInOrderFromAnIndexExceptTheCloseDateOrder() {
        Map<String, BiFunction<UnitOfWork, PageRequest, Page<?>>> queries = new LinkedHashMap<>();
        for (NameSort sort : NameSort.values()) {
            queries.put("accounts by " + sort, (uow, p) -> uow.accounts().find(AccountQuery.builder().sort(sort).build(), p));
            queries.put("contacts by " + sort, (uow, p) -> uow.contacts().find(ContactQuery.builder().sort(sort).build(), p));
        }
        for (DealSort sort : DealSort.values()) {
            queries.put("deals by " + sort, (uow, p) -> uow.deals().find(DealQuery.builder().sort(sort).build(), p));
        }
        for (TimeOrder order : TimeOrder.values()) {
            queries.put("activities " + order, (uow, p) -> uow.activities().find(ActivityQuery.builder().order(order).build(), p));
        }
        queries.put("stage history", (uow, p) -> uow.stageHistory().find(StageChangeQuery.all(), p));

        Map<String, List<String>> sorted = new LinkedHashMap<>();
        queries.forEach((name, query) -> {
            explaining.reset();
            Page<?> first = store.inTransaction(TENANT, (UnitOfWork uow) -> query.apply(uow, PageRequest.first(20)));
            store.inTransaction(TENANT, (UnitOfWork uow) -> query.apply(uow, PageRequest.after(first.nextCursor().orElseThrow(), 20)));
            List<String> pagePlans = explaining.explained().stream()
                    .filter(e -> e.sql().contains(" ORDER BY ") && e.sql().endsWith(" LIMIT ?"))
                    .map(ExplainingDataSource.Explained::plan).toList();
            assertThat(pagePlans).as("page statements of %s", name).hasSize(2);
            List<String> filesorts = pagePlans.stream().filter(plan -> plan.contains("Using filesort")).toList();
            if (!filesorts.isEmpty()) {
                sorted.put(name, filesorts);
            }
        });
        assertThat(sorted).as("queries whose pages MariaDB sorts instead of reading them from an index")
                .containsOnlyKeys("deals by " + DealSort.EXPECTED_CLOSE_DATE);
    }
}
