package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeightedPipelineTest {
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    private static final UserId CAROL = UserId.of("carol");

    private final ForecastContext context = TestDeals.usd().toBuilder()
            .rates(ExchangeRates.fixed().rate("EUR", "USD", "1.1").build())
            .teams(TeamDirectory.of(Map.of(ALICE, "east", BOB, "east")))
            .build();
    private final Period q1 = context.calendar().parse("2017-Q1");

    private final List<Deal> deals = List.of(
            deal(1, "prospecting", "1000.00").expectedCloseDate(LocalDate.of(2017, 2, 15)).owner(ALICE).build(),
            deal(2, "proposal", "2000.00").expectedCloseDate(LocalDate.of(2017, 3, 31)).owner(ALICE).build(),
            deal(3, "negotiation", "300.00").expectedCloseDate(LocalDate.of(2017, 1, 1)).owner(BOB)
                    .probabilityOverride(Percentage.parse("33.33")).build(),
            deal(4, "proposal", "5000.00").expectedCloseDate(LocalDate.of(2017, 4, 1)).owner(BOB).build(),
            deal(5, "closed-won", "999.00").expectedCloseDate(LocalDate.of(2017, 2, 1)).closedAt(TestDeals.T0).build(),
            deal(6, "prospecting", "400.00").owner(BOB).build(),
            Deal.copyOf(deal(7, "value-proposition", "1.00").build()).withAmount(Money.of("100.00", "EUR"))
                    .withExpectedCloseDate(LocalDate.of(2017, 3, 1)).withOwner(CAROL));

    @Test
    void sumsAmountTimesProbabilityOfOpenDealsClosingInThePeriod() {
        WeightedPipelineReport report = WeightedPipeline.compute(deals, q1, context);

        // 1000 x 10 % + 2000 x 75 % + 300 x 33.33 % + (100 EUR x 1.1) x 50 % = 100 + 1500 + 99.99 + 55
        assertThat(report.weighted()).isEqualTo(Money.of("1754.99", "USD"));
        assertThat(report.openAmount()).isEqualTo(Money.of("3410.00", "USD"));
        assertThat(report.lines()).extracting(WeightedLine::deal)
                .containsExactly(TestDeals.id(1), TestDeals.id(2), TestDeals.id(3), TestDeals.id(7));
        assertThat(report.byPipeline()).containsExactly(Map.entry(TestDeals.PIPELINE_ID, Money.of("1754.99", "USD")));
        assertThat(report.byStage()).containsOnly(
                Map.entry(new StageRef(TestDeals.PIPELINE_ID, "prospecting"), Money.of("100.00", "USD")),
                Map.entry(new StageRef(TestDeals.PIPELINE_ID, "proposal"), Money.of("1500.00", "USD")),
                Map.entry(new StageRef(TestDeals.PIPELINE_ID, "negotiation"), Money.of("99.99", "USD")),
                Map.entry(new StageRef(TestDeals.PIPELINE_ID, "value-proposition"), Money.of("55.00", "USD")));
        assertThat(report.byOwner()).containsOnly(
                Map.entry(Optional.of(ALICE), Money.of("1600.00", "USD")),
                Map.entry(Optional.of(BOB), Money.of("99.99", "USD")),
                Map.entry(Optional.of(CAROL), Money.of("55.00", "USD")));
        assertThat(report.byTeam()).containsOnly(
                Map.entry(Optional.of("east"), Money.of("1699.99", "USD")),
                Map.entry(Optional.empty(), Money.of("55.00", "USD")));
        WeightedLine eur = report.lines().get(3);
        assertThat(eur.amount()).isEqualByComparingTo("110");
        assertThat(eur.probability()).isEqualByComparingTo("0.5");
    }

    @Test
    void roundsTheExactSumOnceHalfEven() {
        List<Deal> cents = List.of(
                deal(1, "value-proposition", "0.01").expectedCloseDate(LocalDate.of(2017, 1, 5)).build(),
                deal(2, "value-proposition", "0.01").expectedCloseDate(LocalDate.of(2017, 1, 5)).build(),
                deal(3, "value-proposition", "0.01").expectedCloseDate(LocalDate.of(2017, 1, 5)).build());
        WeightedPipelineReport report = WeightedPipeline.compute(cents, q1, context);
        // each product is 0.005 (which alone would round half-even to 0.00); the exact sum 0.015 rounds to 0.02
        assertThat(report.lines()).allSatisfy(l -> assertThat(l.weighted()).isEqualByComparingTo("0.005"));
        assertThat(report.weighted()).isEqualTo(Money.of("0.02", "USD"));

        List<Deal> two = cents.subList(0, 2);
        // 0.010 exactly; and 0.025 (five deals) rounds half-even down to 0.02
        assertThat(WeightedPipeline.compute(two, q1, context).weighted()).isEqualTo(Money.of("0.01", "USD"));
        List<Deal> five = List.of(cents.get(0), cents.get(1), cents.get(2),
                deal(4, "value-proposition", "0.01").expectedCloseDate(LocalDate.of(2017, 1, 5)).build(),
                deal(5, "value-proposition", "0.01").expectedCloseDate(LocalDate.of(2017, 1, 5)).build());
        assertThat(WeightedPipeline.compute(five, q1, context).weighted()).isEqualTo(Money.of("0.02", "USD"));
    }

    @Test
    void undatedDealsCountOnlyWhenThePolicySaysSo() {
        ForecastContext everyPeriod = context.toBuilder().undatedDeals(UndatedDealPolicy.IN_EVERY_PERIOD).build();
        WeightedPipelineReport report = WeightedPipeline.compute(deals, q1, everyPeriod);
        assertThat(report.weighted()).isEqualTo(Money.of("1794.99", "USD"));
        assertThat(report.openAmount()).isEqualTo(Money.of("3810.00", "USD"));
    }

    @Test
    void missingRateAndUnknownPipelineAreTypedErrors() {
        ForecastContext noRates = TestDeals.usd();
        assertThatThrownBy(() -> WeightedPipeline.compute(deals, q1, noRates))
                .isInstanceOf(MissingExchangeRateException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
        Deal elsewhere = deal(9, "prospecting", "1.00").pipeline(new dev.crmkit.core.model.shared.PipelineId(
                new java.util.UUID(9, 9))).expectedCloseDate(LocalDate.of(2017, 1, 5)).build();
        assertThatThrownBy(() -> WeightedPipeline.compute(List.of(elsewhere), q1, context))
                .isInstanceOf(dev.crmkit.core.error.NotFoundException.class).hasMessageContaining("Pipeline");
        Deal badStage = deal(10, "nowhere", "1.00").expectedCloseDate(LocalDate.of(2017, 1, 5)).build();
        assertThatThrownBy(() -> WeightedPipeline.compute(List.of(badStage), q1, context))
                .isInstanceOf(dev.crmkit.core.error.ValidationException.class).hasMessageContaining("nowhere");
    }

    @Test
    void convertsAtTheExpectedCloseDate() {
        ExchangeRates dated = (from, to, on) -> on.isBefore(LocalDate.of(2017, 2, 1))
                ? new java.math.BigDecimal("2") : new java.math.BigDecimal("3");
        ForecastContext ctx = context.toBuilder().rates(dated).build();
        Deal january = Deal.copyOf(deals.get(6)).withExpectedCloseDate(LocalDate.of(2017, 1, 20));
        Deal march = deals.get(6);
        assertThat(WeightedPipeline.compute(List.of(january, march), q1, ctx).openAmount())
                .isEqualTo(Money.of("500.00", "USD"));
    }
}
