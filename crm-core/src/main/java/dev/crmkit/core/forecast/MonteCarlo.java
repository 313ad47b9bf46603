package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The seeded simulation behind predictive forecasts, on primitive arrays so hosts and benchmarks can call it
 * directly. Each run adds: a base amount (business already won); each open deal's amount with its probability
 * (one Bernoulli draw per deal); and a Poisson number of new deals, each with an amount drawn with replacement
 * from a sample of past won amounts. The same inputs and seed give the same outcomes.
 *
 * <p>Probabilities and amounts are turned into primitive arrays once; the inner loop then does one
 * {@link SplittableRandom#nextLong()}, an integer comparison and an addition per deal, without branches or
 * allocation. Each draw is the one {@link SplittableRandom#nextDouble()} would make, so a deal is won exactly
 * when {@code nextDouble() < p}.
 */
public final class MonteCarlo {
    /** Poisson draws are split into chunks of at most this mean, so Knuth's product method never underflows. */
    private static final double POISSON_CHUNK = 30;
    private static final double TWO_TO_53 = 0x1.0p53;

    private MonteCarlo() {
    }

    /**
     * Simulates {@code runs} outcomes and returns them sorted ascending.
     *
     * @param probabilities  win probability of each open deal, 0..1
     * @param amounts        amount of each open deal, same length
     * @param base           amount added to every run
     * @param newDealsMean   mean of the Poisson number of new won deals per run (0 for none)
     * @param newDealAmounts the bootstrap sample of new-deal amounts (may be empty only when {@code newDealsMean} is 0)
     * @param runs           number of runs, at least 1
     * @param seed           the seed of the {@link SplittableRandom}
     * @throws ValidationException on mismatched lengths, probabilities outside 0..1, a negative mean or no runs
     */
    public static double[] simulate(double[] probabilities, double[] amounts, double base, double newDealsMean,
                                    double[] newDealAmounts, int runs, long seed) {
        ValidationException.check(probabilities.length == amounts.length, "amounts", amounts.length,
                "must have one amount per probability (" + probabilities.length + ")");
        ValidationException.check(runs >= 1, "runs", runs, "must be at least 1");
        ValidationException.check(newDealsMean >= 0 && Double.isFinite(newDealsMean), "newDealsMean", newDealsMean,
                "must be a finite number, 0 or more");
        ValidationException.check(newDealsMean == 0 || newDealAmounts.length > 0, "newDealAmounts", null,
                "a positive new-deal mean needs a sample of amounts");
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            ValidationException.check(p >= 0 && p <= 1, "probabilities[" + i + "]", p, "must be between 0 and 1");
        }
        int n = probabilities.length;
        // nextDouble() < p  <=>  (nextLong() >>> 11) < ceil(p * 2^53): the same draw as an integer comparison,
        // whose sign bit masks the amount's bits, so the inner loop has no data-dependent branch.
        long[] thresholds = new long[n];
        long[] amountBits = new long[n];
        for (int i = 0; i < n; i++) {
            thresholds[i] = (long) Math.ceil(probabilities[i] * TWO_TO_53);
            amountBits[i] = Double.doubleToRawLongBits(amounts[i]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] outcomes = new double[runs];
        int sampleSize = newDealAmounts.length;
        for (int r = 0; r < runs; r++) {
            double total = base;
            for (int i = 0; i < n; i++) {
                long mask = ((random.nextLong() >>> 11) - thresholds[i]) >> 63;
                total += Double.longBitsToDouble(amountBits[i] & mask);
            }
            if (newDealsMean > 0) {
                int count = poisson(random, newDealsMean);
                for (int k = 0; k < count; k++) {
                    total += newDealAmounts[random.nextInt(sampleSize)];
                }
            }
            outcomes[r] = total;
        }
        Arrays.sort(outcomes);
        return outcomes;
    }

    /**
     * A Poisson-distributed count with the given mean: Knuth's product-of-uniforms method on chunks of the mean
     * (a sum of independent Poisson counts is Poisson with the summed mean).
     *
     * @throws ValidationException for a negative or non-finite mean
     */
    public static int poisson(SplittableRandom random, double mean) {
        ValidationException.check(mean >= 0 && Double.isFinite(mean), "mean", mean, "must be a finite number, 0 or more");
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double chunk = Math.min(remaining, POISSON_CHUNK);
            remaining -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    /**
     * The {@code q}-quantile of sorted outcomes, interpolating linearly between order statistics (position
     * {@code q x (n - 1)}, the common "type 7" definition).
     *
     * @throws ValidationException for an empty array or {@code q} outside 0..1
     */
    public static double percentile(double[] sorted, double q) {
        ValidationException.check(sorted.length > 0, "outcomes", null, "must not be empty");
        ValidationException.check(q >= 0 && q <= 1, "q", q, "must be between 0 and 1");
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        double fraction = position - lower;
        double value = sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
        // Floating-point rounding must not push the result past its neighbours (keeps P10 <= P50 <= P90).
        return Math.min(Math.max(value, sorted[lower]), sorted[upper]);
    }
}
