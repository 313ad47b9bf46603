package dev.crmkit.examples.bench;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written baselines write and read the same information as CRMKit (checked on H2 with small data), so
 * the ratios the benchmarks report compare like with like.
 */
class BaselineEquivalenceTest {
    private static final TenantId TENANT = TenantId.of("import");
    private static final int DEALS = 1_500;

    @TempDir
    static Path folder;

    private static BenchSchema schema;
    private static JdbcCrmStore imports;
    private static JdbcCrmStore reads;

    @BeforeAll
    static void open() {
        BenchEnvironment env = new BenchEnvironment("unused", "unused", folder, Optional.empty());
        schema = BenchSchema.open(BenchDatabase.H2, env, 2);
        imports = schema.store(ImportBenchmark.CRM_PREFIX);
        schema.store(ImportBenchmark.PLAIN_PREFIX).close();
        reads = schema.store(ReadDataset.PREFIX);
    }

    @AfterAll
    static void close() {
        imports.close();
        reads.close();
        schema.close();
    }

    @Test
    void thePlainImportWritesTheSameRowsAsCrmkit() throws SQLException {
        List<DealRow> deals = new DealRows(3L).rows(0, 120, new IdSequence(3L));
        List<ContactRow> contacts = new ContactRows(3L).rows(0, 80, new IdSequence(4L));
        imports.run(TENANT, uow -> uow.deals().insertAll(DealRows.toDeals(deals)));
        imports.run(TENANT, uow -> uow.contacts().upsertAllByExternalId(DealRows.SOURCE, ContactRows.toContacts(contacts)));
        PlainImport plain = new PlainImport(schema.dataSource(), BenchDatabase.H2, ImportBenchmark.PLAIN_PREFIX, TENANT.value());
        plain.insertDeals(deals);
        plain.upsertNewContacts(contacts);

        for (String table : List.of("deal", "external_id", "contact", "contact_email", "deal_contact", "property_value")) {
            List<List<Object>> crmkit = rows(ImportBenchmark.CRM_PREFIX + table);
            assertThat(rows(ImportBenchmark.PLAIN_PREFIX + table)).as(table).isEqualTo(crmkit);
        }
        assertThat(rows(ImportBenchmark.CRM_PREFIX + "deal")).hasSize(120);
        assertThat(rows(ImportBenchmark.CRM_PREFIX + "contact_email")).hasSize(80);
    }

    @Test
    void thePlainBoardAndForecastQueriesGiveCrmkitsGroups() throws SQLException {
        TenantId tenant = ReadDataset.ensureDeals(schema, reads, DEALS);
        PlainQueries plain = new PlainQueries(schema.dataSource(), BenchDatabase.H2, ReadDataset.PREFIX, tenant.value());

        List<DealAggregate> board = reads.inTransaction(tenant, uow -> uow.deals().board(BenchPipelines.MAIN.id(), DealStatus.OPEN));
        assertThat(normalized(plain.board(BenchPipelines.MAIN.id().value()))).containsExactlyInAnyOrderElementsOf(
                normalized(board.stream().map(a -> new PlainAggregate(a.stage().orElseThrow(), null, null, null,
                        a.currency().map(java.util.Currency::getCurrencyCode).orElse(null), a.count(), a.amount(),
                        a.weightedAmount())).toList()));
        assertThat(board).hasSizeGreaterThan(8);

        List<DealAggregate> inputs = reads.inTransaction(tenant, uow -> uow.deals().aggregate(
                DealQuery.builder().status(DealStatus.OPEN).build(), EnumSet.of(DealGrouping.OWNER, DealGrouping.CLOSE_MONTH)));
        assertThat(normalized(plain.forecastInputs())).containsExactlyInAnyOrderElementsOf(
                normalized(inputs.stream().map(a -> new PlainAggregate(null, a.owner().map(o -> o.value()).orElse(null),
                        a.closeMonth().map(m -> m.getYear()).orElse(null), a.closeMonth().map(m -> m.getMonthValue()).orElse(null),
                        a.currency().map(java.util.Currency::getCurrencyCode).orElse(null), a.count(), a.amount(),
                        a.weightedAmount())).toList()));
    }

