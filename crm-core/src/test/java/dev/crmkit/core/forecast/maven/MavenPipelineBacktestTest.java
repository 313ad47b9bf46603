package dev.crmkit.core.forecast.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.analytics.DealCohort;
import dev.crmkit.core.forecast.AsOfReplay;
import dev.crmkit.core.forecast.Backtest;
import dev.crmkit.core.forecast.BacktestCase;
import dev.crmkit.core.forecast.BacktestReport;
import dev.crmkit.core.forecast.BacktestRow;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.ForecastMethod;
import dev.crmkit.core.forecast.HistoricalWinRates;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.forecast.PredictiveForecaster;
import dev.crmkit.core.forecast.MethodForecast;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.UndatedDealPolicy;
import dev.crmkit.core.forecast.WonValue;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backtest on the Maven Analytics CRM sample: forecast Q3 2017 as of 2017-06-30 and Q4 2017 as of 2017-09-30
 * with the stage-weighted pipeline, the commit forecast, "same as last quarter" and the predictive forecast
 * (current defaults, and the earlier settings: weekly reference moments, interval from outcome randomness only),
 * each from the snapshot at the as-of date only, and compare with the actual won value.
 */
class MavenPipelineBacktestTest {
    private static final PeriodCalendar CALENDAR = PeriodCalendar.utc();
    private static final long SEED = 20_170_630L;

    private static MavenPipelineData data;
    private static AsOfReplay replay;
    private static ForecastContext context;

