package dev.crmkit.core.forecast;

/** The length of a reporting {@link Period}. */
public enum PeriodKind {
    /** A calendar month, labelled {@code 2017-11}. */
    MONTH,
    /** A fiscal quarter (three months from the fiscal year's first month), labelled {@code 2017-Q4} or {@code FY2026-Q1}. */
    QUARTER,
    /** A fiscal year, labelled {@code FY2026} after the calendar year in which it ends. */
    FISCAL_YEAR
}
