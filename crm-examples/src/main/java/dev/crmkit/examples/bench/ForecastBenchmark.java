package dev.crmkit.examples.bench;

import dev.crmkit.core.forecast.CategoryRollup;
import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.RollupReport;
import dev.crmkit.core.forecast.WeightedPipeline;
import dev.crmkit.core.forecast.WeightedPipelineReport;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forecast rollups in memory, on one thread, over {@code forecastDeals} generated deals (two pipelines, USD and
 * EUR converted at a fixed rate, fiscal year 2025 = about half of them): {@code CategoryRollup} and
 * {@code WeightedPipeline}, against a plain loop that only sums the amounts of the deals counting in the same
 * period (no conversion, categories or groups): the floor any rollup over these objects has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ForecastBenchmark {
    /** Deals in memory. */
    @Param({"100000"})
    public int forecastDeals;

    private List<Deal> deals;
    private ForecastContext context;
    private Period period;

    /** Generates the deals. */
    @Setup(Level.Trial)
    public void prepare() {
        deals = List.copyOf(DealRows.toDeals(new DealRows(11L).rows(0, forecastDeals, new IdSequence(11L))));
        context = ForecastContext.builder().pipelines(BenchPipelines.all()).reportingCurrency("USD")
                .rates(ExchangeRates.fixed().rate("EUR", "USD", "1.08").build()).build();
        period = context.calendar().fiscalYear(2025);
    }

    /** CRMKit: forecast categories of the period. */
    @Benchmark
    public RollupReport categoryRollupCrmkit() {
        return CategoryRollup.rollup(deals, period, context);
    }

    /** CRMKit: the weighted pipeline of the period. */
    @Benchmark
    public WeightedPipelineReport weightedPipelineCrmkit() {
        return WeightedPipeline.compute(deals, period, context);
    }

    /** Baseline: the sum of the amounts of the deals counting in the period (close date, else expected close date). */
    @Benchmark
    public BigDecimal periodSumPlain() {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate start = period.start();
        LocalDate end = period.end();
        for (Deal deal : deals) {
            if (deal.amount().isEmpty()) {
                continue;
            }
            LocalDate date = deal.closedAt().isPresent() ? LocalDate.ofInstant(deal.closedAt().get(), ZoneOffset.UTC)
                    : deal.expectedCloseDate().orElse(null);
            if (date != null && !date.isBefore(start) && date.isBefore(end)) {
                Money amount = deal.amount().get();
                sum = sum.add(amount.amount());
            }
        }
        return sum;
    }
}
