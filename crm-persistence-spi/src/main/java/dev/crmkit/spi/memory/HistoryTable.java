package dev.crmkit.spi.memory;

import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.spi.DuplicateKeyException;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable, append-only stage history of one tenant: each deal's entries in history order, plus the
 * entry ids for the uniqueness check.
 */
final class HistoryTable {
    static final HistoryTable EMPTY = new HistoryTable(PersistentMap.empty(), PersistentMap.empty());

    private final PersistentMap<DealId, List<StageChange>> byDeal;
    private final PersistentMap<StageChangeId, DealId> ids;

    private HistoryTable(PersistentMap<DealId, List<StageChange>> byDeal, PersistentMap<StageChangeId, DealId> ids) {
        this.byDeal = byDeal;
        this.ids = ids;
    }

    /** A deal's entries in history order ({@link Orders#HISTORY}). */
    List<StageChange> forDeal(DealId deal) {
        List<StageChange> entries = byDeal.get(deal);
        return entries == null ? List.of() : entries;
    }

    /** Every entry of the tenant, in unspecified order. */
    List<StageChange> all() {
        List<StageChange> all = new ArrayList<>(ids.size());
        byDeal.forEach((deal, entries) -> all.addAll(entries));
        return all;
    }

    /**
     * This history plus {@code change}.
     *
     * @throws DuplicateKeyException when an entry with the same id exists
     */
    HistoryTable append(StageChange change) {
        if (ids.containsKey(change.id())) {
            throw new DuplicateKeyException("StageChange", "id=" + change.id());
        }
        List<StageChange> entries = new ArrayList<>(forDeal(change.deal()));
        entries.add(change);
        entries.sort(Orders.HISTORY);
        return new HistoryTable(byDeal.put(change.deal(), List.copyOf(entries)), ids.put(change.id(), change.deal()));
    }

    /** This history without the entries of {@code deal}. */
    HistoryTable removeDeal(DealId deal) {
        List<StageChange> entries = byDeal.get(deal);
        if (entries == null) {
            return this;
        }
        PersistentMap<StageChangeId, DealId> remainingIds = ids;
        for (StageChange change : entries) {
            remainingIds = remainingIds.remove(change.id());
        }
        return new HistoryTable(byDeal.remove(deal), remainingIds);
    }
}
