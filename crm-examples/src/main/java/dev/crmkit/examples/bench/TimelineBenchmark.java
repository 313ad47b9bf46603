package dev.crmkit.examples.bench;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A contact's timeline ({@code ActivityRepository.find} for the contact, newest first) with {@code activities}
 * activities among {@code otherActivities} of other contacts: the first page of {@value #PAGE_SIZE}, and every
 * page one request after another (each its own unit of work, as a client paging through would make them),
 * against hand-written keyset queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TimelineBenchmark {
    /** Activities per page. */
    public static final int PAGE_SIZE = 50;

    /** The database. */
    @Param({"H2"})
    public BenchDatabase db;

    /** Activities of the contact whose timeline is read. */
    @Param({"1000"})
    public int activities;

    /** Activities of other contacts in the same tenant. */
    @Param({"9000"})
    public int otherActivities;

    private BenchSchema schema;
    private JdbcCrmStore store;
    private TenantId tenant;
    private ContactId contact;
    private ActivityQuery query;
    private PlainQueries plain;

    /** Loads the activities unless they are there from an earlier run. */
    @Setup(Level.Trial)
    public void open() {
        schema = BenchSchema.open(db, BenchEnvironment.current(), 2);
        store = schema.store(ReadDataset.PREFIX);
        contact = ReadDataset.ensureTimeline(schema, store, activities, otherActivities);
        tenant = ReadDataset.timelineTenant(activities, otherActivities);
        query = ActivityQuery.builder().addContacts(contact).build();
        plain = new PlainQueries(schema.dataSource(), db, ReadDataset.PREFIX, tenant.value());
    }

    /** Closes the store and the pool. */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        schema.close();
    }

    /** CRMKit: the newest {@value #PAGE_SIZE} activities. */
    @Benchmark
    public Page<Activity> firstPageCrmkit() {
        return store.inTransaction(tenant, uow -> uow.activities().find(query, PageRequest.first(PAGE_SIZE)));
    }

    /** CRMKit: every page, following the cursors; returns the number of activities read. */
    @Benchmark
    public int allPagesCrmkit() {
        int read = 0;
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            PageRequest next = request;
            Page<Activity> page = store.inTransaction(tenant, uow -> uow.activities().find(query, next));
            read += page.items().size();
            if (!page.hasNext()) {
                return read;
            }
            request = page.nextRequest(PAGE_SIZE);
        }
    }

    /** Baseline: the newest {@value #PAGE_SIZE} activities (one more row tells whether a next page exists). */
    @Benchmark
    public List<ActivityRow> firstPagePlain() throws SQLException {
        return plain.timeline(contact.value(), null, null, PAGE_SIZE + 1);
    }

    /** Baseline: every page with a hand-written keyset condition; returns the number of activities read. */
    @Benchmark
    public int allPagesPlain() throws SQLException {
        int read = 0;
        List<ActivityRow> page = plain.timeline(contact.value(), null, null, PAGE_SIZE + 1);
        while (true) {
            boolean more = page.size() > PAGE_SIZE;
            List<ActivityRow> items = more ? page.subList(0, PAGE_SIZE) : page;
            read += items.size();
            if (!more) {
                return read;
            }
            ActivityRow last = items.get(items.size() - 1);
            page = plain.timeline(contact.value(), last.occurredAt(), last.id(), PAGE_SIZE + 1);
        }
    }
}
