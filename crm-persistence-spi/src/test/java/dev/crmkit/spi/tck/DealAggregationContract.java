package dev.crmkit.spi.tck;

import static dev.crmkit.spi.tck.AggregateAssertions.assertSameGroups;
import static dev.crmkit.spi.tck.AggregateAssertions.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealRepository;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.UnitOfWork;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DealRepository#aggregate}: counts, exact amounts and exact weighted amounts per group
 * and currency, checked against hand-computed values. Probabilities come from the pipelines of
 * {@link dev.crmkit.core.model.pipeline.PipelineTemplates}.
 */
public abstract class DealAggregationContract extends StoreContract {
    private static final Optional<UserId> ANN = Optional.of(UserId.of("ann"));
    private static final Optional<UserId> BOB = Optional.of(UserId.of("bob"));
    private static final String MAX = "999999999999999";

    private Pipeline sales;
    private Pipeline partners;

    @BeforeEach
    void deals() {
        sales = data.pipeline("Sales");
        partners = data.hubspotPipeline("Partners");
        List<Deal> deals = List.of(
                deal(sales, "prospecting", "1000.00", "USD", ANN, "2024-06-15").build(),
                deal(sales, "prospecting", "333.33", "USD", BOB, "2024-06-30").probabilityOverride(Percentage.parse("12.5")).build(),
                deal(sales, "negotiation", "2000.00", "USD", ANN, "2024-07-01").build(),
                deal(sales, "closed-won", "500.00", "USD", BOB, "2024-05-31").probabilityOverride(Percentage.of(30))
                        .closedAt(TckData.days(1)).build(),
                deal(sales, "closed-lost", "700.00", "USD", Optional.empty(), "2024-06-01").probabilityOverride(Percentage.of(80))
                        .lostReason("Price").closedAt(TckData.days(1)).build(),
                deal(sales, "prospecting", "100.00", "EUR", ANN, null).build(),
                deal(sales, "prospecting", null, null, ANN, "2024-06-10").build(),
                deal(sales, "proposal", "12345", "JPY", BOB, "2024-07-15").build(),
                deal(sales, "proposal", "1.234", "BHD", ANN, "2024-06-20").build(),
                deal(partners, "contract-sent", MAX, "USD", ANN, "2024-06-05").build(),
                deal(partners, "appointment-scheduled", MAX, "USD", Optional.empty(), "2024-12-31")
                        .probabilityOverride(Percentage.parse("0.01")).build(),
                deal(partners, "closed-won", "0.01", "USD", ANN, "2024-06-05").closedAt(TckData.days(2)).build());
        run(uow -> {
            uow.pipelines().insert(sales);
            uow.pipelines().insert(partners);
            uow.deals().insertAll(deals);
        });
    }

    private Deal.Builder deal(Pipeline pipeline, String stage, String amount, String currency, Optional<UserId> owner, String close) {
        return data.dealBuilder(pipeline, stage + " " + amount).stage(stage)
                .amount(amount == null ? Optional.empty() : Optional.of(Money.of(amount, currency))).owner(owner)
                .expectedCloseDate(Optional.ofNullable(close).map(LocalDate::parse));
    }

    private List<DealAggregate> aggregate(DealQuery filter, Set<DealGrouping> groupBy) {
        return tx(uow -> uow.deals().aggregate(filter, groupBy));
    }

    private static Optional<String> stage(String key) {
        return Optional.of(key);
    }

