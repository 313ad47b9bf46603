package dev.crmkit.examples.bench;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import java.sql.SQLException;
import java.util.EnumSet;
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
 * The pipeline board ({@code DealRepository.board}: the main pipeline's open deals per stage and currency) and
 * the forecast inputs ({@code DealRepository.aggregate} of all open deals grouped by owner and expected-close
 * month) over {@code deals} deals of one tenant, each against the single hand-written {@code GROUP BY} a
 * developer would write ({@link PlainQueries}). Each call is one unit of work (CRMKit) or one pooled
 * connection (baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class BoardBenchmark {
    /** The database. */
    @Param({"H2"})
    public BenchDatabase db;

    /** Deals in the tenant. */
    @Param({"20000"})
    public int deals;

    private BenchSchema schema;
    private JdbcCrmStore store;
    private TenantId tenant;
    private PlainQueries plain;

    /** Opens the store and loads the deals unless they are there from an earlier run. */
    @Setup(Level.Trial)
    public void open() {
        schema = BenchSchema.open(db, BenchEnvironment.current(), 2);
        store = schema.store(ReadDataset.PREFIX);
        tenant = ReadDataset.ensureDeals(schema, store, deals);
        plain = new PlainQueries(schema.dataSource(), db, ReadDataset.PREFIX, tenant.value());
    }

    /** Closes the store and the pool (the data stay for the next run). */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        schema.close();
    }

    /** CRMKit: the board of the main pipeline's open deals. */
    @Benchmark
    public List<DealAggregate> boardCrmkit() {
        return store.inTransaction(tenant, uow -> uow.deals().board(BenchPipelines.MAIN.id(), DealStatus.OPEN));
    }

    /** Baseline: the same board with one hand-written GROUP BY. */
    @Benchmark
    public List<PlainAggregate> boardPlain() throws SQLException {
        return plain.board(BenchPipelines.MAIN.id().value());
    }

    /** CRMKit: open deals per owner, expected-close month and currency. */
    @Benchmark
    public List<DealAggregate> forecastInputsCrmkit() {
        return store.inTransaction(tenant, uow -> uow.deals().aggregate(DealQuery.builder().status(DealStatus.OPEN).build(),
                EnumSet.of(DealGrouping.OWNER, DealGrouping.CLOSE_MONTH)));
    }

    /** Baseline: the same groups with one hand-written GROUP BY. */
    @Benchmark
    public List<PlainAggregate> forecastInputsPlain() throws SQLException {
        return plain.forecastInputs();
    }
}
