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
}
