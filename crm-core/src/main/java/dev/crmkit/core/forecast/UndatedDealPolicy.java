package dev.crmkit.core.forecast;

/** How period reports treat open deals that have no expected close date. */
public enum UndatedDealPolicy {
    /** Leave them out of every period (the default: nobody expects them to close at a known time). */
    EXCLUDE,
    /** Count them in whatever period is asked about (for data sets that never record close dates). */
    IN_EVERY_PERIOD
}
