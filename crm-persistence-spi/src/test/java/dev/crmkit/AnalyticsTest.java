package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.core.analytics.DealCohort;
import dev.crmkit.core.analytics.StageConversion;
import dev.crmkit.core.analytics.WinRate;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.insight.AnalyticsReport;
import dev.crmkit.insight.CohortQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.support.StoreReads;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalyticsTest {
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    private static final Instant T0 = CrmFixture.START;

    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();
    private Deal w3;

    private Deal deal(String name, String amount, UserId owner, LocalDate close) {
        return fx.tenant.deals().create(sales.id(), d -> d.name(name).stage("appointment-scheduled")
                .amount(Money.of(amount, "USD")).owner(owner).expectedCloseDate(close));
    }

    private void at(int days) {
        fx.clock.set(T0.plus(Duration.ofDays(days)));
    }

    /**
     * w1 and w2 won after 10 and 20 days, l1 lost after 8, o1 open with its close date pushed 19 days, w3 created
     * on day 30; now is day 40.
     */
    @BeforeEach
    void deals() {
        Deal w1 = deal("w1", "1000.00", ALICE, LocalDate.of(2025, 3, 31));
        Deal w2 = deal("w2", "3000.00", BOB, LocalDate.of(2025, 3, 31));
        Deal l1 = deal("l1", "500.00", ALICE, LocalDate.of(2025, 3, 31));
        Deal o1 = deal("o1", "2000.00", BOB, LocalDate.of(2025, 4, 1));
        at(2);
        fx.tenant.deals().move(w1.id(), "qualified-to-buy");
        at(4);
        fx.tenant.deals().move(l1.id(), "qualified-to-buy");
        at(5);
        fx.tenant.deals().move(w1.id(), "decision-maker-bought-in");
        at(6);
        fx.tenant.deals().update(fx.tenant.deals().get(o1.id()).withExpectedCloseDate(LocalDate.of(2025, 4, 20)));
        fx.tenant.deals().move(o1.id(), "qualified-to-buy");
        at(8);
        fx.tenant.deals().closeLost(l1.id(), "price");
        at(10);
        fx.tenant.deals().closeWon(w1.id());
        at(20);
        fx.tenant.deals().closeWon(w2.id());
        at(30);
        w3 = deal("w3", "100.00", ALICE, LocalDate.of(2025, 5, 1));
        at(40);
    }

    private DealCohort coreCohort() {
        return DealCohort.of(StoreReads.deals(fx.store), StoreReads.history(fx.store), fx.tenant.forecasts().context());
    }

    @Test
    void winRateAndSalesCycleOverTheWholeTenant() {
        WinRate rate = fx.tenant.analytics().winRate(CohortQuery.all());

        assertThat(rate.won()).isEqualTo(2);
        assertThat(rate.lost()).isEqualTo(1);
        assertThat(rate.byCount().getAsDouble()).isCloseTo(2 / 3d, within(1e-12));
        assertThat(rate.wonValue()).isEqualTo(Money.of("4000.00", "USD"));
        assertThat(rate.lostValue()).isEqualTo(Money.of("500.00", "USD"));
        assertThat(fx.tenant.analytics().salesCycle(CohortQuery.all()).meanDays().getAsDouble()).isCloseTo(38 / 3d, within(1e-9));
        assertThat(fx.tenant.analytics().salesCycle(CohortQuery.all()).medianDays().getAsDouble()).isEqualTo(10d);
        assertThat(fx.tenant.analytics().wonSalesCycle(CohortQuery.all()).meanDays().getAsDouble()).isEqualTo(15d);
    }

    @Test
    void stageConversionFollowsTheFurthestStageEachDealReached() {
        List<StageConversion> conversion = fx.tenant.analytics().stageConversion(sales.id(), CohortQuery.all());

        // reached: appointment 5, qualified 4 (w1, w2 won, l1, o1), presentation..contract 2 (the won deals), won 2
        assertThat(conversion).extracting(StageConversion::reachedFrom).containsExactly(5L, 4L, 2L, 2L, 2L);
        assertThat(conversion).extracting(StageConversion::reachedTo).containsExactly(4L, 2L, 2L, 2L, 2L);
        assertThat(conversion.get(0).rate().getAsDouble()).isEqualTo(0.8);
    }

    @Test
    void theReportEqualsTheCoreCohortOnTheSameDeals() {
        AnalyticsReport report = fx.tenant.analytics().report(CohortQuery.all());

        DealCohort core = coreCohort();
        Instant now = fx.clock.instant();
        assertThat(report.at()).isEqualTo(now);
        assertThat(report.deals()).isEqualTo(5);
        assertThat(report.winRate()).isEqualTo(core.winRate());
        assertThat(report.salesCycle()).isEqualTo(core.salesCycle());
        assertThat(report.wonSalesCycle()).isEqualTo(core.wonSalesCycle());
        assertThat(report.stageConversion()).containsOnlyKeys(sales.id());
        assertThat(report.stageConversion().get(sales.id())).isEqualTo(core.stageConversion(sales.id()));
        assertThat(report.timeInStage()).isEqualTo(core.timeInStage(now)).isNotEmpty();
        assertThat(report.velocity()).isEqualTo(core.velocity());
        assertThat(report.slippage()).isEqualTo(core.slippage());
        assertThat(report.rotting()).isEqualTo(core.rotting(now));
        assertThat(fx.tenant.analytics().timeInStage(CohortQuery.all())).isEqualTo(report.timeInStage());
        assertThat(fx.tenant.analytics().rotting(CohortQuery.all())).isEqualTo(report.rotting());
        assertThat(fx.tenant.analytics().velocity(CohortQuery.all())).isEqualTo(report.velocity());
    }

    @Test
    void slippageCountsThePushedCloseDate() {
        var slippage = fx.tenant.analytics().slippage(CohortQuery.all());

        assertThat(slippage.pushes()).isEqualTo(1);
        assertThat(slippage.dealsPushed()).isEqualTo(1);
        assertThat(slippage.maxPushDays()).isEqualTo(19);
    }

    @Test
    void cohortsNarrowByStoreQueryCreationAndClose() {
        WinRate alice = fx.tenant.analytics().winRate(CohortQuery.of(DealQuery.builder().owner(ALICE).build()));
        assertThat(alice.won()).isEqualTo(1);
        assertThat(alice.lost()).isEqualTo(1);

        DealCohort early = fx.tenant.analytics().cohort(CohortQuery.builder().createdBefore(T0.plus(Duration.ofDays(1))).build());
        assertThat(early.deals()).extracting(Deal::name).containsExactly("w1", "w2", "l1", "o1");

        DealCohort closedLate = fx.tenant.analytics().cohort(CohortQuery.builder().closedFrom(T0.plus(Duration.ofDays(9))).build());
        assertThat(closedLate.deals()).extracting(Deal::name).containsExactly("w1", "w2");

        DealCohort recent = fx.tenant.analytics().cohort(CohortQuery.builder().createdFrom(T0.plus(Duration.ofDays(29))).build());
        assertThat(recent.deals()).extracting(Deal::id).containsExactly(w3.id());
    }

    @Test
    void anAsOfCohortSeesTheDealsAsTheyStood() {
        Instant day9 = T0.plus(Duration.ofDays(9));

        AnalyticsReport then = fx.tenant.analytics().report(CohortQuery.builder().asOf(day9).build());

        assertThat(then.at()).isEqualTo(day9);
        assertThat(then.deals()).isEqualTo(4);
        assertThat(then.winRate().won()).isZero();
        assertThat(then.winRate().lost()).isEqualTo(1);
        assertThat(then.timeInStage()).isEqualTo(DealCohort.of(StoreReads.replay(fx.store).snapshot(day9),
                fx.tenant.forecasts().context()).timeInStage(day9));
    }

    @Test
    void cohortRangesAreChecked() {
        assertThatThrownBy(() -> CohortQuery.builder().closedFrom(T0).closedBefore(T0).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("closedBefore"));
        assertThatThrownBy(() -> fx.crm.tenant("empty").analytics().report(CohortQuery.all()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("pipelines"));
    }
}
