package dev.crmkit.spi;

/**
 * The orders account and contact queries support. Every order ends with the id, so it is total and stable.
 * Names compare case-sensitively by Unicode code point (a binary collation); ids as unsigned 128-bit numbers.
 */
public enum NameSort {
    /** By id: creation order for ids from {@link dev.crmkit.core.model.shared.UuidV7Generator}. */
    CREATED,
    /** By name (accounts: name; contacts: last name, then first name; missing parts sort as empty), then id. */
    NAME
}
