package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Compares forecast methods with what actually happened: for each case, each method forecasts from the
 * snapshot at the case's as-of moment, and the actual is the won value with a close date in the period
 * according to the full, current data.
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * Runs every method on every case.
     *
     * @param history the full data
     * @param cases   the as-of moments and periods
     * @param methods the methods to compare
     * @param context calendar, currency and rates for the actuals
     * @throws dev.crmkit.core.error.CrmException when a method or the actual cannot be evaluated
     */
    public static BacktestReport run(AsOfReplay history, List<BacktestCase> cases, List<ForecastMethod> methods,
                                     ForecastContext context) {
        List<BacktestRow> rows = new ArrayList<>();
        for (BacktestCase c : cases) {
            PipelineSnapshot known = history.snapshot(c.asOf());
            Money actual = WonValue.in(history.deals(), c.period(), context);
            for (ForecastMethod method : methods) {
                rows.add(row(c, method.forecast(known, c.period()), actual));
            }
        }
        return new BacktestReport(rows);
    }

    /** Scores one forecast against the actual. */
    public static BacktestRow row(BacktestCase testCase, MethodForecast forecast, Money actual) {
        Money error = forecast.point().minus(actual);
        Money absolute = error.isNegative() ? error.negate() : error;
        OptionalDouble percent = actual.isZero() ? OptionalDouble.empty()
                : OptionalDouble.of(error.amount().multiply(BigDecimal.valueOf(100))
                .divide(actual.amount(), MathContext.DECIMAL64).doubleValue());
        Optional<Boolean> contained = forecast.p10().isPresent() && forecast.p90().isPresent()
                ? Optional.of(forecast.p10().get().compareTo(actual) <= 0 && actual.compareTo(forecast.p90().get()) <= 0)
                : Optional.empty();
        return new BacktestRow(testCase, forecast, actual, error, absolute, percent, contained);
    }
}
