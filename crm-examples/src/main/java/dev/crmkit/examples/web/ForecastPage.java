package dev.crmkit.examples.web;

import dev.crmkit.CrmTenant;
import dev.crmkit.Forecasts;
import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.forecast.BacktestCase;
import dev.crmkit.core.forecast.BacktestReport;
import dev.crmkit.core.forecast.BacktestRow;
import dev.crmkit.core.forecast.CategoryTotals;
import dev.crmkit.core.forecast.MethodSummary;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.PeriodKind;
import dev.crmkit.core.forecast.PredictiveForecast;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The forecast page, from the façade's {@link Forecasts}: for the current and the next quarter the weighted
 * forecast (won so far plus the weighted pipeline), the commit and best-case category forecasts and the
 * predictive forecast with its P10-P90 band, as an SVG chart and a table; then a backtest of the last completed
 * quarters, each forecast as of its first day, with a per-method summary.
 */
final class ForecastPage {
    /** The simulation seed: the same data gives the same figures on every reload. */
    static final long SEED = 20_240_101L;
    /** How many completed quarters the backtest covers. */
    static final int BACKTEST_QUARTERS = 4;

    private final CrmTenant tenant;
    private final Clock clock;

    ForecastPage(CrmTenant tenant, Clock clock) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Everything the page shows. */
    record Data(Instant asOf, List<ForecastFigures> figures, List<PredictiveForecast> predictive,
                BacktestReport backtest) {
    }

    /**
     * Computes the page's figures.
     *
     * @throws CrmException when the façade cannot forecast (no pipeline, several currencies without a reporting
     *                      currency, a missing exchange rate)
     */
    Data load() {
        Forecasts forecasts = tenant.forecasts();
        Instant now = clock.instant();
        PeriodCalendar calendar = forecasts.calendar();
        Period current = forecasts.currentPeriod(PeriodKind.QUARTER);
        List<ForecastFigures> figures = new ArrayList<>();
        List<PredictiveForecast> predictive = new ArrayList<>();
        for (Period period : List.of(current, calendar.next(current))) {
            Money weighted = forecasts.wonValue(period).plus(forecasts.weightedPipeline(period).weighted());
            CategoryTotals categories = forecasts.categoryRollup(period).total();
            PredictiveForecast forecast = forecasts.predictive(period, now, SEED);
            predictive.add(forecast);
            figures.add(new ForecastFigures(period.label(), weighted, categories.commitForecast(),
                    categories.bestCaseForecast(), forecast.expected(), forecast.p10(), forecast.p50(), forecast.p90()));
        }
        List<BacktestCase> cases = new ArrayList<>();
        Period quarter = current;
        for (int i = 0; i < BACKTEST_QUARTERS; i++) {
            quarter = calendar.previous(quarter);
            cases.add(0, new BacktestCase(calendar.startOf(quarter), quarter));
        }
        return new Data(now, figures, predictive, forecasts.backtest(cases, SEED));
    }

    /** Renders the page; a forecast the façade refuses becomes a message on the page. */
    String render(FormToken token) {
        Data data;
        try {
            data = load();
        } catch (CrmException e) {
            return Layout.page("Forecast", token, "forecast", html -> {
                html.element("h1", "Forecast");
                html.element("p", "No forecast: " + e.getMessage(), "class", "error-message");
            });
        }
        return Layout.page("Forecast", token, "forecast", html -> {
            html.element("h1", "Forecast");
            html.element("p", "As of " + Formats.moment(data.asOf(), clock.getZone()) + " " + Formats.zone(clock.getZone())
                    + ", in " + data.figures().get(0).weighted().currencyCode() + ". Predictive figures: "
                    + Formats.number(BigDecimal.valueOf(data.predictive().get(0).runs())) + " simulated runs, seed "
                    + SEED + ".", "class", "hint");
            html.open("section", "class", "chart-panel", "aria-label", "Forecast chart");
            ForecastChart.write(html, data.figures());
            html.close();
            figures(html, data);
            backtest(html, data.backtest());
        });
    }

