package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RandomDrawsTest {
    private static final int N = 40_000;

    /** Sample mean and variance of N draws. */
    private static double[] moments(DoubleSupplier draw) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < N; i++) {
            double x = draw.getAsDouble();
            sum += x;
            squares += x * x;
        }
        double mean = sum / N;
        return new double[] {mean, (squares - N * mean * mean) / (N - 1)};
    }

    @Test
    void gammaHasMeanAndVarianceEqualToItsShape() {
        SplittableRandom random = new SplittableRandom(1);
        for (double shape : new double[] {0.3, 1, 4.5, 900}) {
            double[] m = moments(() -> RandomDraws.gamma(random, shape));
            // Standard errors: sqrt(shape / N) for the mean; the variance is checked to about 5 standard errors.
            assertThat(m[0]).as("mean, shape %s", shape).isCloseTo(shape, within(5 * Math.sqrt(shape / N)));
            assertThat(m[1]).as("variance, shape %s", shape).isCloseTo(shape, within(0.06 * shape + 0.01));
        }
    }

    @Test
    void betaHasTheRequestedMeanAndVariance() {
        // Mean 0.3, concentration 9: variance 0.3 x 0.7 / 10 = 0.021.
        SplittableRandom random = new SplittableRandom(2);
        double[] m = moments(() -> RandomDraws.beta(random, 0.3, 9));
        assertThat(m[0]).isCloseTo(0.3, within(0.004));
        assertThat(m[1]).isCloseTo(0.021, within(0.001));
        assertThat(RandomDraws.beta(random, 0, 5)).isZero();
        assertThat(RandomDraws.beta(random, 1, 5)).isEqualTo(1);
        assertThat(RandomDraws.beta(random, 0.4, Double.POSITIVE_INFINITY)).isEqualTo(0.4);
    }

    @Test
    void unitMeanGammaHasTheRequestedVariance() {
        SplittableRandom random = new SplittableRandom(3);
        double[] m = moments(() -> RandomDraws.unitMeanGamma(random, 0.05));
        assertThat(m[0]).isCloseTo(1, within(0.005));
        assertThat(m[1]).isCloseTo(0.05, within(0.003));
        assertThat(RandomDraws.unitMeanGamma(random, 0)).isEqualTo(1);
    }

    @Test
    void normalIsStandard() {
        SplittableRandom random = new SplittableRandom(4);
        double[] m = moments(() -> RandomDraws.normal(random));
        assertThat(m[0]).isCloseTo(0, within(0.02));
        assertThat(m[1]).isCloseTo(1, within(0.03));
    }
}
