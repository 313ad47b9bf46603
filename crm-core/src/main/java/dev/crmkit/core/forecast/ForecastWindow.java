package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * The part of a period a forecast made at {@code asOf} still has to predict: wins from {@code from}
 * (inclusive) to {@code to} (exclusive). {@code from} is the later of the as-of moment and the period's
 * start; the window is empty when the period is already over.
 *
 * @param asOf the moment the forecast is made
 * @param from the start of the predicted window
 * @param to   the end of the predicted window (the period's end)
 */
public record ForecastWindow(Instant asOf, Instant from, Instant to) {
    public ForecastWindow {
        ValidationException.check(asOf != null, "asOf", null, "is required");
        ValidationException.check(from != null, "from", null, "is required");
        ValidationException.check(to != null, "to", null, "is required");
        ValidationException.check(!from.isBefore(asOf), "from", from, "must not be before asOf " + asOf);
    }

    /** The window of {@code period} still open at {@code asOf}. */
    public static ForecastWindow of(Instant asOf, Period period, PeriodCalendar calendar) {
        Instant start = calendar.startOf(period);
        Instant end = calendar.endOf(period);
        Instant from = start.isAfter(asOf) ? start : asOf;
        return new ForecastWindow(asOf, from, end.isBefore(from) ? from : end);
    }

    /** Whether nothing remains to be predicted. */
    public boolean isEmpty() {
        return !from.isBefore(to);
    }

    /** From the as-of moment to the window's start (zero when the period has begun). */
    public Duration lead() {
        return Duration.between(asOf, from);
    }

    /** From the as-of moment to the window's end. */
    public Duration horizon() {
        return Duration.between(asOf, to);
    }

    /** The window's length. */
    public Duration length() {
        return Duration.between(from, to);
    }
}
