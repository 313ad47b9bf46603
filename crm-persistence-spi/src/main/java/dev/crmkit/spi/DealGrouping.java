package dev.crmkit.spi;

/** The dimensions deal aggregations can group by (the currency is always a group key). */
public enum DealGrouping {
    /** By pipeline. */
    PIPELINE,
    /** By stage key. */
    STAGE,
    /** By owner (deals without one form their own group). */
    OWNER,
    /** By the month of the expected close date (deals without one form their own group). */
    CLOSE_MONTH
}
