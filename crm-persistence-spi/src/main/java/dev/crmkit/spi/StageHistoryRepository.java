package dev.crmkit.spi;

import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.DealId;
import java.util.Collection;
import java.util.List;

/**
 * The append-only stage history of the tenant's deals: entries are never changed; they disappear only with
 * their deal.
 */
public interface StageHistoryRepository {

    /**
     * Appends one entry.
     *
     * @throws DuplicateKeyException when an entry with this id exists
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist in the tenant
     */
    void append(StageChange change);

    /**
     * Appends many entries in batches.
     *
     * @throws DuplicateKeyException when any id exists
     * @throws dev.crmkit.core.error.NotFoundException when a deal does not exist in the tenant
     */
    void appendAll(List<StageChange> changes);

    /** A deal's history, oldest first (by moment, then id). */
    List<StageChange> forDeal(DealId deal);

    /** The histories of several deals in one round trip, ordered by deal id, then moment, then id. */
    List<StageChange> forDeals(Collection<DealId> deals);

    /**
     * One page of entries matching the query, oldest first.
     *
     * @throws InvalidCursorException when the cursor was not made by this query
     */
    Page<StageChange> find(StageChangeQuery query, PageRequest page);
}
