package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.core.model.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewBusinessModelTest {
    private static final LocalDate CLOSE = LocalDate.of(2017, 12, 31);
    private final ForecastContext context = TestDeals.usd();
    private final PeriodCalendar calendar = context.calendar();
    private final Period may = calendar.parse("2017-05");

    /* Days since 2017-01-01: Mar 3 = 61, Mar 10 = 68, Mar 15 = 73, Mar 20 = 78, Mar 25 = 83, Apr 2 = 91,
       Apr 5 = 94, Apr 10 = 99, Apr 15 = 104, Apr 20 = 109, Apr 25 = 114, May 1 = 120, May 3 = 122, May 11 = 130. */
    private final AsOfReplay history = new TestDeals.Book()
            .create(1, 94).move(1, 109, "closed-won")
            .create(2, 99).move(2, 122, "closed-won")
            .create(3, 83).move(3, 91, "closed-won")
            .create(4, 61, "prospecting", "2000.00", CLOSE).move(4, 78, "closed-won")
            .create(5, 68).move(5, 73, "closed-lost")
            .create(6, 104, "prospecting", "500.00", CLOSE).move(6, 114, "closed-won")
            .replay();

    private NewBusinessEstimate estimate(Instant asOf, int references, Optional<Instant> observationStart) {
        AsOfReplay known = history.snapshot(asOf).replay();
        return NewBusinessModel.estimate(known, ForecastWindow.of(asOf, may, calendar), may, context, references,
                observationStart);
    }

    @Test
    void createdAndWonRatePerDayTimesTheWindow() {
        // April (30 d): deals 1 and 6 (1000 + 500); March (31 d): deal 4 (2000). Deal 3 was created in March but
        // won in April, deal 2 won in May: neither counts. 3500 x 31 / 61 = 1778.688...
        NewBusinessEstimate both = estimate(TestDeals.day(120), 2, Optional.of(TestDeals.day(0)));
        assertThat(both.references()).extracting(r -> r.period().label()).containsExactly("2017-04", "2017-03");
        assertThat(both.references()).extracting(ReferenceWindow::createdAndWon).containsExactly(2L, 1L);
        assertThat(both.expectedValue()).isEqualTo(Money.of("1778.69", "USD"));
        assertThat(both.countPerDay()).isCloseTo(3.0 / 61, within(1e-12));
        assertThat(both.expectedCount()).isCloseTo(3.0 * 31 / 61, within(1e-12));
        assertThat(both.windowDays()).isEqualTo(31.0);
        assertThat(both.wonAmounts()).containsExactlyInAnyOrder(Money.of("1000.00", "USD"), Money.of("500.00", "USD"),
                Money.of("2000.00", "USD"));
        // Sampling: (1000^2 + 500^2 + 2000^2) / 3500^2 = 3/7. Between windows: April's value per day over the pooled
        // one is (1500/30) / (3500/61) = 0.8714 and March's (2000/31) / (3500/61) = 1.1244, sample variance 0.0320;
        // their own sampling variances (1250000/30^2 and 4000000/31^2 over (3500/61)^2) are 0.4219 and 1.2643, so
        // the spread is chance: nothing is added.
        assertThat(both.relativeVariance()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(both.basis()).contains("relative standard error of the mean 65.5 %");
    }

    @Test
    void relativeVarianceAddsTheSpreadBetweenWindowsBeyondChance() {
        // Two 10-day windows with values 100 (one deal) and 300 (one deal): pooled 20 per day; ratios 0.5 and 1.5,
        // sample variance 0.5; sampling variances 100^2/(10 x 20)^2 = 0.25 and 300^2/200^2 = 2.25, mean 1.25 > 0.5:
        // nothing added, the result is the sampling part (100^2 + 300^2) / 400^2 = 0.625.
        assertThat(NewBusinessModel.relativeVariance(java.util.List.of(new double[] {100, 10_000, 10},
                new double[] {300, 90_000, 10}))).isCloseTo(0.625, within(1e-12));
        // Many small deals: windows of 1000 and 3000 over 10 days from 100 deals each (squares 10^4 and 9 x 10^4):
        // sampling 10^5 / 4000^2 = 0.00625; ratios 0.5 and 1.5 (variance 0.5), their sampling variances
        // 10^4 / 2000^2 = 0.0025 and 9 x 10^4 / 2000^2 = 0.0225 (mean 0.0125): between (0.5 - 0.0125) x 1.5 = 0.73125.
        assertThat(NewBusinessModel.relativeVariance(java.util.List.of(new double[] {1000, 10_000, 10},
                new double[] {3000, 90_000, 10}))).isCloseTo(0.00625 + 0.73125, within(1e-12));
        assertThat(NewBusinessModel.relativeVariance(java.util.List.of(new double[] {0, 0, 10}))).isZero();
    }

    @Test
    void referenceWindowsBeforeTheFirstCloseAreNotUsed() {
        // The first close is on March 15, so March (from March 1) cannot show its outcomes: only April counts.
        NewBusinessEstimate aprilOnly = estimate(TestDeals.day(120), 4, Optional.empty());
        assertThat(aprilOnly.references()).hasSize(1);
        assertThat(aprilOnly.expectedValue()).isEqualTo(Money.of("1550.00", "USD"));
    }

    @Test
    void insideThePeriodOnlyTheRestIsEstimatedFromTheSameTailOfEarlierPeriods() {
        // As of May 11 the window is the last 21 days of May; April's last 21 days hold deal 6 only.
        NewBusinessEstimate rest = estimate(TestDeals.day(130), 4, Optional.empty());
        assertThat(rest.windowDays()).isEqualTo(21.0);
        assertThat(rest.references()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(Instant.parse("2017-04-10T00:00:00Z"));
            assertThat(r.value()).isEqualTo(Money.of("500.00", "USD"));
        });
        assertThat(rest.expectedValue()).isEqualTo(Money.of("500.00", "USD"));
        assertThat(rest.expectedCount()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void nothingToEstimateWithoutClosesOrAfterThePeriod() {
        NewBusinessEstimate early = estimate(TestDeals.day(70), 4, Optional.empty());
        assertThat(early.expectedValue()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(early.basis()).contains("no deal had closed");
        NewBusinessEstimate over = estimate(TestDeals.day(200), 4, Optional.empty());
        assertThat(over.expectedCount()).isZero();
        assertThat(over.basis()).contains("over");
    }
}
