package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    @Test
    void certainDealsGiveExactOutcomes() {
        double[] outcomes = MonteCarlo.simulate(new double[] {1, 0, 1}, new double[] {10, 1000, 5}, 100, 0,
                new double[0], 50, 7);
        assertThat(outcomes).containsOnly(115.0).hasSize(50);
    }

    @Test
    void meanMatchesTheExpectedValue() {
        double[] p = new double[100];
        double[] a = new double[100];
        Arrays.fill(p, 0.5);
        Arrays.fill(a, 1);
        double[] outcomes = MonteCarlo.simulate(p, a, 0, 20, new double[] {2, 4}, 10_000, 11);
        double mean = Arrays.stream(outcomes).average().orElseThrow();
        // 100 x 0.5 x 1 + 20 x mean(2, 4) = 110; the standard error of the mean is below 0.1
        assertThat(mean).isCloseTo(110, within(0.4));
        assertThat(outcomes).isSorted();
    }

    @Test
    void sameSeedSameOutcomesOtherSeedOtherOutcomes() {
        double[] p = {0.3, 0.6, 0.9};
        double[] a = {100, 200, 300};
        double[] first = MonteCarlo.simulate(p, a, 0, 3, new double[] {7, 11}, 1_000, 42);
        assertThat(MonteCarlo.simulate(p, a, 0, 3, new double[] {7, 11}, 1_000, 42)).containsExactly(first);
        assertThat(MonteCarlo.simulate(p, a, 0, 3, new double[] {7, 11}, 1_000, 43)).isNotEqualTo(first);
    }

    @Test
    void poissonHasTheRequestedMeanAndVarianceEvenForLargeMeans() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 20_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            int k = MonteCarlo.poisson(random, 700);
            sum += k;
            sumSquares += (double) k * k;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        assertThat(mean).isCloseTo(700, within(1.0));
        assertThat(variance).isCloseTo(700, within(40.0));
        assertThat(MonteCarlo.poisson(random, 0)).isZero();
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(MonteCarlo.percentile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(MonteCarlo.percentile(sorted, 0.5)).isEqualTo(3);
        assertThat(MonteCarlo.percentile(sorted, 0.9)).isCloseTo(4.6, within(1e-12));
        assertThat(MonteCarlo.percentile(sorted, 1)).isEqualTo(5);
        assertThat(MonteCarlo.percentile(new double[] {8}, 0.9)).isEqualTo(8);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> MonteCarlo.simulate(new double[] {1.5}, new double[] {1}, 0, 0, new double[0], 1, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("probabilities[0]");
        assertThatThrownBy(() -> MonteCarlo.simulate(new double[] {0.5}, new double[0], 0, 0, new double[0], 1, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amounts");
        assertThatThrownBy(() -> MonteCarlo.simulate(new double[0], new double[0], 0, 2, new double[0], 1, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("newDealAmounts");
        assertThatThrownBy(() -> MonteCarlo.simulate(new double[0], new double[0], 0, 0, new double[0], 0, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("runs");
        assertThatThrownBy(() -> MonteCarlo.percentile(new double[0], 0.5)).isInstanceOf(ValidationException.class);
    }

    private static double variance(double[] outcomes) {
        double mean = Arrays.stream(outcomes).average().orElseThrow();
        return Arrays.stream(outcomes).map(x -> (x - mean) * (x - mean)).sum() / (outcomes.length - 1);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    @Test
    void withoutParameterUncertaintyTheDrawsAreThoseOfThePlainSimulation() {
        double[] p = {0.3, 0.6, 0.9};
        double[] a = {100, 200, 300};
        double[] plain = MonteCarlo.simulate(p, a, 5, 3, new double[] {7, 11}, 1_000, 42);
        assertThat(MonteCarlo.simulate(p, a, 5, 3, new double[] {7, 11}, ParameterUncertainty.none(), 1_000, 42))
                .containsExactly(plain);
        // One group holding every deal in order, known exactly and without drift, draws nothing extra either.
        double[] same = filled(3, 0.4);
        ParameterUncertainty exact = ParameterUncertainty.of(new int[] {0, 0, 0}, new double[] {Double.POSITIVE_INFINITY},
                0, 0);
        assertThat(MonteCarlo.simulate(same, a, 0, 0, new double[0], exact, 1_000, 9))
                .containsExactly(MonteCarlo.simulate(same, a, 0, 0, new double[0], 1_000, 9));
    }

    @Test
    void aSharedUncertainRateAddsItsVarianceForEveryPairOfDeals() {
        // 200 deals of amount 1 sharing a rate q ~ Beta with mean m = 0.3 and concentration 20:
        // Var(total) = n m (1 - m) + n (n - 1) Var(q), Var(q) = m (1 - m) / (20 + 1) = 0.01,
        // so 200 x 0.21 + 200 x 199 x 0.01 = 42 + 398 = 440, against 42 with the rate taken as exact.
        int n = 200;
        ParameterUncertainty u = ParameterUncertainty.of(new int[n], new double[] {20}, 0, 0);
        double[] outcomes = MonteCarlo.simulate(filled(n, 0.3), filled(n, 1), 0, 0, new double[0], u, 20_000, 3);
        assertThat(Arrays.stream(outcomes).average().orElseThrow()).isCloseTo(60, within(0.5));
        assertThat(variance(outcomes)).isCloseTo(440, within(25.0));
        double[] exact = MonteCarlo.simulate(filled(n, 0.3), filled(n, 1), 0, 0, new double[0], 20_000, 3);
        assertThat(variance(exact)).isCloseTo(42, within(3.0));
    }

    @Test
    void theDriftFactorMovesEveryGroupTogether() {
        // Two exact groups of 100 deals at 0.3 and a common factor f with mean 1 and variance 0.04:
        // Var(total) = sum over deals of E[f m (1 - f m)] + (sum of m)^2 Var(f)
        //            = 200 x (0.3 - 0.09 x 1.04) + 60^2 x 0.04 = 41.28 + 144 = 185.28.
        int[] groups = new int[200];
        Arrays.fill(groups, 100, 200, 1);
        ParameterUncertainty u = ParameterUncertainty.of(groups,
                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, 0.04, 0);
        double[] outcomes = MonteCarlo.simulate(filled(200, 0.3), filled(200, 1), 0, 0, new double[0], u, 20_000, 5);
        assertThat(Arrays.stream(outcomes).average().orElseThrow()).isCloseTo(60, within(0.3));
        assertThat(variance(outcomes)).isCloseTo(185.28, within(11.0));
    }

    @Test
    void newBusinessUncertaintyWidensThePoissonCount() {
        // Count ~ Poisson(50 h), h with mean 1 and variance 0.1: Var = 50 + 50^2 x 0.1 = 300 (amounts all 1).
        ParameterUncertainty u = ParameterUncertainty.of(new int[0], new double[0], 0, 0.1);
        double[] outcomes = MonteCarlo.simulate(new double[0], new double[0], 0, 50, new double[] {1}, u, 20_000, 8);
        assertThat(Arrays.stream(outcomes).average().orElseThrow()).isCloseTo(50, within(0.5));
        assertThat(variance(outcomes)).isCloseTo(300, within(20.0));
    }

    @Test
    void rejectsInconsistentRateGroups() {
        ParameterUncertainty one = ParameterUncertainty.of(new int[] {0, 0}, new double[] {10}, 0, 0);
        assertThatThrownBy(() -> MonteCarlo.simulate(new double[] {0.2, 0.3}, new double[] {1, 1}, 0, 0, new double[0],
                one, 10, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("rate group 0");
        assertThatThrownBy(() -> MonteCarlo.simulate(new double[] {0.2}, new double[] {1}, 0, 0, new double[0],
                one, 10, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("rateOfDeal");
        assertThatThrownBy(() -> ParameterUncertainty.of(new int[] {1}, new double[] {10}, 0, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rateOfDeal[0]");
        assertThatThrownBy(() -> ParameterUncertainty.of(new int[] {0}, new double[] {0}, 0, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rateConcentrations[0]");
        assertThatThrownBy(() -> ParameterUncertainty.of(new int[0], new double[0], -1, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rateDriftVariance");
    }
}
