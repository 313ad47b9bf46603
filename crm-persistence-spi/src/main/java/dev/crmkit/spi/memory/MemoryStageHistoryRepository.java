package dev.crmkit.spi.memory;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.StageHistoryRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The stage history of an in-memory unit of work. */
final class MemoryStageHistoryRepository implements StageHistoryRepository {
    private static final Keyset<StageChange> ORDER = Keyset.<StageChange>named("history")
            .then(StageChange::changedAt, java.util.Comparator.<java.time.Instant>naturalOrder(), Keyset.Codec.INSTANT)
            .then(c -> c.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();

    private final MemoryUnitOfWork uow;

    MemoryStageHistoryRepository(MemoryUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void append(StageChange change) {
        appendAll(List.of(Objects.requireNonNull(change, "change")));
    }

    @Override
    public void appendAll(List<StageChange> changes) {
        TenantState state = uow.state();
        Map<DealId, Long> dealVersions = new HashMap<>();
        for (StageChange change : changes) {
            Objects.requireNonNull(change, "changes");
            state.deals().find(change.deal()).map(Deal::version).ifPresent(v -> dealVersions.put(change.deal(), v));
        }
        uow.apply(List.of(new Change.Append(List.copyOf(changes), Map.copyOf(dealVersions))));
    }

    @Override
    public List<StageChange> forDeal(DealId deal) {
        Objects.requireNonNull(deal, "deal");
        return uow.state().history().forDeal(deal);
    }

    @Override
    public List<StageChange> forDeals(Collection<DealId> deals) {
        HistoryTable history = uow.state().history();
        List<DealId> ordered = new ArrayList<>(new LinkedHashSet<>(deals));
        ordered.sort((a, b) -> Orders.UUID_ORDER.compare(a.value(), b.value()));
        List<StageChange> result = new ArrayList<>();
        for (DealId deal : ordered) {
            result.addAll(history.forDeal(Objects.requireNonNull(deal, "deals")));
        }
        return result;
    }

    @Override
    public Page<StageChange> find(StageChangeQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        // The cursor also names the filter, as the SPI asks: a position under one filter is no position under another.
        return ORDER.page(uow.cursorScope() + '\n' + query, uow.state().history().all(), c -> matches(query, c), page);
    }

    private static boolean matches(StageChangeQuery query, StageChange change) {
        return (query.pipeline().isEmpty() || change.pipeline().equals(query.pipeline().get()))
                && (query.changedFrom().isEmpty() || !change.changedAt().isBefore(query.changedFrom().get()))
                && (query.changedBefore().isEmpty() || change.changedAt().isBefore(query.changedBefore().get()));
    }
}
