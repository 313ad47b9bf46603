package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period: the business dates from {@code start} (inclusive) to {@code end} (exclusive), with
 * its label. Periods are made by a {@link PeriodCalendar}, which also maps instants to dates in its zone.
 *
 * @param kind  month, quarter or fiscal year
 * @param start the first day
 * @param end   the day after the last day
 * @param label the label, e.g. {@code 2017-11}, {@code 2017-Q4}, {@code FY2026}
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end, String label) {
    public Period {
        ValidationException.check(kind != null, "period.kind", null, "is required");
        ValidationException.check(start != null, "period.start", null, "is required");
        ValidationException.check(end != null, "period.end", null, "is required");
        ValidationException.check(start.isBefore(end), "period.end", end, "must be after the start " + start);
        label = ValidationException.requireText("period.label", label, 32);
    }

    /** Whether the date falls in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** The number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    @Override
    public String toString() {
        return label + " [" + start + ", " + end + ")";
    }
}
