package dev.crmkit.spi;

/**
 * Direction of time-ordered queries (timelines, history). Ties on the moment are broken by id (as an unsigned
 * 128-bit number) in the same direction.
 */
public enum TimeOrder {
    /** Oldest first. */
    OLDEST_FIRST,
    /** Newest first (a timeline's usual order). */
    NEWEST_FIRST
}
