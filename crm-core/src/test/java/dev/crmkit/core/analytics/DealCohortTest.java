package dev.crmkit.core.analytics;

import static dev.crmkit.core.forecast.TestDeals.day;
import static dev.crmkit.core.forecast.TestDeals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.core.forecast.StageRef;
import dev.crmkit.core.forecast.TestDeals;
import dev.crmkit.core.model.shared.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealCohortTest {
    private static final LocalDate FEB_1 = LocalDate.of(2017, 2, 1);

    /*
     * Deal 1: prospecting (day 0) -> qualification (10) -> proposal (20, skipping stages) -> won (30); amount 1000;
     *         close date Feb 1 -> Feb 20 (push 19) -> Feb 10 (pull 10) -> Mar 1 (push 19).
     * Deal 2: prospecting (0) -> qualification (5) -> prospecting (8) -> qualification (12) -> lost (40); 6000.
     * Deal 3: created in qualification (10) -> won (80); 3000; close date Apr 1 -> May 1 (push 30).
     * Deal 4: prospecting since day 20, open; 4000.
     * Deal 5: negotiation since day 30, open; 500.
     */
    private final TestDeals.Book book = new TestDeals.Book()
            .create(1, 0, "prospecting", "1000.00", FEB_1)
            .edit(1, d -> d.withExpectedCloseDate(LocalDate.of(2017, 2, 20))).move(1, 10, "qualification")
            .edit(1, d -> d.withExpectedCloseDate(LocalDate.of(2017, 2, 10))).move(1, 20, "proposal")
            .edit(1, d -> d.withExpectedCloseDate(LocalDate.of(2017, 3, 1))).move(1, 30, "closed-won")
            .create(2, 0, "prospecting", "6000.00", LocalDate.of(2017, 3, 1))
            .move(2, 5, "qualification").move(2, 8, "prospecting").move(2, 12, "qualification").move(2, 40, "closed-lost")
            .create(3, 10, "qualification", "3000.00", LocalDate.of(2017, 4, 1))
            .edit(3, d -> d.withExpectedCloseDate(LocalDate.of(2017, 5, 1))).move(3, 80, "closed-won")
            .create(4, 20, "prospecting", "4000.00", FEB_1)
            .create(5, 30, "negotiation", "500.00", FEB_1);
    private final DealCohort cohort = DealCohort.of(book.deals(), book.history(), TestDeals.usd());

    private static StageRef stage(String key) {
        return new StageRef(TestDeals.PIPELINE_ID, key);
    }

    @Test
    void winRateByCountAndByValueOverClosedDeals() {
        WinRate rate = cohort.winRate();
        assertThat(rate.won()).isEqualTo(2);
        assertThat(rate.lost()).isEqualTo(1);
        assertThat(rate.wonValue()).isEqualTo(Money.of("4000.00", "USD"));
        assertThat(rate.lostValue()).isEqualTo(Money.of("6000.00", "USD"));
        assertThat(rate.byCount().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rate.byValue().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(cohort.filter(d -> d.id().equals(id(4))).winRate().byCount()).isEmpty();
    }

    @Test
    void salesCycleMeanAndMedian() {
        SalesCycle closed = cohort.salesCycle();
        // 30, 40 and 70 days
        assertThat(closed.deals()).isEqualTo(3);
        assertThat(closed.meanDays().getAsDouble()).isCloseTo(140.0 / 3, within(1e-9));
        assertThat(closed.medianDays().getAsDouble()).isEqualTo(40.0);
        SalesCycle won = cohort.wonSalesCycle();
        // 30 and 70: the median of an even count is the mean of the middle two
        assertThat(won.meanDays().getAsDouble()).isEqualTo(50.0);
        assertThat(won.medianDays().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void stageConversionCountsLaterStagesAsPassingEarlierOnes() {
        List<StageConversion> conversion = cohort.stageConversion(TestDeals.PIPELINE_ID);
        assertThat(conversion).hasSize(8);
        // furthest stage: deal 1 won, deal 2 qualification (lost does not advance), deal 3 won, deal 4 prospecting,
        // deal 5 negotiation
        assertThat(conversion.get(0)).isEqualTo(new StageConversion(stage("prospecting"), stage("qualification"), 5, 4,
                java.util.OptionalDouble.of(0.8)));
        assertThat(conversion.get(1).reachedFrom()).isEqualTo(4);
        assertThat(conversion.get(1).reachedTo()).isEqualTo(3);
        assertThat(conversion.get(1).rate().getAsDouble()).isEqualTo(0.75);
        assertThat(conversion.get(5).rate().getAsDouble()).isEqualTo(1.0);
        StageConversion last = conversion.get(7);
        assertThat(last.from()).isEqualTo(stage("negotiation"));
        assertThat(last.to()).isEqualTo(stage("closed-won"));
        assertThat(last.reachedFrom()).isEqualTo(3);
        assertThat(last.reachedTo()).isEqualTo(2);
        assertThat(last.rate().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void timeInStageAddsUpReEntries() {
        Map<StageRef, Duration> deal2 = cohort.timeInStage(book.history().stream()
                .filter(c -> c.deal().equals(id(2))).toList(), day(100));
        // prospecting 0-5 and 8-12; qualification 5-8 and 12-40; nothing after losing
        assertThat(deal2).containsExactly(Map.entry(stage("prospecting"), Duration.ofDays(9)),
                Map.entry(stage("qualification"), Duration.ofDays(31)));

        List<StageTime> times = cohort.timeInStage(day(100));
        assertThat(times).extracting(StageTime::stage).containsExactly(stage("prospecting"), stage("qualification"),
                stage("proposal"), stage("negotiation"));
        StageTime prospecting = times.get(0);
        // deal 1: 10, deal 2: 9, deal 4: 80 (still there at day 100)
        assertThat(prospecting.deals()).isEqualTo(3);
        assertThat(prospecting.totalDays()).isEqualTo(99.0);
        assertThat(prospecting.meanDays().getAsDouble()).isEqualTo(33.0);
        assertThat(prospecting.medianDays().getAsDouble()).isEqualTo(10.0);
        StageTime qualification = times.get(1);
        // deal 1: 10, deal 2: 31, deal 3: 70
        assertThat(qualification.meanDays().getAsDouble()).isEqualTo(37.0);
        assertThat(qualification.medianDays().getAsDouble()).isEqualTo(31.0);
        assertThat(times.get(3).totalDays()).isEqualTo(70.0);
        // as of day 10: deal 1 spent 10 days in prospecting, deal 2 5 + 2 (back there since day 8); later entries
        // (deal 4 is created on day 20) are ignored
        assertThat(cohort.timeInStage(day(10)).get(0).totalDays()).isEqualTo(17.0);
        assertThat(cohort.timeInStage(day(10)).get(0).deals()).isEqualTo(2);
    }

    @Test
    void velocityIsOpenDealsTimesWinRateTimesAverageWonOverCycle() {
        PipelineVelocity velocity = cohort.velocity();
        // 2 open x 2/3 x 2000 / 50 days = 53.333...
        assertThat(velocity.openDeals()).isEqualTo(2);
        assertThat(velocity.winRate().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(velocity.averageWonAmount()).contains(Money.of("2000.00", "USD"));
        assertThat(velocity.averageCycleDays().getAsDouble()).isEqualTo(50.0);
        assertThat(velocity.perDay()).contains(Money.of("53.33", "USD"));
        assertThat(cohort.filter(d -> !d.stage().equals("closed-won")).velocity().perDay()).isEmpty();
    }

    @Test
    void closeDateSlippageFromConsecutiveDates() {
        CloseDateSlippage slippage = cohort.slippage();
        assertThat(slippage.dealsWithDates()).isEqualTo(5);
        assertThat(slippage.dealsPushed()).isEqualTo(2);
        assertThat(slippage.pushRate().getAsDouble()).isEqualTo(0.4);
        assertThat(slippage.pushes()).isEqualTo(3);
        assertThat(slippage.pulls()).isEqualTo(1);
        assertThat(slippage.meanPushDays().getAsDouble()).isCloseTo(68.0 / 3, within(1e-12));
        assertThat(slippage.maxPushDays()).isEqualTo(30);
        assertThat(slippage.deals()).containsExactly(new DealSlippage(id(1), 2, 1, 38, 10, 28),
                new DealSlippage(id(3), 1, 0, 30, 0, 30));
    }

    @Test
    void rottingDealsLongestIdleFirst() {
        // prospecting rots after 30 idle days, negotiation after 14
        assertThat(cohort.rotting(day(100))).containsExactly(new RottingDeal(id(4), stage("prospecting"), 80, 30),
                new RottingDeal(id(5), stage("negotiation"), 70, 14));
        DealCohort touched = DealCohort.of(book.edit(5, d -> d.withLastActivityAt(day(95))).deals(), book.history(),
                TestDeals.usd());
        assertThat(touched.rotting(day(100))).extracting(RottingDeal::deal).containsExactly(id(4));
        assertThat(cohort.rotting(day(40))).extracting(RottingDeal::deal).isEmpty();
    }

    @Test
    void asOfAPastMomentThroughASnapshot() {
        var replay = book.replay();
        assertThat(DealCohort.of(replay.snapshot(day(25)), TestDeals.usd()).winRate().byCount()).isEmpty();
        WinRate atDay35 = DealCohort.of(replay.snapshot(day(35)), TestDeals.usd()).winRate();
        assertThat(atDay35.won()).isEqualTo(1);
        assertThat(atDay35.lost()).isZero();
        assertThat(DealCohort.of(replay.snapshot(day(35)), TestDeals.usd()).velocity().openDeals()).isEqualTo(4);
    }
}
