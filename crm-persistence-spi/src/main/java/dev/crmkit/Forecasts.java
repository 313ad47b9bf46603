package dev.crmkit;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.Attainment;
import dev.crmkit.core.forecast.Backtest;
import dev.crmkit.core.forecast.BacktestCase;
import dev.crmkit.core.forecast.BacktestReport;
import dev.crmkit.core.forecast.CategoryRollup;
import dev.crmkit.core.forecast.CategoryTotals;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.ForecastMethod;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.PeriodKind;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.forecast.PredictiveForecaster;
import dev.crmkit.core.forecast.Quota;
import dev.crmkit.core.forecast.QuotaAttainment;
import dev.crmkit.core.forecast.RollupReport;
import dev.crmkit.core.forecast.WeightedPipeline;
import dev.crmkit.core.forecast.WeightedPipelineReport;
import dev.crmkit.core.forecast.WinProbabilityEstimator;
import dev.crmkit.core.forecast.WonValue;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.insight.BacktestMethod;
import dev.crmkit.insight.ForecastInputs;
import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.InsightReads;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.spi.DealQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sales forecasts of one tenant over any store, computed with {@code dev.crmkit.core.forecast}: weighted
 * pipeline, forecast-category rollups, quota attainment, won value, as-of replay, the predictive forecast and
 * backtests. Periods come from the calendar configured on the {@link Crm.Builder} (default calendar years in
 * UTC); amounts are reported in its reporting currency through its {@code ExchangeRates}.
 *
 * <p><b>What is read.</b> Period reports read only the deals that can count in the period: open deals by a store
 * query on the expected close date, and closed deals through their closing stage-history entries inside the
 * period; memory is proportional to those deals. The predictive forecast, backtests and as-of replay read
 * every deal of the tenant with its stage history ({@link #inputs()}: 1,000 deals per page, one history read per
 * page), so memory is proportional to the tenant's deals, which those computations need anyway.
 *
 * <p><b>Transactions.</b> Each method reads in one transaction (or in the caller's, inside
 * {@link CrmTenant#inTransaction}); the simulation and backtests run after the read. Nothing is written.
 *
 * <p><b>Errors</b> (every method): {@link ValidationException} (field {@code reportingCurrency}) when no
 * reporting currency is configured and the tenant's deals carry several currencies;
 * {@link dev.crmkit.core.forecast.MissingExchangeRateException} when an amount cannot be converted.
 */
public final class Forecasts {
    private final TxRunner runner;
    private final InsightConfig config;

    Forecasts(TxRunner runner, InsightConfig config) {
        this.runner = runner;
        this.config = config;
    }

    /** The period calendar configured on the builder. No store access. */
    public PeriodCalendar calendar() {
        return config.calendar();
    }

    /**
     * A period by its label in the configured calendar: {@code 2026-03}, {@code 2026-Q1}, {@code FY2026-Q1},
     * {@code FY2026}. No store access.
     *
     * @throws ValidationException (field {@code period}) for any other text
     */
    public Period period(String label) {
        return config.calendar().parse(label);
    }

    /** The period of this kind that contains the clock's current instant. No store access. */
    public Period currentPeriod(PeriodKind kind) {
        Objects.requireNonNull(kind, "kind");
        return runner.call(ctx -> config.calendar().period(kind, ctx.now()));
    }

    /**
     * The tenant's forecast context: its pipelines with the configured calendar, reporting currency, rates,
     * teams and undated-deal policy, for hosts that call {@code crm-core} directly.
     *
     * @throws ValidationException (field {@code pipelines}) when the tenant has no pipeline
     */
    public ForecastContext context() {
        return runner.call(ctx -> InsightReads.requireContext(ctx, config));
    }

    /** {@link #weightedPipeline(Period, DealQuery)} over every deal of the tenant. */
    public WeightedPipelineReport weightedPipeline(Period period) {
        return weightedPipeline(period, DealQuery.all());
    }

    /**
     * The weighted pipeline of a period ({@link WeightedPipeline#compute}): the open deals expected to close in
     * it, each amount times its effective probability, grouped by pipeline, stage, owner and team.
     *
     * @param period the period
     * @param scope  narrows the deals by pipeline, stages, owner, account or contact; its status and
     *               expected-close bounds must be unset (the period decides them)
     * @throws ValidationException when the scope sets status or close-date bounds
     */
    public WeightedPipelineReport weightedPipeline(Period period, DealQuery scope) {
        Objects.requireNonNull(period, "period");
        InsightReads.checkPeriodScope(Objects.requireNonNull(scope, "scope"));
        return runner.call(ctx -> {
            Optional<ForecastContext> context = InsightReads.context(ctx, config);
            if (context.isEmpty()) {
                Money zero = Money.zero(InsightReads.reportingCurrency(ctx, config));
                return new WeightedPipelineReport(period, zero, zero, Map.of(), Map.of(), Map.of(), Map.of(), List.of());
            }
            List<Deal> open = InsightReads.openDeals(ctx, scope, period, context.get());
            return WeightedPipeline.compute(open, period, context.get());
        });
    }

    /** {@link #categoryRollup(Period, DealQuery)} over every deal of the tenant. */
    public RollupReport categoryRollup(Period period) {
        return categoryRollup(period, DealQuery.all());
    }

    /**
     * Forecast-category rollups of a period ({@link CategoryRollup#rollup}): open deals expected to close in
     * it by their effective category, won deals closed in it as CLOSED and lost ones as OMITTED, overall and by
     * owner and team.
     *
     * @param period the period
     * @param scope  as for {@link #weightedPipeline(Period, DealQuery)}
     * @throws ValidationException when the scope sets status or close-date bounds
     */
    public RollupReport categoryRollup(Period period, DealQuery scope) {
        Objects.requireNonNull(period, "period");
        InsightReads.checkPeriodScope(Objects.requireNonNull(scope, "scope"));
        return runner.call(ctx -> {
            Optional<ForecastContext> context = InsightReads.context(ctx, config);
            if (context.isEmpty()) {
                return new RollupReport(period, CategoryTotals.zero(InsightReads.reportingCurrency(ctx, config)),
                        Map.of(), Map.of());
            }
            return CategoryRollup.rollup(periodDeals(ctx, scope, period, context.get()), period, context.get());
        });
    }

    /**
     * Attainment and coverage of the host's quotas for a period ({@link QuotaAttainment#compute}) against the
     * period's category rollup of every deal. Quotas of other periods are skipped.
     *
     * @throws dev.crmkit.core.error.CurrencyMismatchException when a quota is not in the reporting currency
     * @throws ValidationException                             when a quota is missing
     */
    public List<Attainment> attainment(Period period, Collection<Quota> quotas) {
        Objects.requireNonNull(quotas, "quotas");
        return QuotaAttainment.compute(categoryRollup(period), quotas);
    }

    /**
     * The won value of a period ({@link WonValue#in}): deals won now whose close moment falls in it.
     */
    public Money wonValue(Period period) {
        Objects.requireNonNull(period, "period");
        return runner.call(ctx -> {
            Optional<ForecastContext> context = InsightReads.context(ctx, config);
            if (context.isEmpty()) {
                return Money.zero(InsightReads.reportingCurrency(ctx, config));
            }
            return WonValue.in(InsightReads.closedDeals(ctx, DealQuery.all(), period, context.get()), period, context.get());
        });
    }

    /** {@link #inputs(DealQuery)} for every deal of the tenant. */
    public ForecastInputs inputs() {
        return inputs(DealQuery.all());
    }

    /**
     * The deals a query matches with their complete stage history and the tenant's pipelines, read 1,000 deals
     * per page with one stage-history read per page. Memory is proportional to the matching deals.
     */
    public ForecastInputs inputs(DealQuery scope) {
        Objects.requireNonNull(scope, "scope");
        return runner.call(ctx -> InsightReads.inputs(ctx, scope));
    }

    /**
     * The pipeline as it stood at a past moment ({@code AsOfReplay.snapshot}): the deals that existed then, as
     * they were, with the history known then. Reads every deal ({@link #inputs()}).
     *
     * @throws ValidationException (field {@code pipelines}) when the tenant has no pipeline
     */
    public PipelineSnapshot asOf(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return load().inputs().replay().snapshot(asOf);
    }

    /**
     * {@link #predictive(Period, Instant, long, WinProbabilityEstimator)} with the forecaster's default estimator
     * (historical win rates by stage and age, {@link WinProbabilityEstimator#historical()}).
     */
    public PredictiveForecast predictive(Period period, Instant asOf, long seed) {
        return predictive(period, asOf, seed, Optional.empty());
    }

    /**
     * The predictive forecast of a period's won value as known at {@code asOf} ({@link PredictiveForecaster}):
     * closed won so far, each open deal's amount times its estimated win probability, and expected new business,
     * with a seeded simulation (10,000 runs) for P10/P50/P90. Reads every deal with its history
     * ({@link #inputs()}); the same data, moment and seed give the same forecast.
     *
     * @param period    the period to forecast
     * @param asOf      the moment of the forecast; only what was known then is used
     * @param seed      the simulation seed
     * @param estimator how open deals' win probabilities are estimated, e.g.
     *                  {@link Scoring#dealEstimator} for a trained deal model
     * @throws ValidationException (field {@code pipelines}) when the tenant has no pipeline, or when the
     *                             estimator returns a probability outside 0..1
     */
    public PredictiveForecast predictive(Period period, Instant asOf, long seed, WinProbabilityEstimator estimator) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(estimator, "estimator");
        return predictive(period, asOf, seed, Optional.of(estimator));
    }

    private PredictiveForecast predictive(Period period, Instant asOf, long seed, Optional<WinProbabilityEstimator> estimator) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Loaded loaded = load();
        PredictiveForecaster.Builder builder = PredictiveForecaster.builder().context(loaded.context()).seed(seed);
        estimator.ifPresent(builder::estimator);
        return builder.build().forecast(loaded.inputs().replay(), asOf, period);
    }

    /**
     * {@link #backtest(List, long, BacktestMethod...)} over the cases pairing the i-th as-of moment with the
     * i-th period.
     *
     * @throws ValidationException (field {@code periods}) when the lists differ in length
     */
    public BacktestReport backtest(List<Instant> asOfDates, List<Period> periods, long seed, BacktestMethod... methods) {
        Objects.requireNonNull(asOfDates, "asOfDates");
        Objects.requireNonNull(periods, "periods");
        ValidationException.check(asOfDates.size() == periods.size(), "periods", periods.size(),
                "needs one period per as-of date (" + asOfDates.size() + ")");
        List<BacktestCase> cases = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            cases.add(new BacktestCase(asOfDates.get(i), periods.get(i)));
        }
        return backtest(cases, seed, methods);
    }

    /**
     * Backtests built-in methods ({@link Backtest#run}): each forecasts each case's period from the snapshot at
     * its as-of moment, and is compared with the won value that actually closed in the period. Reads every deal
     * with its history once.
     *
     * @param cases   the as-of moments and periods
     * @param seed    the predictive method's simulation seed
     * @param methods the methods to compare; none means all four, in enum order
     * @throws ValidationException (field {@code pipelines}) when the tenant has no pipeline
     */
    public BacktestReport backtest(List<BacktestCase> cases, long seed, BacktestMethod... methods) {
        Objects.requireNonNull(cases, "cases");
        List<BacktestMethod> chosen = methods == null || methods.length == 0 ? List.of(BacktestMethod.values()) : List.of(methods);
        return backtest(cases, context -> {
            List<ForecastMethod> out = new ArrayList<>();
            for (BacktestMethod method : chosen) {
                out.add(switch (method) {
                    case WEIGHTED -> ForecastMethod.weighted(context);
                    case CATEGORIES -> ForecastMethod.categories(context);
                    case NAIVE -> ForecastMethod.naive(context);
                    case PREDICTIVE -> ForecastMethod.predictive(PredictiveForecaster.builder().context(context).seed(seed).build());
                });
            }
            return out;
        });
    }

    /**
     * Backtests the host's own methods, e.g. a predictive forecaster with a trained estimator:
     * {@code backtest(cases, ctx -> List.of(ForecastMethod.predictive(PredictiveForecaster.builder().context(ctx)
     * .seed(7).estimator(estimator).build())))}.
     *
     * @param cases   the as-of moments and periods
     * @param methods makes the methods from the tenant's forecast context
     * @throws ValidationException (field {@code pipelines}) when the tenant has no pipeline
     */
    public BacktestReport backtest(List<BacktestCase> cases, Function<ForecastContext, List<ForecastMethod>> methods) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(methods, "methods");
        Loaded loaded = load();
        return Backtest.run(loaded.inputs().replay(), cases, methods.apply(loaded.context()), loaded.context());
    }

    private static List<Deal> periodDeals(TxContext ctx, DealQuery scope, Period period, ForecastContext context) {
        List<Deal> deals = new ArrayList<>(InsightReads.openDeals(ctx, scope, period, context));
        deals.addAll(InsightReads.closedDeals(ctx, scope, period, context));
        return deals;
    }

    private Loaded load() {
        return runner.call(ctx -> new Loaded(InsightReads.requireContext(ctx, config), InsightReads.inputs(ctx, DealQuery.all())));
    }

    private record Loaded(ForecastContext context, ForecastInputs inputs) {
    }
}
