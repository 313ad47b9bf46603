package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryRollupTest {
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    static final LocalDate FEB = LocalDate.of(2017, 2, 1);

    static final ForecastContext CONTEXT = TestDeals.usd().toBuilder()
            .teams(TeamDirectory.of(Map.of(ALICE, "east", BOB, "east", CAROL, "west"))).build();
    static final Period Q1 = CONTEXT.calendar().parse("2017-Q1");

    static final List<Deal> DEALS = List.of(
            deal(1, "prospecting", "100.00").expectedCloseDate(FEB).owner(ALICE).build(),
            deal(2, "value-proposition", "200.00").expectedCloseDate(FEB).owner(ALICE).build(),
            deal(3, "proposal", "300.00").expectedCloseDate(FEB).owner(BOB).build(),
            deal(4, "negotiation", "400.00").expectedCloseDate(FEB).owner(BOB).build(),
            closed(5, "closed-won", "500.00", "2017-03-10T10:00:00Z").owner(ALICE).build(),
            closed(6, "closed-lost", "600.00", "2017-02-10T10:00:00Z").owner(BOB).lostReason("price").build(),
            deal(7, "negotiation", "700.00").expectedCloseDate(FEB).owner(CAROL)
                    .forecastCategoryOverride(ForecastCategory.OMITTED).build(),
            closed(8, "closed-won", "800.00", "2016-12-31T23:00:00Z").owner(ALICE).build(),
            deal(9, "prospecting", "50.00").expectedCloseDate(FEB).forecastCategoryOverride(ForecastCategory.COMMIT).build(),
            deal(10, "negotiation", "1000.00").expectedCloseDate(LocalDate.of(2017, 4, 1)).owner(ALICE).build());

    static Deal.Builder closed(int n, String stage, String amount, String at) {
        Instant closedAt = Instant.parse(at);
        return deal(n, stage, amount).createdAt(TestDeals.T0.minusSeconds(86_400 * 30L)).stageEnteredAt(closedAt)
                .closedAt(closedAt).expectedCloseDate(FEB);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void individualAndCumulativeRollups() {
        CategoryTotals total = CategoryRollup.rollup(DEALS, Q1, CONTEXT).total();
        assertThat(total).isEqualTo(new CategoryTotals(usd("100.00"), usd("200.00"), usd("300.00"), usd("450.00"),
                usd("500.00"), usd("1300.00")));
        assertThat(total.closedForecast()).isEqualTo(usd("500.00"));
        assertThat(total.commitForecast()).isEqualTo(usd("950.00"));
        assertThat(total.mostLikelyForecast()).isEqualTo(usd("1250.00"));
        assertThat(total.bestCaseForecast()).isEqualTo(usd("1450.00"));
        assertThat(total.openPipeline()).isEqualTo(usd("1050.00"));
        assertThat(total.only(ForecastCategory.OMITTED)).isEqualTo(usd("1300.00"));
    }

    @Test
    void groupsByOwnerAndTeam() {
        RollupReport report = CategoryRollup.rollup(DEALS, Q1, CONTEXT);
        assertThat(report.owner(ALICE)).isEqualTo(new CategoryTotals(usd("100.00"), usd("200.00"), usd("0.00"),
                usd("0.00"), usd("500.00"), usd("0.00")));
        assertThat(report.owner(BOB)).isEqualTo(new CategoryTotals(usd("0.00"), usd("0.00"), usd("300.00"),
                usd("400.00"), usd("0.00"), usd("600.00")));
        assertThat(report.byOwner().get(Optional.<UserId>empty()).commit()).isEqualTo(usd("50.00"));
        assertThat(report.team("east")).isEqualTo(new CategoryTotals(usd("100.00"), usd("200.00"), usd("300.00"),
                usd("400.00"), usd("500.00"), usd("600.00")));
        assertThat(report.team("west").omitted()).isEqualTo(usd("700.00"));
        assertThat(report.team("west").openPipeline()).isEqualTo(usd("0.00"));
        assertThat(report.byTeam().get(Optional.<String>empty()).commitForecast()).isEqualTo(usd("50.00"));
        assertThat(report.team("nobody")).isEqualTo(CategoryTotals.zero(CONTEXT.currency()));
    }

    @Test
    void omittedOverrideOnAClosedDealIsIgnored() {
        Deal wonButOmitted = Deal.copyOf(DEALS.get(4)).withForecastCategoryOverride(ForecastCategory.OMITTED);
        assertThat(CategoryRollup.rollup(List.of(wonButOmitted), Q1, CONTEXT).total().closed()).isEqualTo(usd("500.00"));
    }
}
