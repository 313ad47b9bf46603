package dev.crmkit.examples.cli;

import dev.crmkit.core.forecast.AsOfReplay;
import dev.crmkit.core.forecast.CategoryRollup;
import dev.crmkit.core.forecast.CategoryTotals;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.MethodForecast;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.forecast.PredictiveForecaster;
import dev.crmkit.core.forecast.WeightedPipeline;
import dev.crmkit.core.forecast.WeightedPipelineReport;
import dev.crmkit.core.forecast.WonValue;
import dev.crmkit.core.model.shared.Money;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Forecasts of one period as known at one moment, by the chosen methods, each with how it was made; and the
 * table that prints them. Works on a {@link PipelineSnapshot}, so nothing recorded later is used.
 */
final class ForecastReport {
    private ForecastReport() {
    }

    /**
     * One method's forecast.
     *
     * @param method   the method
     * @param forecast the point forecast and, for the predictive method, P10 and P90
     * @param p50      the simulated median (predictive only)
     * @param basis    how the figure was made, in words
     */
    record Line(ForecastMethodName method, MethodForecast forecast, Optional<Money> p50, String basis) {
    }

    /**
     * Forecasts {@code period} by each method in {@code methods} (in the enum's order) from what {@code known}
     * holds at {@code asOf}.
     *
     * @throws dev.crmkit.core.error.CrmException when the data cannot be evaluated (a missing exchange rate)
     */
    static List<Line> forecast(TenantData known, AsOf asOf, Period period, ForecastContext context,
                               Set<ForecastMethodName> methods, long seed, int runs) {
        AsOfReplay replay = AsOfReplay.of(known.deals(), known.history(), known.pipelines());
        PipelineSnapshot snapshot = replay.snapshot(asOf.moment());
        List<Line> lines = new ArrayList<>();
        for (ForecastMethodName method : ForecastMethodName.values()) {
            if (!methods.contains(method)) {
                continue;
            }
            lines.add(switch (method) {
                case WEIGHTED -> weighted(snapshot, period, context);
                case CATEGORIES -> categories(snapshot, period, context);
                case NAIVE -> naive(snapshot, period, context);
                case PREDICTIVE -> predictive(replay, asOf, period, context, seed, runs);
            });
        }
        return lines;
    }

    private static Line weighted(PipelineSnapshot snapshot, Period period, ForecastContext context) {
        Money won = WonValue.in(snapshot.deals(), period, context);
        WeightedPipelineReport pipeline = WeightedPipeline.compute(snapshot.deals(), period, context);
        return new Line(ForecastMethodName.WEIGHTED, MethodForecast.point("weighted", won.plus(pipeline.weighted())),
                Optional.empty(), "won " + Formats.amount(won) + " + weighted pipeline " + Formats.amount(pipeline.weighted())
                + " (" + Formats.count(pipeline.lines().size()) + " open deals, " + Formats.amount(pipeline.openAmount()) + " unweighted)");
    }

    private static Line categories(PipelineSnapshot snapshot, Period period, ForecastContext context) {
        CategoryTotals totals = CategoryRollup.rollup(snapshot.deals(), period, context).total();
        return new Line(ForecastMethodName.CATEGORIES, MethodForecast.point("categories", totals.commitForecast()),
                Optional.empty(), "closed " + Formats.amount(totals.closed()) + " + commit " + Formats.amount(totals.commit())
                + " (most likely " + Formats.amount(totals.mostLikelyForecast()) + ", best case "
                + Formats.amount(totals.bestCaseForecast()) + ")");
    }

    private static Line naive(PipelineSnapshot snapshot, Period period, ForecastContext context) {
        Period previous = context.calendar().previous(period);
        Money won = WonValue.in(snapshot.deals(), previous, context);
        return new Line(ForecastMethodName.NAIVE, MethodForecast.point("naive", won), Optional.empty(),
                "won in " + previous.label() + " as known then");
    }

    private static Line predictive(AsOfReplay replay, AsOf asOf, Period period, ForecastContext context, long seed, int runs) {
        PredictiveForecast f = PredictiveForecaster.builder().context(context).seed(seed).runs(runs).build()
                .forecast(replay, asOf.moment(), period);
        String basis = "won " + Formats.amount(f.closedWonSoFar()) + " + open deals " + Formats.amount(f.openExpected())
                + " (" + Formats.count(f.openDeals().size()) + ") + new business " + Formats.amount(f.newBusiness().expectedValue())
                + String.format(Locale.ROOT, " (~%.1f deals)", f.newBusiness().expectedCount());
        return new Line(ForecastMethodName.PREDICTIVE,
                new MethodForecast("predictive", f.expected(), Optional.of(f.p10()), Optional.of(f.p90())),
                Optional.of(f.p50()), basis);
    }

    /** The header line: period, dates, as-of moment, currency and undated-deal policy. */
    static String header(String title, Period period, AsOf asOf, ForecastContext context) {
        return title + " " + period.label() + " (" + period.start() + " to " + period.lastDay() + ") as of " + asOf.label()
                + ", " + context.currency().getCurrencyCode() + ", " + ReportOptions.describe(context.undatedDeals());
    }

    /** Prints the lines as a table: method, forecast, P10, P50, P90, how. */
    static void print(PrintWriter out, List<Line> lines) {
        TextTable table = new TextTable().left("Method").right("Forecast").right("P10").right("P50").right("P90")
                .left("How", 120);
        for (Line line : lines) {
            MethodForecast f = line.forecast();
            table.row(line.method().label(), Formats.amount(f.point()), f.p10().map(Formats::amount).orElse(""),
                    line.p50().map(Formats::amount).orElse(""), f.p90().map(Formats::amount).orElse(""), line.basis());
        }
        table.print(out);
    }
}
