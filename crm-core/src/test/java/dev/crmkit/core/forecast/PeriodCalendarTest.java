package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodCalendarTest {
    private final PeriodCalendar utc = PeriodCalendar.utc();
    private final PeriodCalendar april = new PeriodCalendar(Month.APRIL, ZoneId.of("UTC"));

    @Test
    void calendarQuarterMonthAndYear() {
        Period q4 = utc.quarter(LocalDate.of(2017, 11, 15));
        assertThat(q4).isEqualTo(new Period(PeriodKind.QUARTER, LocalDate.of(2017, 10, 1), LocalDate.of(2018, 1, 1), "2017-Q4"));
        assertThat(q4.days()).isEqualTo(92);
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(utc.month(LocalDate.of(2016, 2, 29)))
                .isEqualTo(new Period(PeriodKind.MONTH, LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 1), "2016-02"));
        assertThat(utc.fiscalYear(LocalDate.of(2017, 12, 31)))
                .isEqualTo(new Period(PeriodKind.FISCAL_YEAR, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1), "FY2017"));
    }

    @Test
    void boundariesAreStartInclusiveEndExclusive() {
        Period q3 = utc.parse("2017-Q3");
        assertThat(q3.contains(LocalDate.of(2017, 7, 1))).isTrue();
        assertThat(q3.contains(LocalDate.of(2017, 9, 30))).isTrue();
        assertThat(q3.contains(LocalDate.of(2017, 10, 1))).isFalse();
        assertThat(q3.contains(LocalDate.of(2017, 6, 30))).isFalse();
        assertThat(utc.contains(q3, Instant.parse("2017-09-30T23:59:59.999Z"))).isTrue();
        assertThat(utc.contains(q3, Instant.parse("2017-10-01T00:00:00Z"))).isFalse();
        assertThat(utc.startOf(q3)).isEqualTo(Instant.parse("2017-07-01T00:00:00Z"));
        assertThat(utc.endOf(q3)).isEqualTo(Instant.parse("2017-10-01T00:00:00Z"));
    }

    @Test
    void fiscalYearStartingInAprilIsNamedAfterItsEndingYear() {
        Period fy = april.fiscalYear(LocalDate.of(2025, 4, 1));
        assertThat(fy).isEqualTo(new Period(PeriodKind.FISCAL_YEAR, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1), "FY2026"));
        assertThat(april.fiscalYearOf(LocalDate.of(2025, 3, 31))).isEqualTo(2025);
        assertThat(april.fiscalYearOf(LocalDate.of(2025, 4, 1))).isEqualTo(2026);
        assertThat(april.quarter(LocalDate.of(2025, 4, 1)))
                .isEqualTo(new Period(PeriodKind.QUARTER, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1), "FY2026-Q1"));
        assertThat(april.quarter(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new Period(PeriodKind.QUARTER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), "FY2026-Q4"));
        assertThat(april.quarter(LocalDate.of(2025, 12, 31)).label()).isEqualTo("FY2026-Q3");
        assertThat(april.parse("FY2026-Q2")).isEqualTo(april.quarter(LocalDate.of(2025, 7, 1)));
        assertThat(april.parse("2026-Q2")).isEqualTo(april.parse("FY2026-Q2"));
        assertThat(april.parse("FY2026")).isEqualTo(fy);
        assertThat(april.previous(april.parse("FY2026-Q1")).label()).isEqualTo("FY2025-Q4");
        assertThat(april.next(april.parse("FY2026-Q4")).label()).isEqualTo("FY2027-Q1");
    }

    @Test
    void instantsMapToDatesInTheCalendarsZone() {
        PeriodCalendar la = PeriodCalendar.calendarYears(ZoneId.of("America/Los_Angeles"));
        Instant instant = Instant.parse("2017-10-01T05:00:00Z");
        assertThat(la.period(PeriodKind.QUARTER, instant).label()).isEqualTo("2017-Q3");
        assertThat(utc.period(PeriodKind.QUARTER, instant).label()).isEqualTo("2017-Q4");
        Period q4 = la.parse("2017-Q4");
        assertThat(la.startOf(q4)).isEqualTo(Instant.parse("2017-10-01T07:00:00Z"));
        // The period ends at midnight Pacific Standard Time (UTC-8) after daylight saving ended in November.
        assertThat(la.endOf(q4)).isEqualTo(Instant.parse("2018-01-01T08:00:00Z"));
        assertThat(la.contains(q4, Instant.parse("2018-01-01T07:59:59Z"))).isTrue();
    }

    @Test
    void parsesLabelsAndNavigates() {
        assertThat(utc.parse("2017-11")).isEqualTo(utc.month(LocalDate.of(2017, 11, 1)));
        assertThat(utc.parse(" fy2017 ")).isEqualTo(utc.fiscalYear(2017));
        assertThat(utc.parse("FY2017-Q4")).isEqualTo(utc.parse("2017-Q4"));
        assertThat(utc.previous(utc.parse("2017-Q1")).label()).isEqualTo("2016-Q4");
        assertThat(utc.next(utc.parse("2017-12")).label()).isEqualTo("2018-01");
        assertThat(utc.previous(utc.parse("FY2017")).label()).isEqualTo("FY2016");
    }

    @Test
    void rejectsBadLabelsAndPeriods() {
        assertThatThrownBy(() -> utc.parse("2017-13")).isInstanceOf(ValidationException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> utc.parse("2017-Q5")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> utc.parse("Q4 2017")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Q4 2017");
        assertThatThrownBy(() -> new Period(PeriodKind.MONTH, LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 1), "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("period.end");
    }
}