    @Test
    void perCurrencyOverAllDealsWithOverridesWonAsHundredAndLostAsZero() {
        assertSameGroups(aggregate(DealQuery.all(), EnumSet.noneOf(DealGrouping.class)), List.of(
                row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "USD", 8,
                        "2000000000004531.34", "900100000002440.77615"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "EUR", 1, "100", "10"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "JPY", 1, "12345", "9258.75"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "BHD", 1, "1.234", "0.9255"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), null, 1, "0", "0")));
    }

    @Test
    void perStageOfOnePipeline() {
        Optional<dev.crmkit.core.model.shared.PipelineId> none = Optional.empty();
        assertSameGroups(aggregate(DealQuery.builder().pipeline(sales.id()).build(), EnumSet.of(DealGrouping.STAGE)), List.of(
                row(none, stage("prospecting"), Optional.empty(), Optional.empty(), "USD", 2, "1333.33", "141.66625"),
                row(none, stage("prospecting"), Optional.empty(), Optional.empty(), "EUR", 1, "100.00", "10.00"),
                row(none, stage("prospecting"), Optional.empty(), Optional.empty(), null, 1, "0", "0"),
                row(none, stage("negotiation"), Optional.empty(), Optional.empty(), "USD", 1, "2000.00", "1800.00"),
                row(none, stage("closed-won"), Optional.empty(), Optional.empty(), "USD", 1, "500.00", "500.00"),
                row(none, stage("closed-lost"), Optional.empty(), Optional.empty(), "USD", 1, "700.00", "0"),
                row(none, stage("proposal"), Optional.empty(), Optional.empty(), "JPY", 1, "12345", "9258.75"),
                row(none, stage("proposal"), Optional.empty(), Optional.empty(), "BHD", 1, "1.234", "0.9255")));
    }

    @Test
    void theBoardShowsOpenDealsPerStage() {
        Optional<dev.crmkit.core.model.shared.PipelineId> none = Optional.empty();
        assertSameGroups(tx(uow -> uow.deals().board(sales.id(), DealStatus.OPEN)), List.of(
                row(none, stage("prospecting"), Optional.empty(), Optional.empty(), "USD", 2, "1333.33", "141.66625"),
                row(none, stage("prospecting"), Optional.empty(), Optional.empty(), "EUR", 1, "100.00", "10.00"),
                row(none, stage("prospecting"), Optional.empty(), Optional.empty(), null, 1, "0", "0"),
                row(none, stage("negotiation"), Optional.empty(), Optional.empty(), "USD", 1, "2000.00", "1800.00"),
                row(none, stage("proposal"), Optional.empty(), Optional.empty(), "JPY", 1, "12345", "9258.75"),
                row(none, stage("proposal"), Optional.empty(), Optional.empty(), "BHD", 1, "1.234", "0.9255")));
    }

    @Test
    void perCloseMonthWithDealsWithoutADateInTheirOwnGroup() {
        Optional<YearMonth> june = Optional.of(YearMonth.of(2024, 6));
        Optional<YearMonth> july = Optional.of(YearMonth.of(2024, 7));
        DealQuery openSales = DealQuery.builder().pipeline(sales.id()).status(DealStatus.OPEN).build();

        assertSameGroups(aggregate(openSales, EnumSet.of(DealGrouping.CLOSE_MONTH)), List.of(
                row(Optional.empty(), Optional.empty(), Optional.empty(), june, "USD", 2, "1333.33", "141.66625"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), june, null, 1, "0", "0"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), june, "BHD", 1, "1.234", "0.9255"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), july, "USD", 1, "2000.00", "1800.00"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), july, "JPY", 1, "12345", "9258.75"),
                row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "EUR", 1, "100.00", "10.00")));
    }

    @Test
    void perPipelineAndOwnerWithDealsWithoutAnOwnerInTheirOwnGroup() {
        assertSameGroups(aggregate(DealQuery.builder().pipeline(partners.id()).build(),
                EnumSet.of(DealGrouping.PIPELINE, DealGrouping.OWNER)), List.of(
                row(Optional.of(partners.id()), Optional.empty(), ANN, Optional.empty(), "USD", 2,
                        "999999999999999.01", "899999999999999.11"),
                row(Optional.of(partners.id()), Optional.empty(), Optional.empty(), Optional.empty(), "USD", 1,
                        "999999999999999.00", "99999999999.9999")));
        assertSameGroups(aggregate(DealQuery.builder().owner(BOB.get()).build(), EnumSet.of(DealGrouping.PIPELINE)), List.of(
                row(Optional.of(sales.id()), Optional.empty(), Optional.empty(), Optional.empty(), "USD", 2, "833.33", "541.66625"),
                row(Optional.of(sales.id()), Optional.empty(), Optional.empty(), Optional.empty(), "JPY", 1, "12345", "9258.75")));
    }

    @Test
    void byEveryDimensionAtOnceEachDealCountsOnce() {
        List<DealAggregate> groups = aggregate(DealQuery.all(), EnumSet.allOf(DealGrouping.class));

        assertThat(groups.stream().mapToLong(DealAggregate::count).sum()).isEqualTo(12);
        assertThat(AggregateAssertions.groups(groups)).doesNotHaveDuplicates();
        assertThat(AggregateAssertions.groups(groups)).contains(AggregateAssertions.Group.of(
                row(Optional.of(sales.id()), stage("prospecting"), ANN, Optional.of(YearMonth.of(2024, 6)), "USD", 1,
                        "1000.00", "100.00")));
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.pipeline()).isPresent();
            assertThat(g.stage()).isPresent();
        });
    }

    @Test
    void aFilterThatMatchesNothingGivesNoGroups() {
        assertThat(aggregate(DealQuery.builder().addStages("no-such-stage").build(), EnumSet.of(DealGrouping.STAGE))).isEmpty();
        assertThat(aggregate(DealQuery.builder().owner(UserId.of("nobody")).build(), Set.of())).isEmpty();
    }

    @Test
    void dealsInAStageTheirPipelineNoLongerHasWeighZero() {
        Pipeline withoutProposal = sales.withVersion(1).withStages(sales.stages().stream()
                .filter(s -> !s.key().equals("proposal")).toList());
        run(uow -> uow.pipelines().update(withoutProposal));

        assertSameGroups(aggregate(DealQuery.builder().addStages("proposal").build(), EnumSet.of(DealGrouping.STAGE)), List.of(
                row(Optional.empty(), stage("proposal"), Optional.empty(), Optional.empty(), "JPY", 1, "12345", "0"),
                row(Optional.empty(), stage("proposal"), Optional.empty(), Optional.empty(), "BHD", 1, "1.234", "0")));
    }

    @Test
    void aggregatesSeeTheUnitOfWorksOwnWrites() {
        List<DealAggregate> inside = tx(uow -> {
            uow.deals().insert(deal(sales, "negotiation", "10.00", "USD", ANN, "2024-07-02").build());
            return uow.deals().aggregate(DealQuery.builder().addStages("negotiation").build(), EnumSet.of(DealGrouping.STAGE));
        });

        assertSameGroups(inside, List.of(
                row(Optional.empty(), stage("negotiation"), Optional.empty(), Optional.empty(), "USD", 2, "2010.00", "1809.00")));
    }
}
