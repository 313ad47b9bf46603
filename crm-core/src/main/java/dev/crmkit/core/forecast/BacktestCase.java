package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.time.Instant;

/**
 * One backtest question: forecast {@code period} with what was known at {@code asOf}.
 *
 * @param asOf   the moment of the forecast
 * @param period the period forecast
 */
public record BacktestCase(Instant asOf, Period period) {
    public BacktestCase {
        ValidationException.check(asOf != null, "asOf", null, "is required");
        ValidationException.check(period != null, "period", null, "is required");
    }
}
