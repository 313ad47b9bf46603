package dev.crmkit.spi.tck;

import static dev.crmkit.spi.tck.PageAssertions.assertPagesEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.StageHistoryRepository;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link StageHistoryRepository}: append-only entries, per-deal histories, filtered pages. */
public abstract class StageHistoryRepositoryContract extends StoreContract {
    private static final Comparator<StageChange> HISTORY_ORDER = Comparator.comparing(StageChange::changedAt)
            .thenComparing(c -> c.id().value(), TckOrders.UUIDS);

    private Pipeline sales;
    private Pipeline partners;
    private Deal first;
    private Deal second;
    private Deal third;

    @BeforeEach
    void deals() {
        sales = data.pipeline("Sales");
        partners = data.hubspotPipeline("Partners");
        first = data.dealBuilder(sales, "First").amount(Money.of("100.00", "USD")).build();
        second = data.deal(sales, "Second");
        third = data.deal(partners, "Third");
        run(uow -> {
            uow.pipelines().insert(sales);
            uow.pipelines().insert(partners);
            uow.deals().insertAll(List.of(third, first, second));
        });
    }

    private List<StageChange> sample() {
        Instant t = TckData.NOW;
        List<StageChange> changes = List.of(
                data.stageChange(first, null, "prospecting", t, 10),
                data.stageChange(second, null, "prospecting", t, 10),
                data.stageChange(third, null, "appointment-scheduled", t.plusSeconds(1), 20),
                // two changes of one deal at the same moment: the id breaks the tie
                data.stageChange(first, "prospecting", "qualification", TckData.at(5_000_000), 20),
                data.stageChange(first, "qualification", "proposal", TckData.at(5_000_000), 75),
                data.stageChange(third, "appointment-scheduled", "closed-won", TckData.days(3), 100),
                data.stageChange(second, "prospecting", "closed-lost", TckData.days(2), 0),
                data.stageChange(first, "proposal", "negotiation", TckData.at(1), 90));
        // appended out of order, partly one by one and partly in bulk
        run(uow -> {
            uow.stageHistory().append(changes.get(4));
            uow.stageHistory().appendAll(List.of(changes.get(7), changes.get(0), changes.get(5)));
        });
        run(uow -> uow.stageHistory().appendAll(List.of(changes.get(3), changes.get(1), changes.get(6), changes.get(2))));
        return changes;
    }

    private List<StageChange> history(List<StageChange> all, Deal deal) {
        return all.stream().filter(c -> c.deal().equals(deal.id())).sorted(HISTORY_ORDER).toList();
    }

