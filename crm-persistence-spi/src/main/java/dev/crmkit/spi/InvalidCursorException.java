package dev.crmkit.spi;

import dev.crmkit.core.error.ValidationException;

/** A page cursor was not made by this store for this query (tampered with, truncated, or for another sort). */
public class InvalidCursorException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public InvalidCursorException(String cursor, String reason) {
        super("cursor", cursor, reason);
    }
}
