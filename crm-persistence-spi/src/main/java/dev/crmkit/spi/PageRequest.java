package dev.crmkit.spi;

import dev.crmkit.core.error.ValidationException;
import java.util.Optional;

/**
 * Which page of a query to read: at most {@code limit} items after the position the opaque
 * {@code cursor} of the previous page marks (keyset paging: stable under inserts, and as fast deep in
 * the result as on the first page). A cursor belongs to the query order and the tenant whose unit of work made
 * it: every store rejects a cursor it did not make, one made for another order or in another tenant's unit of
 * work with an {@link InvalidCursorException} (the TCK checks this on every paged query).
 *
 * @param limit  1..1000 items
 * @param cursor the previous page's {@link Page#nextCursor()}, or empty for the first page
 */
public record PageRequest(int limit, Optional<String> cursor) {
    /** The largest page a store must serve. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        ValidationException.check(limit >= 1 && limit <= MAX_LIMIT, "limit", limit, "must be between 1 and " + MAX_LIMIT);
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    /** The first page of {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** The page after the one that returned {@code cursor}. */
    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(limit, Optional.of(cursor));
    }
}