    @Test
    void theDeepCursorAndThePlainKeysetQueryReachTheSamePage() throws SQLException {
        TenantId tenant = ReadDataset.ensureDeals(schema, reads, DEALS);
        int page = DEALS / PagingBenchmark.PAGE_SIZE;
        DeepCursor deep = ReadDataset.deepCursor(schema, reads, tenant, page, PagingBenchmark.PAGE_SIZE);
        assertThat(ReadDataset.deepCursor(schema, reads, tenant, page, PagingBenchmark.PAGE_SIZE)).isEqualTo(deep);

        Page<Deal> crmkit = reads.inTransaction(tenant, uow -> uow.deals().find(DealQuery.all(),
                PageRequest.after(deep.cursor(), PagingBenchmark.PAGE_SIZE)));
        PlainQueries plain = new PlainQueries(schema.dataSource(), BenchDatabase.H2, ReadDataset.PREFIX, tenant.value());
        List<DealRow> rows = plain.deals(deep.afterId(), PagingBenchmark.PAGE_SIZE + 1);

        assertThat(crmkit.items()).hasSize(PagingBenchmark.PAGE_SIZE);
        assertThat(crmkit.hasNext()).isFalse();
        assertThat(rows.stream().map(DealRow::id).toList()).isEqualTo(crmkit.items().stream().map(d -> d.id().value()).toList());
        assertThat(rows.get(0).externalId()).isEqualTo(crmkit.items().get(0).externalIds().iterator().next().id());
        assertThat(plain.deals(null, 3).stream().map(DealRow::name).toList()).containsExactly("Deal 0", "Deal 1", "Deal 2");
    }

    @Test
    void thePlainTimelineReadsTheContactsActivitiesInCrmkitsOrder() throws SQLException {
        ContactId contact = ReadDataset.ensureTimeline(schema, reads, 120, 300);
        TenantId tenant = ReadDataset.timelineTenant(120, 300);
        ActivityQuery query = ActivityQuery.builder().addContacts(contact).build();
        List<UUID> crmkit = new ArrayList<>();
        PageRequest request = PageRequest.first(TimelineBenchmark.PAGE_SIZE);
        while (true) {
            PageRequest next = request;
            Page<Activity> page = reads.inTransaction(tenant, uow -> uow.activities().find(query, next));
            page.items().forEach(a -> crmkit.add(a.id().value()));
            if (!page.hasNext()) {
                break;
            }
            request = page.nextRequest(TimelineBenchmark.PAGE_SIZE);
        }
        PlainQueries plain = new PlainQueries(schema.dataSource(), BenchDatabase.H2, ReadDataset.PREFIX, tenant.value());
        List<UUID> handWritten = new ArrayList<>();
        List<ActivityRow> page = plain.timeline(contact.value(), null, null, 51);
        while (true) {
            List<ActivityRow> items = page.size() > 50 ? page.subList(0, 50) : page;
            items.forEach(a -> handWritten.add(a.id()));
            if (page.size() <= 50) {
                break;
            }
            ActivityRow last = items.get(items.size() - 1);
            page = plain.timeline(contact.value(), last.occurredAt(), last.id(), 51);
        }

        assertThat(crmkit).hasSize(120).isEqualTo(handWritten);
        List<Contact> all = reads.inTransaction(tenant, uow -> uow.contacts().find(dev.crmkit.spi.ContactQuery.builder().build(),
                PageRequest.first(100)).items());
        assertThat(all).hasSize(4);
    }

    private static List<PlainAggregate> normalized(List<PlainAggregate> groups) {
        return groups.stream().map(g -> new PlainAggregate(g.stage(), g.owner(), g.closeYear(), g.closeMonth(), g.currency(),
                g.count(), g.amount().stripTrailingZeros(), strip(g.weightedAmount()))).toList();
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static List<List<Object>> rows(String table) throws SQLException {
        try (Connection connection = schema.dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3, 4")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    // binary columns (H2's generated code point twins of names) compare by content
                    row.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
