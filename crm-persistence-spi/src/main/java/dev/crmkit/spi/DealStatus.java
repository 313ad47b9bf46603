package dev.crmkit.spi;

/** Open-or-closed filter of deal queries; a deal is closed when it has a close moment. */
public enum DealStatus {
    /** Open and closed deals. */
    ANY,
    /** Deals without a close moment. */
    OPEN,
    /** Won or lost deals. */
    CLOSED
}