    @Test
    void forDealReturnsADealsHistoryOldestFirst() {
        List<StageChange> all = sample();

        for (Deal deal : List.of(first, second, third)) {
            assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(deal.id()))).containsExactlyElementsOf(history(all, deal));
        }
        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(data.dealId()))).isEmpty();
    }

    @Test
    void forDealsOrdersByDealIdThenMomentThenId() {
        List<StageChange> all = sample();
        List<Deal> byId = new ArrayList<>(List.of(first, second, third));
        byId.sort(Comparator.comparing(d -> d.id().value(), TckOrders.UUIDS));
        List<StageChange> expected = new ArrayList<>();
        byId.forEach(d -> expected.addAll(history(all, d)));

        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeals(List.of(third.id(), data.dealId(), first.id(), second.id()))))
                .containsExactlyElementsOf(expected);
        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeals(List.of(second.id())))).containsExactlyElementsOf(history(all, second));
        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeals(List.<DealId>of()))).isEmpty();
    }

    private Page<StageChange> find(StageChangeQuery query, PageRequest page) {
        return tx(uow -> uow.stageHistory().find(query, page));
    }

    private void assertQuery(StageChangeQuery query, List<StageChange> all, Predicate<StageChange> expected) {
        assertPagesEqual(page -> find(query, page), all.stream().filter(expected).sorted(HISTORY_ORDER).toList());
    }

    @Test
    void findFiltersByPipelineAndMomentOldestFirst() {
        List<StageChange> all = sample();
        Instant from = TckData.at(1);
        Instant before = TckData.days(3);

        assertQuery(StageChangeQuery.all(), all, c -> true);
        assertQuery(StageChangeQuery.builder().pipeline(partners.id()).build(), all, c -> c.pipeline().equals(partners.id()));
        assertQuery(StageChangeQuery.builder().changedFrom(from).build(), all, c -> !c.changedAt().isBefore(from));
        assertQuery(StageChangeQuery.builder().changedBefore(before).build(), all, c -> c.changedAt().isBefore(before));
        assertQuery(StageChangeQuery.builder().pipeline(sales.id()).changedFrom(from).changedBefore(before).build(), all,
                c -> c.pipeline().equals(sales.id()) && !c.changedAt().isBefore(from) && c.changedAt().isBefore(before));
        CursorAssertions.assertRejectsForeignCursors(page -> find(StageChangeQuery.all(), page), null);
        StageChangeQuery sinceFrom = StageChangeQuery.builder().changedFrom(from).build();
        CursorAssertions.assertRejectsForeignCursors(page -> find(StageChangeQuery.all(), page), page -> find(sinceFrom, page));
    }

    @Test
    void appendRejectsADuplicateIdAndAnUnknownDeal() {
        StageChange entry = data.stageChange(first, null, "prospecting", TckData.NOW, 10);
        run(uow -> uow.stageHistory().append(entry));

        assertThatThrownBy(() -> run(uow -> uow.stageHistory().append(entry))).isInstanceOf(DuplicateKeyException.class);
        Deal unknown = data.deal(sales, "Never stored");
        assertThatThrownBy(() -> run(uow -> uow.stageHistory().append(data.stageChange(unknown, null, "prospecting", TckData.NOW, 10))))
                .isInstanceOf(NotFoundException.class);
        StageChange fine = data.stageChange(second, null, "prospecting", TckData.NOW, 10);
        assertThatThrownBy(() -> run(uow -> uow.stageHistory().appendAll(List.of(fine,
                data.stageChange(unknown, null, "prospecting", TckData.NOW, 10))))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(uow -> uow.stageHistory().appendAll(List.of(fine, entry))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(second.id()))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(first.id()))).containsExactly(entry);
    }

    @Test
    void anEntryOfADealInsertedInTheSameUnitOfWorkIsAccepted() {
        Deal fresh = data.deal(sales, "Fresh");
        StageChange created = data.stageChange(fresh, null, "prospecting", TckData.NOW, 10);

        run(uow -> {
            uow.deals().insert(fresh);
            uow.stageHistory().append(created);
            assertThat(uow.stageHistory().forDeal(fresh.id())).containsExactly(created);
        });

        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(fresh.id()))).containsExactly(created);
    }

    @Test
    void keepsEveryField() {
        StageChange full = StageChange.builder().id(data.stageChangeId()).deal(first.id()).pipeline(sales.id())
                .fromStage("qualification").toStage("proposal").changedAt(Instant.parse("2024-02-29T23:59:59.999999Z"))
                .amount(Money.of("999999999999999", "JPY")).expectedCloseDate(LocalDate.of(2099, 12, 31))
                .probability(Percentage.parse("99.99")).changedBy(UserId.of("ユーザー-1")).build();
        StageChange minimal = StageChange.builder().id(data.stageChangeId()).deal(first.id()).pipeline(sales.id())
                .toStage("prospecting").changedAt(TckData.at(-1)).probability(Percentage.ZERO).build();

        run(uow -> uow.stageHistory().appendAll(List.of(full, minimal)));

        assertThat(tx((UnitOfWork uow) -> uow.stageHistory().forDeal(first.id()))).containsExactly(full, minimal);
    }
}
