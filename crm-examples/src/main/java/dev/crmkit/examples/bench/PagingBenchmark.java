package dev.crmkit.examples.bench;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.DealQuery;
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
 * Keyset paging in creation order over {@code deals} deals: the first page of {@value #PAGE_SIZE} against page
 * {@code deepPage}, reached by CRMKit's cursor of the page before it (captured once during setup; cursors stay
 * valid across processes), and both against the hand-written {@code WHERE id > ? ORDER BY id LIMIT ?} query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class PagingBenchmark {
    /** Deals per page. */
    public static final int PAGE_SIZE = 50;

    /** The database. */
    @Param({"H2"})
    public BenchDatabase db;

    /** Deals in the tenant. */
    @Param({"20000"})
    public int deals;

    /** The deep page (1-based); at most {@code deals / PAGE_SIZE}. */
    @Param({"400"})
    public int deepPage;

    private BenchSchema schema;
    private JdbcCrmStore store;
    private TenantId tenant;
    private PlainQueries plain;
    private DeepCursor deep;

    /** Loads the deals if needed and captures the deep page's cursor. */
    @Setup(Level.Trial)
    public void open() {
        schema = BenchSchema.open(db, BenchEnvironment.current(), 2);
        store = schema.store(ReadDataset.PREFIX);
        tenant = ReadDataset.ensureDeals(schema, store, deals);
        deep = ReadDataset.deepCursor(schema, store, tenant, deepPage, PAGE_SIZE);
        plain = new PlainQueries(schema.dataSource(), db, ReadDataset.PREFIX, tenant.value());
    }

    /** Closes the store and the pool. */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        schema.close();
    }

    /** CRMKit: page 1. */
    @Benchmark
    public Page<Deal> firstPageCrmkit() {
        return store.inTransaction(tenant, uow -> uow.deals().find(DealQuery.all(), PageRequest.first(PAGE_SIZE)));
    }

    /** CRMKit: page {@code deepPage}, from the previous page's cursor. */
    @Benchmark
    public Page<Deal> deepPageCrmkit() {
        return store.inTransaction(tenant, uow -> uow.deals().find(DealQuery.all(), PageRequest.after(deep.cursor(), PAGE_SIZE)));
    }

    /** Baseline: page 1. */
    @Benchmark
    public List<DealRow> firstPagePlain() throws SQLException {
        return plain.deals(null, PAGE_SIZE + 1);
    }

    /** Baseline: page {@code deepPage}, after the previous page's last id. */
    @Benchmark
    public List<DealRow> deepPagePlain() throws SQLException {
        return plain.deals(deep.afterId(), PAGE_SIZE + 1);
    }
}