    @BeforeAll
    static void load() throws Exception {
        String shared = System.getProperty("crm.shared.data");
        Path folder = shared == null ? null : Path.of(shared, "maven-crm-sales-opportunities");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder),
                "Maven CRM sample not found (system property crm.shared.data=" + shared + "); skipping");
        data = MavenPipelineData.load(folder);
        replay = data.replay();
        context = ForecastContext.builder().pipelines(data.pipeline).calendar(CALENDAR).reportingCurrency("USD")
                .teams(data.teams()).undatedDeals(UndatedDealPolicy.IN_EVERY_PERIOD).build();
    }

    @Test
    void importMatchesThePublishedCounts() {
        assertThat(data.deals).hasSize(8_300);
        assertThat(data.prospectingSkipped).isEqualTo(500);
        PipelineSnapshot atQ3End = replay.snapshot(endOfDay("2017-09-30"));
        long open = atQ3End.deals().stream().filter(d -> d.stage().equals(MavenPipelineData.ENGAGING)).count();
        assertThat(open).isEqualTo(2_409);
    }

    @Test
    void backtestQ3AndQ4() {
        List<BacktestCase> cases = List.of(
                new BacktestCase(endOfDay("2017-06-30"), CALENDAR.parse("2017-Q3")),
                new BacktestCase(endOfDay("2017-09-30"), CALENDAR.parse("2017-Q4")));
        PredictiveForecaster.Builder defaults = PredictiveForecaster.builder().context(context).seed(SEED);
        // The earlier defaults: weekly (overlapping) reference moments, and an interval from outcome randomness only.
        PredictiveForecaster earlier = PredictiveForecaster.builder().context(context).seed(SEED)
                .estimator(HistoricalWinRates.builder().stepDays(7).build()).parameterUncertainty(false).build();
        // The two changes one at a time, for the report.
        PredictiveForecaster weeklyWithUncertainty = PredictiveForecaster.builder().context(context).seed(SEED)
                .estimator(HistoricalWinRates.builder().stepDays(7).build()).build();
        PredictiveForecaster horizonWithoutUncertainty = PredictiveForecaster.builder().context(context).seed(SEED)
                .parameterUncertainty(false).build();
        StringBuilder report = new StringBuilder();
        List<BacktestRow> predictive = new ArrayList<>();
        List<BacktestRow> predictiveEarlier = new ArrayList<>();
        for (BacktestCase c : cases) {
            // The "engaging" stage probability is calibrated on the deals closed by the as-of date (win rate by count).
            PipelineSnapshot known = replay.snapshot(c.asOf());
            double winRate = DealCohort.of(known, context).winRate().byCount().orElseThrow();
            Percentage engaging = new Percentage(BigDecimal.valueOf(winRate * 100).setScale(2, RoundingMode.HALF_EVEN));
            ForecastContext weightedContext = context.toBuilder().pipelines(MavenPipelineData.pipeline(engaging)).build();
            BacktestReport baselines = Backtest.run(replay, List.of(c), List.of(ForecastMethod.weighted(weightedContext),
                    ForecastMethod.categories(context), ForecastMethod.naive(context)), context);
            Money actual = baselines.rows().get(0).actual();

            PredictiveForecast f = defaults.build().forecast(replay, c.asOf(), c.period());
            BacktestRow row = row(c, "predictive", f, actual);
            predictive.add(row);
            PredictiveForecast old = earlier.forecast(replay, c.asOf(), c.period());
            BacktestRow oldRow = row(c, "pred. old", old, actual);
            predictiveEarlier.add(oldRow);

            // Only for the report: how the actual splits into deals open at the as-of date and deals created later.
            Money actualFromOpen = WonValue.in(replay.deals().stream()
                    .filter(d -> !d.createdAt().isAfter(c.asOf())).toList(), c.period(), context);
            Money actualNew = actual.minus(actualFromOpen);

            report.append(String.format(Locale.ROOT, "%n%s as of %s (engaging calibrated to %s%%)%n", c.period().label(),
                    c.asOf(), engaging));
            for (BacktestRow r : baselines.rows()) {
                report.append(line(r));
            }
            report.append(line(oldRow));
            report.append(line(row(c, "weekly+unc", weeklyWithUncertainty.forecast(replay, c.asOf(), c.period()), actual)));
            report.append(line(row(c, "horiz.exact", horizonWithoutUncertainty.forecast(replay, c.asOf(), c.period()),
                    actual)));
            report.append(line(row));
            report.append(String.format(Locale.ROOT, "  predictive parts: closed so far %s; %d open deals expected %s"
                            + " (actual from them %s; earlier settings %s); new business expected %s (actual %s)%n"
                            + "  open-deal rates: %s%n  new business: %s%n", f.closedWonSoFar(), f.openDeals().size(),
                    f.openExpected(), actualFromOpen, old.openExpected(), f.newBusiness().expectedValue(), actualNew,
                    f.method(), f.newBusiness().basis()));
            f.rates().forEach(cell -> report.append(String.format(Locale.ROOT, "    age %3d-%3d d: %6d observations,"
                    + " %5d won, rate %.4f%n", cell.ageFromDays(), cell.ageToDays() - 1, cell.observations(), cell.wins(),
                    cell.rate())));
            f.rateUncertainty().rates().forEach(r -> report.append(String.format(Locale.ROOT,
                    "    rate %-24s %.4f +- %.4f (%d distinct deals)%n", r.label(), r.mean(), r.standardDeviation(),
                    r.effectiveObservations())));

            assertThat(relativeError(f.newBusiness().expectedValue(), actualNew)).isLessThan(0.01);
            assertThat(f.parameterUncertainty()).isTrue();
        }
        System.out.println(report);

        assertThat(predictive.get(0).actual()).isEqualTo(Money.of("2982255.00", "USD"));
        assertThat(predictive.get(1).actual()).isEqualTo(Money.of("2802496.00", "USD"));
        // What the predictive forecast achieves, see docs/forecasting.md. Q3 is within the 10 % goal (+9.9 %), Q4
        // is not (+15.9 %), and neither P10-P90 interval contains the actual: the forecasts are too high and the
        // intervals, although wider than before, only reflect estimation error, not the drift of this data.
        assertThat(Math.abs(predictive.get(0).percentError().getAsDouble())).isLessThan(10.0);
        assertThat(Math.abs(predictive.get(1).percentError().getAsDouble())).isLessThan(16.0);
        // The earlier settings: +19.6 % and +23.3 %.
        assertThat(Math.abs(predictiveEarlier.get(0).percentError().getAsDouble())).isLessThan(20.0);
        assertThat(Math.abs(predictiveEarlier.get(1).percentError().getAsDouble())).isLessThan(24.0);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(Math.abs(predictive.get(i).percentError().getAsDouble()))
                    .isLessThan(Math.abs(predictiveEarlier.get(i).percentError().getAsDouble()));
            assertThat(halfWidth(predictive.get(i))).isGreaterThan(1.3 * halfWidth(predictiveEarlier.get(i)));
        }
    }

    private static BacktestRow row(BacktestCase c, String method, PredictiveForecast f, Money actual) {
        return Backtest.row(c, new MethodForecast(method, f.expected(), Optional.of(f.p10()), Optional.of(f.p90())), actual);
    }

    /** Half the P10-P90 width relative to the forecast. */
    private static double halfWidth(BacktestRow r) {
        double p10 = r.forecast().p10().orElseThrow().amount().doubleValue();
        double p90 = r.forecast().p90().orElseThrow().amount().doubleValue();
        return (p90 - p10) / 2 / r.forecast().point().amount().doubleValue();
    }

    @Test
    void predictiveForecastSeesOnlyTheSnapshot() {
        PredictiveForecaster forecaster = PredictiveForecaster.builder().context(context).seed(SEED).runs(200).build();
        Instant asOf = endOfDay("2017-09-30");
        Period q4 = CALENDAR.parse("2017-Q4");
        assertThat(forecaster.forecast(replay.snapshot(asOf).replay(), asOf, q4))
                .isEqualTo(forecaster.forecast(replay, asOf, q4));
    }

    private static double relativeError(Money forecast, Money actual) {
        return Math.abs(forecast.amount().doubleValue() / actual.amount().doubleValue() - 1);
    }

    private static String line(BacktestRow r) {
        return String.format(Locale.ROOT, "  %-11s %14s  P10 %14s  P90 %14s  actual %14s  error %+8.2f%%  in P10-P90: %s%n",
                r.method(), r.forecast().point(), r.forecast().p10().map(Money::toString).orElse("-"),
                r.forecast().p90().map(Money::toString).orElse("-"), r.actual(), r.percentError().orElse(Double.NaN),
                r.intervalContainsActual().map(String::valueOf).orElse("-"));
    }

    /** The end of the day: midnight after it, which sees every event dated that day (events are at noon). */
    private static Instant endOfDay(String date) {
        return LocalDate.parse(date).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
