package dev.crmkit.core.forecast;

import java.util.SplittableRandom;

/**
 * Gamma and Beta variates from a {@link SplittableRandom}, for drawing estimated parameters in the simulation.
 * Gamma uses Marsaglia and Tsang's squeeze method (2000); shapes below 1 use the boost
 * {@code Gamma(a) = Gamma(a + 1) x U^(1/a)}. Beta is {@code X / (X + Y)} with independent Gammas.
 */
final class RandomDraws {
    private RandomDraws() {
    }

    /** A standard normal variate (Marsaglia's polar method; the second value is discarded to keep no state). */
    static double normal(SplittableRandom random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    /** A Gamma(shape, 1) variate; {@code shape} must be positive and finite. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            // u may be 0, which gives 0: a valid (if extreme) draw for a tiny shape.
            return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) {
                return d * v;
            }
            if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * A Beta variate with the given mean and concentration {@code alpha + beta}. A mean of exactly 0 or 1, or an
     * infinite concentration, returns the mean without drawing.
     */
    static double beta(SplittableRandom random, double mean, double concentration) {
        if (mean <= 0 || mean >= 1 || Double.isInfinite(concentration)) {
            return mean;
        }
        double x = gamma(random, mean * concentration);
        double y = gamma(random, (1 - mean) * concentration);
        double sum = x + y;
        return sum > 0 ? x / sum : mean;
    }

    /** A Gamma variate with mean 1 and the given variance (0 returns 1 without drawing). */
    static double unitMeanGamma(SplittableRandom random, double variance) {
        if (variance <= 0) {
            return 1;
        }
        double shape = 1 / variance;
        return gamma(random, shape) / shape;
    }
}
