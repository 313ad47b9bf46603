package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One method's forecast for one backtest case against the actual.
 *
 * @param testCase               the case
 * @param forecast               the method's forecast
 * @param actual                 won value with a close date in the period, from the full history
 * @param error                  forecast minus actual (positive: over-forecast)
 * @param absoluteError          |error|
 * @param percentError           error / actual x 100; empty when the actual is zero
 * @param intervalContainsActual whether P10 &lt;= actual &lt;= P90; empty for methods without an interval
 */
public record BacktestRow(BacktestCase testCase, MethodForecast forecast, Money actual, Money error, Money absoluteError,
                          OptionalDouble percentError, Optional<Boolean> intervalContainsActual) {

    /** The method's name. */
    public String method() {
        return forecast.method();
    }
}
