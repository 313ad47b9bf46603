package dev.crmkit.spi.memory;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealRepository;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Deals of an in-memory unit of work. */
final class MemoryDealRepository extends MemoryExternallyIdentifiedRepository<DealId, Deal> implements DealRepository {
    private static final Keyset<Deal> BY_ID = Keyset.<Deal>named("deal:created")
            .then(d -> d.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();
    private static final Keyset<Deal> BY_NAME = Keyset.<Deal>named("deal:name")
            .then(Deal::name, Orders.CODE_POINT_ORDER, Keyset.Codec.STRING)
            .then(d -> d.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();
    private static final Keyset<Deal> BY_CLOSE_DATE = Keyset.<Deal>named("deal:close")
            .then((Deal d) -> d.expectedCloseDate().orElse(null), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()),
                    Keyset.Codec.NULLABLE_DATE)
            .then(d -> d.id().value(), Orders.UUID_ORDER, Keyset.Codec.UUID).build();

    MemoryDealRepository(MemoryUnitOfWork uow) {
        super(uow, TenantState.DEALS);
    }

    @Override
    public Page<Deal> find(DealQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Keyset<Deal> order = switch (query.sort()) {
            case CREATED -> BY_ID;
            case NAME -> BY_NAME;
            case EXPECTED_CLOSE_DATE -> BY_CLOSE_DATE;
        };
        return order.page(uow.cursorScope(), table().all(), d -> DealMatcher.matches(query, d), page);
    }

    @Override
    public long count(DealQuery query) {
        return table().all().stream().filter(d -> DealMatcher.matches(query, d)).count();
    }

    @Override
    public List<DealAggregate> aggregate(DealQuery filter, Set<DealGrouping> groupBy) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(groupBy, "groupBy");
        TenantState state = uow.state();
        DealAggregator aggregator = new DealAggregator(groupBy, state.pipelines());
        for (Deal deal : state.deals().all()) {
            if (DealMatcher.matches(filter, deal)) {
                aggregator.add(deal);
            }
        }
        return aggregator.result();
    }

    @Override
    Set<ExternalId> externalIds(Deal entity) {
        return entity.externalIds();
    }

    @Override
    Deal merge(Deal stored, Deal incoming, Set<ExternalId> externalIds) {
        return Deal.copyOf(incoming).withId(stored.id()).withCreatedAt(stored.createdAt())
                .withExternalIds(externalIds).withVersion(stored.version());
    }
}
