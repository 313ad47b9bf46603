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
 * <p>With {@link ParameterUncertainty}, each run first draws the estimated parameters (a drift factor, one rate
 * per rate group, a factor on the new-business mean) and then the outcomes given them, so the spread of the
 * outcomes includes estimation error and not only chance. The rates are drawn once per run and group, never per
 * deal, so the per-deal cost stays the same.
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
     * Simulates {@code runs} outcomes without parameter uncertainty (every probability and the new-business mean
     * taken as exact) and returns them sorted ascending.
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
        return simulate(probabilities, amounts, base, newDealsMean, newDealAmounts, ParameterUncertainty.none(), runs,
                seed);
    }

    /**
     * Simulates {@code runs} outcomes, drawing the estimated parameters once per run (see
     * {@link ParameterUncertainty}), and returns them sorted ascending.
     *
     * @param probabilities  win probability of each open deal, 0..1 (for a deal in a rate group: the group's mean)
     * @param amounts        amount of each open deal, same length
     * @param base           amount added to every run
     * @param newDealsMean   mean of the Poisson number of new won deals per run (0 for none)
     * @param newDealAmounts the bootstrap sample of new-deal amounts (may be empty only when {@code newDealsMean} is 0)
     * @param uncertainty    the parameters' estimation error ({@link ParameterUncertainty#none()} for none)
     * @param runs           number of runs, at least 1
     * @param seed           the seed of the {@link SplittableRandom}
     * @throws ValidationException on mismatched lengths, probabilities outside 0..1, deals of one rate group with
     *                             different probabilities, a negative mean or no runs
     */
    public static double[] simulate(double[] probabilities, double[] amounts, double base, double newDealsMean,
                                    double[] newDealAmounts, ParameterUncertainty uncertainty, int runs, long seed) {
        ValidationException.check(probabilities.length == amounts.length, "amounts", amounts.length,
                "must have one amount per probability (" + probabilities.length + ")");
        ValidationException.check(runs >= 1, "runs", runs, "must be at least 1");
        ValidationException.check(newDealsMean >= 0 && Double.isFinite(newDealsMean), "newDealsMean", newDealsMean,
                "must be a finite number, 0 or more");
        ValidationException.check(newDealsMean == 0 || newDealAmounts.length > 0, "newDealAmounts", null,
                "a positive new-deal mean needs a sample of amounts");
        ValidationException.check(uncertainty != null, "uncertainty", null, "is required (ParameterUncertainty.none())");
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            ValidationException.check(p >= 0 && p <= 1, "probabilities[" + i + "]", p, "must be between 0 and 1");
        }
        int n = probabilities.length;
        int[] rateOfDeal = uncertainty.rateOfDeal();
        ValidationException.check(rateOfDeal.length == 0 || rateOfDeal.length == n, "rateOfDeal", rateOfDeal.length,
                "must be empty or have one entry per probability (" + n + ")");
        boolean grouped = rateOfDeal.length == n && uncertainty.hasRateGroups();
        double[] concentrations = uncertainty.rateConcentrations();
        int groups = grouped ? concentrations.length : 0;
        double[] groupMeans = groupMeans(probabilities, rateOfDeal, groups);

        // Deals are laid out group by group, then the deals in no group in their given order; each group's deals
        // share one threshold, redrawn every run. Without groups the layout and the draws are exactly those of
        // the plain simulation.
        int[] groupEnd = new int[groups];
        int[] order = layout(rateOfDeal, groups, grouped, n, groupEnd);
        int fixedFrom = groups == 0 ? 0 : groupEnd[groups - 1];
        long[] fixedThresholds = new long[n];
        long[] amountBits = new long[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            fixedThresholds[k] = threshold(probabilities[i]);
            amountBits[k] = Double.doubleToRawLongBits(amounts[i]);
        }
        long[] groupThresholds = new long[groups];
        double driftVariance = grouped ? uncertainty.rateDriftVariance() : 0;
        double newBusinessVariance = newDealsMean > 0 ? uncertainty.newBusinessVariance() : 0;
        SplittableRandom random = new SplittableRandom(seed);
        double[] outcomes = new double[runs];
        int sampleSize = newDealAmounts.length;
        for (int r = 0; r < runs; r++) {
            if (grouped) {
                double drift = RandomDraws.unitMeanGamma(random, driftVariance);
                for (int g = 0; g < groups; g++) {
                    if (!Double.isNaN(groupMeans[g])) {
                        double rate = RandomDraws.beta(random, groupMeans[g], concentrations[g]);
                        groupThresholds[g] = threshold(Math.min(1, drift * rate));
                    }
                }
            }
            double total = base;
            int k = 0;
            for (int g = 0; g < groups; g++) {
                long threshold = groupThresholds[g];
                for (int end = groupEnd[g]; k < end; k++) {
                    total += won(random, threshold, amountBits[k]);
                }
            }
            for (k = fixedFrom; k < n; k++) {
                total += won(random, fixedThresholds[k], amountBits[k]);
            }
            if (newDealsMean > 0) {
                double mean = newDealsMean * RandomDraws.unitMeanGamma(random, newBusinessVariance);
                int count = poisson(random, mean);
                for (int c = 0; c < count; c++) {
                    total += newDealAmounts[random.nextInt(sampleSize)];
                }
            }
            outcomes[r] = total;
        }
        Arrays.sort(outcomes);
        return outcomes;
    }

    /**
     * The amount when the deal is won, else 0. {@code nextDouble() < p} is the same draw as
     * {@code (nextLong() >>> 11) < ceil(p x 2^53)}; the sign bit of the difference masks the amount's bits, so
     * there is no data-dependent branch.
     */
    private static double won(SplittableRandom random, long threshold, long amountBits) {
        long mask = ((random.nextLong() >>> 11) - threshold) >> 63;
        return Double.longBitsToDouble(amountBits & mask);
    }

    /** Deal indices group by group, then the ungrouped ones in order; {@code groupEnd[g]} ends group g's run. */
    private static int[] layout(int[] rateOfDeal, int groups, boolean grouped, int n, int[] groupEnd) {
        int[] order = new int[n];
        if (!grouped) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        int[] sizes = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            sizes[rateOfDeal[i] < 0 ? groups : rateOfDeal[i]]++;
        }
        int[] next = new int[groups + 1];
        for (int g = 1; g <= groups; g++) {
            next[g] = next[g - 1] + sizes[g - 1];
        }
        for (int g = 0; g < groups; g++) {
            groupEnd[g] = next[g] + sizes[g];
        }
        for (int i = 0; i < n; i++) {
            order[next[rateOfDeal[i] < 0 ? groups : rateOfDeal[i]]++] = i;
        }
        return order;
    }

    private static long threshold(double p) {
        return (long) Math.ceil(p * TWO_TO_53);
    }

    /** Each group's mean: the probability its deals share (NaN for a group without deals). */
    private static double[] groupMeans(double[] probabilities, int[] rateOfDeal, int groups) {
        double[] means = new double[groups];
        Arrays.fill(means, Double.NaN);
        for (int i = 0; i < rateOfDeal.length && groups > 0; i++) {
            int g = rateOfDeal[i];
            if (g < 0) {
                continue;
            }
            if (Double.isNaN(means[g])) {
                means[g] = probabilities[i];
            } else {
                ValidationException.check(Math.abs(means[g] - probabilities[i]) <= 1e-12, "probabilities[" + i + "]",
                        probabilities[i], "must equal the probability of the other deals of rate group " + g
                                + " (" + means[g] + ")");
            }
        }
        return means;
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
