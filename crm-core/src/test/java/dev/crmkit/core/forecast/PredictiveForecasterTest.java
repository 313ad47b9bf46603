package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.day;
import static dev.crmkit.core.forecast.TestDeals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictiveForecasterTest {
    private final ForecastContext context = TestDeals.usd();
    private final Period q2 = context.calendar().parse("2017-Q2");
    private final Instant asOf = day(100);

    /* Q2 runs from day 90 (April 1) to day 181. As of day 100: deal 1 won on day 95 (in Q2), deals 2 and 3 are
       open, deal 4 was lost on day 100, deal 5 won on day 60 (Q1), deal 6 is created after the as-of moment. */
    private final AsOfReplay history = new TestDeals.Book()
            .create(1, 10).move(1, 95, "closed-won")
            .create(2, 20)
            .create(3, 30, "proposal", "3000.00", LocalDate.of(2017, 6, 30))
            .create(4, 40).move(4, 100, "closed-lost")
            .create(5, 50).move(5, 60, "closed-won")
            .create(6, 110).move(6, 120, "closed-won")
            .replay();

    private PredictiveForecaster.Builder half() {
        return PredictiveForecaster.builder().context(context).seed(7)
                .estimator(WinProbabilityEstimator.perDeal("coin", deal -> 0.5));
    }

    @Test
    void expectedIsClosedSoFarPlusProbabilityTimesAmountPlusNewBusiness() {
        PredictiveForecast f = half().build().forecast(history, asOf, q2);
        assertThat(f.closedWonSoFar()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(f.closedWonDeals()).containsExactly(id(1));
        assertThat(f.openDeals()).extracting(OpenDealForecast::deal).containsExactly(id(2), id(3));
        assertThat(f.openDeals()).extracting(OpenDealForecast::probability).containsExactly(0.5, 0.5);
        assertThat(f.openExpected()).isEqualTo(Money.of("2000.00", "USD"));
        // Outcomes start at March 2 (first close); Q1's reference window starts January 10: no new business.
        assertThat(f.newBusiness().expectedValue()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(f.newBusiness().basis()).startsWith("none");
        assertThat(f.expected()).isEqualTo(Money.of("3000.00", "USD"));
        // Outcomes are 1000 + {0, 1000, 3000, 4000}, each a quarter of the time.
        assertThat(f.p10()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(f.p90()).isEqualTo(Money.of("5000.00", "USD"));
        assertThat(f.p10().compareTo(f.p50())).isLessThanOrEqualTo(0);
        assertThat(f.p50().compareTo(f.p90())).isLessThanOrEqualTo(0);
        assertThat(f.window()).isEqualTo(new ForecastWindow(asOf, asOf, Instant.parse("2017-07-01T00:00:00Z")));
        assertThat(f.method()).isEqualTo("coin");
    }

    @Test
    void newBusinessComesFromEarlierPeriodsOfTheSameKind() {
        // Trusting outcomes from day 0: Q1's last 81 days (January 10 to April 1) held deal 5, created and won
        // inside: one deal of 1000 per 81 days, times the 81 days left in Q2.
        PredictiveForecast f = half().observationStart(day(0)).build().forecast(history, asOf, q2);
        assertThat(f.newBusiness().references()).singleElement().satisfies(r -> assertThat(r.createdAndWon()).isEqualTo(1));
        assertThat(f.newBusiness().expectedCount()).isEqualTo(1.0);
        assertThat(f.expected()).isEqualTo(Money.of("4000.00", "USD"));
    }

    @Test
    void usesOnlyWhatWasKnownAndTheSameSeedGivesTheSameForecast() {
        PredictiveForecaster forecaster = PredictiveForecaster.builder().context(context).seed(99).build();
        PredictiveForecast full = forecaster.forecast(history, asOf, q2);
        PredictiveForecast fromSnapshot = forecaster.forecast(history.snapshot(asOf).replay(), asOf, q2);
        assertThat(fromSnapshot).isEqualTo(full);
        assertThat(forecaster.forecast(history, asOf, q2)).isEqualTo(full);
        assertThat(full.openDeals()).allSatisfy(d -> assertThat(d.probability()).isBetween(0.0, 1.0));
    }

    @Test
    void rejectsAMissingSeedAndAMisbehavingEstimator() {
        assertThatThrownBy(() -> PredictiveForecaster.builder().context(context).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("seed");
        PredictiveForecaster broken = half().estimator((known, open, window) ->
                new WinProbabilityEstimate("broken", List.of(), List.of())).build();
        assertThatThrownBy(() -> broken.forecast(history, asOf, q2))
                .isInstanceOf(ValidationException.class).hasMessageContaining("one probability per open deal");
        PredictiveForecaster outOfRange = half().estimator(WinProbabilityEstimator.perDeal("bad", d -> 1.5)).build();
        assertThatThrownBy(() -> outOfRange.forecast(history, asOf, q2))
                .isInstanceOf(ValidationException.class).hasMessageContaining("probability");
    }

    @Test
    void parameterUncertaintyIsOnByDefaultAndOnlyDrawsWhatIsEstimated() {
        // A per-deal model's probabilities are taken as exact and this history has no new business, so turning
        // parameter uncertainty off changes nothing but the flag.
        PredictiveForecast with = half().build().forecast(history, asOf, q2);
        PredictiveForecast without = half().parameterUncertainty(false).build().forecast(history, asOf, q2);
        assertThat(with.parameterUncertainty()).isTrue();
        assertThat(without.parameterUncertainty()).isFalse();
        assertThat(with.rateUncertainty().isNone()).isTrue();
        assertThat(List.of(with.p10(), with.p50(), with.p90())).isEqualTo(List.of(without.p10(), without.p50(), without.p90()));
    }

    @Test
    void theForecastReportsWhichEstimatedRateEachOpenDealUses() {
        PredictiveForecast f = PredictiveForecaster.builder().context(context).seed(3).observationStart(day(0)).build()
                .forecast(history, asOf, q2);
        RateUncertainty u = f.rateUncertainty();
        assertThat(u.rateOfDeal()).hasSize(f.openDeals().size());
        for (int i = 0; i < f.openDeals().size(); i++) {
            int rate = u.rateOfDeal().get(i);
            if (rate >= 0) {
                assertThat(u.rates().get(rate).mean()).isEqualTo(f.openDeals().get(i).probability());
            }
        }
    }
}
