package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps business dates and instants to reporting periods: calendar months, fiscal quarters and fiscal years
 * whose first month is configurable, in a configurable time zone.
 *
 * <p>A fiscal year is named after the calendar year in which it ends: with April as the first month,
 * {@code FY2026} runs from 2025-04-01 to 2026-03-31. With January (the default) fiscal years are calendar
 * years. Quarters are fiscal quarters: three-month blocks from the fiscal year's first month. Their label is
 * {@code 2017-Q4} when the fiscal year starts in January and {@code FY2026-Q1} otherwise; {@link #parse}
 * accepts both forms, so {@code 2026-Q1} names fiscal quarter 1 of fiscal year 2026 in any calendar.
 * Instants are mapped to dates in {@link #zone()}: a deal closed at 2017-10-01T05:00Z belongs to
 * September in {@code America/Los_Angeles}.
 *
 * @param fiscalYearStart the first month of the fiscal year
 * @param zone            the zone in which period boundaries (midnight) are drawn
 */
public record PeriodCalendar(Month fiscalYearStart, ZoneId zone) {
    private static final Pattern MONTH_LABEL = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER_LABEL = Pattern.compile("(?:FY)?(\\d{4})-Q([1-4])");
    private static final Pattern YEAR_LABEL = Pattern.compile("FY(\\d{4})");

    public PeriodCalendar {
        ValidationException.check(fiscalYearStart != null, "fiscalYearStart", null, "is required");
        ValidationException.check(zone != null, "zone", null, "is required");
    }

    /** Calendar years (fiscal year starting in January) in UTC. */
    public static PeriodCalendar utc() {
        return new PeriodCalendar(Month.JANUARY, ZoneOffset.UTC);
    }

    /** Calendar years (fiscal year starting in January) in the given zone. */
    public static PeriodCalendar calendarYears(ZoneId zone) {
        return new PeriodCalendar(Month.JANUARY, zone);
    }

    /** The business date of an instant in this calendar's zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of the period (midnight of its first day in the zone). */
    public Instant startOf(Period period) {
        return period.start().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (midnight of its end date in the zone). */
    public Instant endOf(Period period) {
        return period.end().atStartOfDay(zone).toInstant();
    }

    /** Whether the instant falls in the period in this calendar's zone. */
    public boolean contains(Period period, Instant instant) {
        return period.contains(dateOf(instant));
    }

    /** The number of the fiscal year the date belongs to (named after the calendar year in which it ends). */
    public int fiscalYearOf(LocalDate date) {
        if (fiscalYearStart == Month.JANUARY) {
            return date.getYear();
        }
        return date.getMonthValue() >= fiscalYearStart.getValue() ? date.getYear() + 1 : date.getYear();
    }

    /** The calendar month containing the date. */
    public Period month(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return new Period(PeriodKind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1), month.toString());
    }

    /** The fiscal quarter containing the date. */
    public Period quarter(LocalDate date) {
        int fiscalYear = fiscalYearOf(date);
        int monthsIn = Math.floorMod(date.getMonthValue() - fiscalYearStart.getValue(), 12);
        return quarter(fiscalYear, monthsIn / 3 + 1);
    }

    /** Fiscal quarter {@code number} (1-4) of fiscal year {@code fiscalYear}. */
    public Period quarter(int fiscalYear, int number) {
        ValidationException.check(number >= 1 && number <= 4, "quarter", number, "must be 1 to 4");
        LocalDate start = fiscalYearStartDate(fiscalYear).plusMonths(3L * (number - 1));
        String label = (fiscalYearStart == Month.JANUARY ? "" : "FY") + fiscalYear + "-Q" + number;
        return new Period(PeriodKind.QUARTER, start, start.plusMonths(3), label);
    }

    /** The fiscal year containing the date. */
    public Period fiscalYear(LocalDate date) {
        return fiscalYear(fiscalYearOf(date));
    }

    /** Fiscal year {@code fiscalYear}. */
    public Period fiscalYear(int fiscalYear) {
        LocalDate start = fiscalYearStartDate(fiscalYear);
        return new Period(PeriodKind.FISCAL_YEAR, start, start.plusYears(1), "FY" + fiscalYear);
    }

    /** The period of the given kind containing the date. */
    public Period period(PeriodKind kind, LocalDate date) {
        return switch (kind) {
            case MONTH -> month(date);
            case QUARTER -> quarter(date);
            case FISCAL_YEAR -> fiscalYear(date);
        };
    }

    /** The period of the given kind containing the instant (in this calendar's zone). */
    public Period period(PeriodKind kind, Instant instant) {
        return period(kind, dateOf(instant));
    }

    /** The period of the same kind right after this one. */
    public Period next(Period period) {
        return period(period.kind(), period.end());
    }

    /** The period of the same kind right before this one. */
    public Period previous(Period period) {
        return period(period.kind(), period.start().minusDays(1));
    }

    /**
     * Parses a label: {@code 2017-11} (month), {@code 2017-Q4} or {@code FY2017-Q4} (fiscal quarter),
     * {@code FY2017} (fiscal year).
     *
     * @throws ValidationException (field {@code period}) for any other text
     */
    public Period parse(String label) {
        ValidationException.check(label != null, "period", null, "is required");
        String text = label.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = MONTH_LABEL.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            ValidationException.check(month >= 1 && month <= 12, "period", label, "month must be 01 to 12");
            return month(LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
        }
        m = QUARTER_LABEL.matcher(text);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR_LABEL.matcher(text);
        if (m.matches()) {
            return fiscalYear(Integer.parseInt(m.group(1)));
        }
        throw new ValidationException("period", label, "is not a period label (expected 2017-11, 2017-Q4, FY2017-Q4 or FY2017)");
    }

    private LocalDate fiscalYearStartDate(int fiscalYear) {
        int startYear = fiscalYearStart == Month.JANUARY ? fiscalYear : fiscalYear - 1;
        return LocalDate.of(startYear, fiscalYearStart, 1);
    }
}
