package dev.crmkit.spi;

/**
 * The orders deal queries support. Every order ends with the id, so it is total and stable. Ids compare as
 * unsigned 128-bit numbers (the order of their canonical text form, as SQL {@code uuid} columns compare).
 */
public enum DealSort {
    /** By id: creation order for ids from {@link dev.crmkit.core.model.shared.UuidV7Generator}. */
    CREATED,
    /** By name (case-sensitive, by Unicode code point, as a binary collation orders it), then id. */
    NAME,
    /** By expected close date, deals without one last, then id. */
    EXPECTED_CLOSE_DATE
}