    private static void figures(HtmlWriter html, Data data) {
        html.element("h2", "Current and next quarter");
        html.open("table", "class", "figures");
        header(html, "Quarter", "Weighted", "Commit", "Best case", "Predictive", "P10", "P50", "P90",
                "Won so far", "Open deals", "New business");
        html.open("tbody");
        for (int i = 0; i < data.figures().size(); i++) {
            ForecastFigures figures = data.figures().get(i);
            PredictiveForecast forecast = data.predictive().get(i);
            html.open("tr", "data-period", figures.period());
            html.element("td", figures.period());
            for (Money money : List.of(figures.weighted(), figures.commit(), figures.bestCase(), figures.expected(),
                    figures.p10(), figures.p50(), figures.p90(), forecast.closedWonSoFar(), forecast.openExpected(),
                    forecast.newBusiness().expectedValue())) {
                html.element("td", Formats.number(money.amount()));
            }
            html.close();
        }
        html.close();
        html.close();
        html.element("p", "Weighted: won so far plus each open deal's amount times its probability. Commit and best "
                + "case: the category rollups (closed included). Predictive: won so far, open deals by historical win "
                + "rates, and expected new business; open deals count in the quarter of their expected close date.",
                "class", "muted");
    }

    private void backtest(HtmlWriter html, BacktestReport report) {
        html.element("h2", "Backtest of the last " + BACKTEST_QUARTERS + " quarters");
        html.element("p", "Each quarter forecast as of its first day from what was known then, against the won value "
                + "that closed in it.", "class", "muted");
        html.open("table", "class", "backtest");
        header(html, "Quarter", "As of", "Method", "Forecast", "P10 - P90", "Actual", "Error", "Error %", "In band");
        html.open("tbody");
        for (BacktestRow row : report.rows()) {
            html.open("tr", "data-period", row.testCase().period().label(), "data-method", row.method());
            html.element("td", row.testCase().period().label());
            html.element("td", Formats.moment(row.testCase().asOf(), clock.getZone()));
            html.element("td", row.method());
            html.element("td", Formats.number(row.forecast().point().amount()));
            html.element("td", row.forecast().p10().isPresent() && row.forecast().p90().isPresent()
                    ? Formats.number(row.forecast().p10().get().amount()) + " - "
                            + Formats.number(row.forecast().p90().get().amount())
                    : "\u2014");
            html.element("td", Formats.number(row.actual().amount()));
            html.element("td", Formats.number(row.error().amount()));
            html.element("td", percent(row.percentError()));
            row.intervalContainsActual().ifPresentOrElse(
                    inside -> html.element("td", inside ? "yes" : "no", "class", inside ? "hit" : "miss"),
                    () -> html.element("td", "\u2014"));
            html.close();
        }
        html.close();
        html.close();
        html.element("h2", "Backtest summary");
        html.open("table", "class", "backtest summary");
        header(html, "Method", "Cases", "Mean abs. error", "Mean abs. error %", "Bias", "P10-P90 coverage");
        html.open("tbody");
        for (MethodSummary summary : report.summary()) {
            html.open("tr", "data-method", summary.method());
            html.element("td", summary.method());
            html.element("td", summary.cases());
            html.element("td", Formats.number(summary.meanAbsoluteError().amount()));
            html.element("td", summary.meanAbsolutePercentError().isPresent()
                    ? String.format(Locale.ROOT, "%.1f %%", summary.meanAbsolutePercentError().getAsDouble())
                    : "\u2014");
            html.element("td", Formats.number(summary.bias().amount()));
            html.element("td", summary.intervalCoverage().isPresent()
                    ? Formats.percentOf(summary.intervalCoverage().getAsDouble()) : "\u2014");
            html.close();
        }
        html.close();
        html.close();
    }

    private static String percent(OptionalDouble percent) {
        return percent.isPresent() ? Formats.signedPercent(percent.getAsDouble()) : "\u2014";
    }

    private static void header(HtmlWriter html, String... headings) {
        html.open("thead").open("tr");
        for (String heading : headings) {
            html.element("th", heading, "scope", "col");
        }
        html.close().close();
    }
}
