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
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.forecast.PredictiveForecaster;
import dev.crmkit.core.forecast.UndatedDealPolicy;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backtest on the Maven Analytics CRM sample: forecast Q3 2017 as of 2017-06-30 and Q4 2017 as of 2017-09-30
 * with the stage-weighted pipeline, the commit forecast, "same as last quarter" and the predictive forecast,
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
        PredictiveForecaster forecaster = PredictiveForecaster.builder().context(context).seed(SEED).build();
        List<BacktestRow> rows = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (BacktestCase c : cases) {
            // Stage probability of "engaging" calibrated on the deals closed by the as-of date (win rate by count).
            PipelineSnapshot known = replay.snapshot(c.asOf());
            double winRate = DealCohort.of(known, context).winRate().byCount().orElseThrow();
            Percentage engaging = new Percentage(BigDecimal.valueOf(winRate * 100).setScale(2, RoundingMode.HALF_EVEN));
            ForecastContext weightedContext = context.toBuilder().pipelines(MavenPipelineData.pipeline(engaging)).build();
            BacktestReport result = Backtest.run(replay, List.of(c), List.of(ForecastMethod.weighted(weightedContext),
                    ForecastMethod.categories(context), ForecastMethod.naive(context),
                    ForecastMethod.predictive(forecaster)), context);
            rows.addAll(result.rows());
            PredictiveForecast f = forecaster.forecast(replay, c.asOf(), c.period());
            report.append(String.format(Locale.ROOT, "%s as of %s: engaging probability %s%%, open deals %d,"
                            + " open expected %s, new business %s (%s), closed so far %s%n", c.period().label(),
                    c.asOf(), engaging, f.openDeals().size(), f.openExpected(), f.newBusiness().expectedValue(),
                    f.newBusiness().basis(), f.closedWonSoFar()));
            f.rates().forEach(cell -> report.append("  ").append(cell).append('\n'));
        }
        for (BacktestRow r : rows) {
            report.append(String.format(Locale.ROOT, "%-8s %-11s forecast %13s  P10 %13s  P90 %13s  actual %13s  error %+7.2f%%  in interval %s%n",
                    r.testCase().period().label(), r.method(), r.forecast().point(),
                    r.forecast().p10().map(Money::toString).orElse("-"), r.forecast().p90().map(Money::toString).orElse("-"),
                    r.actual(), r.percentError().orElse(Double.NaN), r.intervalContainsActual().map(String::valueOf).orElse("-")));
        }
        System.out.println(report);

        assertThat(rows.get(0).actual()).isEqualTo(Money.of("2982255.00", "USD"));
        assertThat(rows.get(4).actual()).isEqualTo(Money.of("2802496.00", "USD"));
    }

    /** The end of the day: midnight after it, which sees every event dated that day (events are at noon). */
    private static Instant endOfDay(String date) {
        return LocalDate.parse(date).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
