package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.day;
import static dev.crmkit.core.forecast.TestDeals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.StageKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalWinRatesTest {
    /*
     * One reference moment t = day 90 (as-of day 100 minus the 10-day horizon; the next, day 83, is beyond the
     * 15-day look-back). Open at t in prospecting: deals 1, 2, 3 (age 5-10 days) and 4 (age 28): bucket 0-29,
     * one of four won in [90, 100); deal 7 (age 90): bucket 90-119, not won. Deal 3's win on day 105 is after
     * the as-of moment and must not be seen.
     */
    private final TestDeals.Book book = new TestDeals.Book()
            .create(1, 80).move(1, 95, "closed-won")
            .create(2, 80).move(2, 92, "closed-lost")
            .create(3, 85).move(3, 105, "closed-won")
            .create(4, 62)
            .create(5, 98)
            .create(7, 0)
            .create(8, 95, "proposal", "1000.00", LocalDate.of(2017, 12, 31));
    private final PipelineSnapshot known = book.replay().snapshot(day(100));
    private final List<Deal> open = known.deals().stream()
            .filter(d -> TestDeals.SALES.requireStage(d.stage()).kind() == StageKind.OPEN).toList();
    private final ForecastWindow window = new ForecastWindow(day(100), day(100), day(110));

    @Test
    void rawRatesByStageAndAgeBucket() {
        WinProbabilityEstimate estimate = HistoricalWinRates.builder().lookbackDays(15).priorWeight(0)
                .observationStart(day(0)).build().estimate(known, open, window);
        assertThat(open).extracting(Deal::id).containsExactly(id(3), id(4), id(5), id(7), id(8));
        assertThat(estimate.deals()).extracting(DealWinProbability::probability)
                .containsExactly(0.25, 0.25, 0.25, 0.0, 0.2);
        assertThat(estimate.deals().get(1).basis()).contains("oldest observed: 0-29 d").contains("1 of 4 won");
        assertThat(estimate.deals().get(4).basis()).contains("no observations");
        assertThat(estimate.rates()).containsExactly(
                new WinRateCell(new StageRef(TestDeals.PIPELINE_ID, "prospecting"), 0, 30, 4, 1, 0.25),
                new WinRateCell(new StageRef(TestDeals.PIPELINE_ID, "prospecting"), 90, 120, 1, 0, 0.0));
        assertThat(estimate.method()).contains("1 reference moments");
    }

    @Test
    void cellsShrinkTowardsTheStageRate() {
        WinProbabilityEstimate estimate = HistoricalWinRates.builder().lookbackDays(15).priorWeight(10)
                .observationStart(day(0)).build().estimate(known, open, window);
        // pipeline rate 1/5; stage rate (1 + 10 x 0.2) / (5 + 10) = 0.2; bucket 0: (1 + 10 x 0.2) / (4 + 10) = 3/14;
        // bucket 3 shrinks towards bucket 0: (0 + 10 x 3/14) / (1 + 10) = 30/154
        List<DealWinProbability> p = estimate.deals();
        assertThat(p.get(0).probability()).isCloseTo(3.0 / 14, within(1e-12));
        assertThat(p.get(3).probability()).isCloseTo(30.0 / 154, within(1e-12));
        assertThat(p.get(4).probability()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void withoutObservableOutcomesDealsKeepTheirStageProbability() {
        // By default outcomes count from the first close (day 92); the only reference window starts on day 90.
        WinProbabilityEstimate estimate = HistoricalWinRates.builder().lookbackDays(15).build().estimate(known, open, window);
        assertThat(estimate.deals()).extracting(DealWinProbability::probability)
                .containsExactly(0.10, 0.10, 0.10, 0.10, 0.75);
        assertThat(estimate.deals().get(0).basis()).contains("no reference observations");
        assertThat(estimate.rates()).isEmpty();
    }

    /*
     * Reference moments one horizon apart. As of day 100 with the window [100, 110) (horizon 10 days) and a 30-day
     * look-back, the moments are days 90, 80 and 70, with the windows [90, 100), [80, 90) and [70, 80). Open at
     * each moment (age bucket 0 = 0-29 days, 1 = 30-59 days; W = won inside the moment's window):
     *   day 90: deal 14 (age 50, b1), 15 (age 5, b0, W on 95), 16 (age 4, b0; its win on 105 is after asOf)
     *   day 80: deal 12 (age 15, b0; lost on 85), 13 (age 8, b0, W on 88), 14 (age 40, b1), 17 (age 30, b1, W on 82)
     *   day 70: deal 11 (age 5, b0, W on 75), 12 (age 5, b0), 14 (age 30, b1), 17 (age 20, b0; won on 82, too late)
     * Pooled: b0 7 observations, 3 won, 6 distinct deals (deal 12 is seen twice); b1 4 observations, 1 won, 2 distinct
     * deals (14 three times, 17 once). Open as of day 100: deal 14 (age 60, older than every observed age: b1),
     * 16 (age 14, b0) and 18 (age 1, b0).
     */
    private final TestDeals.Book cohorts = new TestDeals.Book()
            .create(11, 65).move(11, 75, "closed-won")
            .create(12, 65).move(12, 85, "closed-lost")
            .create(13, 72).move(13, 88, "closed-won")
            .create(14, 40)
            .create(15, 85).move(15, 95, "closed-won")
            .create(16, 86).move(16, 105, "closed-won")
            .create(17, 50).move(17, 82, "closed-won")
            .create(18, 99);

    private WinProbabilityEstimate cohortEstimate(HistoricalWinRates.Builder settings) {
        PipelineSnapshot snapshot = cohorts.replay().snapshot(day(100));
        List<Deal> openNow = snapshot.deals().stream()
                .filter(d -> TestDeals.SALES.requireStage(d.stage()).kind() == StageKind.OPEN).toList();
        assertThat(openNow).extracting(Deal::id).containsExactly(id(14), id(16), id(18));
        return settings.lookbackDays(30).observationStart(day(0)).build().estimate(snapshot, openNow, window);
    }

    @Test
    void referenceMomentsOneHorizonApartPoolWinsOverOpens() {
        WinProbabilityEstimate estimate = cohortEstimate(HistoricalWinRates.builder().priorWeight(0));
        assertThat(estimate.method()).contains("3 reference moments every 10.0 days (one horizon)")
                .contains("from 2017-03-12T00:00:00Z to 2017-04-01T00:00:00Z");
        assertThat(estimate.rates()).containsExactly(
                new WinRateCell(new StageRef(TestDeals.PIPELINE_ID, "prospecting"), 0, 30, 7, 3, 3.0 / 7),
                new WinRateCell(new StageRef(TestDeals.PIPELINE_ID, "prospecting"), 30, 60, 4, 1, 0.25));
        assertThat(estimate.deals()).extracting(DealWinProbability::probability).containsExactly(0.25, 3.0 / 7, 3.0 / 7);
        assertThat(estimate.deals().get(0).basis()).contains("oldest observed: 30-59 d").contains("1 of 4 won");
    }

    @Test
    void eachRateIsUncertainInProportionToTheDistinctDealsBehindIt() {
        // Prior weight 0: Beta concentration = distinct deals in the cell (b1: 2, b0: 6), mean = the rate.
        RateUncertainty raw = cohortEstimate(HistoricalWinRates.builder().priorWeight(0)).uncertainty();
        assertThat(raw.rates()).containsExactly(
                new RatePosterior("prospecting, age 30-59 d", 0.25, 2, 2),
                new RatePosterior("prospecting, age 0-29 d", 3.0 / 7, 6, 6));
        assertThat(raw.rateOfDeal()).containsExactly(0, 1, 1);
        assertThat(raw.rates().get(0).standardDeviation()).isCloseTo(Math.sqrt(0.25 * 0.75 / 3), within(1e-12));
        /*
         * Drift, with rates 3/7 (b0) and 1/4 (b1). Expected wins E and binomial variance V per window:
         *   day 90: E = 2 x 3/7 + 1/4 = 31/28, W = 1, ratio 28/31, V / E^2 = 531/961
         *   day 80: E = 2 x 3/7 + 2/4 = 19/14, W = 2, ratio 28/19, V / E^2 = 339/722
         *   day 70: E = 3 x 3/7 + 1/4 = 43/28, W = 1, ratio 28/43, V / E^2 = 723/1849
         * The ratios' sample variance 0.1776 is below their mean binomial variance 0.4710: no drift beyond chance.
         */
        assertThat(raw.driftVariance()).isZero();

        // Prior weight 10: pipeline and stage rate 4/11; b0 (3 + 10 x 4/11) / (7 + 10) = 73/187;
        // b1 shrinks towards b0: (1 + 10 x 73/187) / (4 + 10) = 131/374. Concentrations 6 + 10 and 2 + 10.
        WinProbabilityEstimate shrunk = cohortEstimate(HistoricalWinRates.builder());
        assertThat(shrunk.deals()).extracting(DealWinProbability::probability)
                .satisfiesExactly(p -> assertThat(p).isCloseTo(131.0 / 374, within(1e-12)),
                        p -> assertThat(p).isCloseTo(73.0 / 187, within(1e-12)),
                        p -> assertThat(p).isCloseTo(73.0 / 187, within(1e-12)));
        assertThat(shrunk.uncertainty().rates()).extracting(RatePosterior::concentration).containsExactly(12.0, 16.0);
    }

    @Test
    void aFixedStepGivesOverlappingWeeklyMoments() {
        // Every 7 days from day 90 back to the look-back's day 70: days 90, 83, 76 (the earlier versions' default).
        WinProbabilityEstimate weekly = cohortEstimate(HistoricalWinRates.builder().stepDays(7));
        assertThat(weekly.method()).contains("3 reference moments every 7.0 days from 2017-03-18T00:00:00Z")
                .doesNotContain("one horizon");
    }

    @Test
    void probabilitiesTakenAsExactHaveNoRate() {
        // Without observable outcomes every deal keeps its stage probability, which is not an estimate.
        WinProbabilityEstimate estimate = HistoricalWinRates.builder().lookbackDays(15).build().estimate(known, open, window);
        assertThat(estimate.uncertainty().rateOfDeal()).containsOnly(-1);
        assertThat(estimate.uncertainty().isNone()).isTrue();
    }
}
