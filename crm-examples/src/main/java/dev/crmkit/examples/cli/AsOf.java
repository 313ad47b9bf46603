package dev.crmkit.examples.cli;

import dev.crmkit.core.forecast.PeriodCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The moment a report is made "as of", from {@code --as-of}. A date ({@code 2017-09-30}) means the end of that
 * day: the moment is the start of the next day in the calendar's zone, and what is known is what was recorded
 * strictly before it. An ISO instant ({@code 2017-09-30T12:00:00Z}) is taken as is.
 *
 * @param moment the moment
 * @param label  how reports name it (the date, or the instant)
 */
record AsOf(Instant moment, String label) {
    AsOf {
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(label, "label");
    }

    /** Now, labelled with today's date in the calendar's zone. */
    static AsOf now(Instant now, PeriodCalendar calendar) {
        return new AsOf(now, calendar.dateOf(now).toString());
    }

    /** The calendar date the report stands on (the day before the moment for a date, else the moment's date). */
    LocalDate date(PeriodCalendar calendar) {
        return calendar.dateOf(moment.minusNanos(1));
    }

    /**
     * Parses {@code --as-of}.
     *
     * @throws CommandLine.TypeConversionException (a usage error) when it is neither a date nor an instant
     */
    static AsOf parse(String text, PeriodCalendar calendar) {
        String value = text.strip();
        try {
            LocalDate date = LocalDate.parse(value);
            return new AsOf(date.plusDays(1).atStartOfDay(calendar.zone()).toInstant(), date.toString());
        } catch (DateTimeParseException notADate) {
            try {
                return new AsOf(Instant.parse(value), value);
            } catch (DateTimeParseException notAnInstant) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date (2017-09-30) or an instant (2017-09-30T12:00:00Z)");
            }
        }
    }
}
