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
}
