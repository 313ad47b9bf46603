package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.util.Arrays;

/**
 * Estimation error of the simulation's inputs, on primitive arrays for {@link MonteCarlo#simulate}. Once per
 * run the simulation draws:
 * <ul>
 *   <li>a drift factor {@code f} from a Gamma distribution with mean 1 and variance {@code rateDriftVariance};</li>
 *   <li>for each rate group {@code g}, a rate {@code q} from a Beta distribution with the group's mean (the
 *   probability of its deals) and concentration {@code rateConcentrations[g]}; its deals are then won with
 *   probability {@code min(1, f x q)};</li>
 *   <li>a factor {@code h} from a Gamma distribution with mean 1 and variance {@code newBusinessVariance}, which
 *   multiplies the mean of the Poisson count of new deals.</li>
 * </ul>
 * Deals in no group keep their probability. {@link #none()} draws nothing and gives exactly the draws of the
 * simulation without parameter uncertainty.
 */
public final class ParameterUncertainty {
    private static final ParameterUncertainty NONE = new ParameterUncertainty(new int[0], new double[0], 0, 0);

    private final int[] rateOfDeal;
    private final double[] rateConcentrations;
    private final double rateDriftVariance;
    private final double newBusinessVariance;

    private ParameterUncertainty(int[] rateOfDeal, double[] rateConcentrations, double rateDriftVariance,
                                 double newBusinessVariance) {
        this.rateOfDeal = rateOfDeal;
        this.rateConcentrations = rateConcentrations;
        this.rateDriftVariance = rateDriftVariance;
        this.newBusinessVariance = newBusinessVariance;
    }

    /** No parameter uncertainty: every probability and the new-business mean are taken as exact. */
    public static ParameterUncertainty none() {
        return NONE;
    }

    /**
     * Parameter uncertainty (the arrays are copied).
     *
     * @param rateOfDeal          for each open deal, its rate group (0-based) or -1; empty for "no groups"
     * @param rateConcentrations  per group, the Beta concentration {@code alpha + beta} (positive; infinite = exact)
     * @param rateDriftVariance   variance of the common factor on the grouped rates (0 = none)
     * @param newBusinessVariance relative variance of the new-business mean (0 = none)
     * @throws ValidationException on a group index out of range, a concentration that is not positive, or a
     *                             negative or non-finite variance
     */
    public static ParameterUncertainty of(int[] rateOfDeal, double[] rateConcentrations, double rateDriftVariance,
                                          double newBusinessVariance) {
        for (int i = 0; i < rateOfDeal.length; i++) {
            int g = rateOfDeal[i];
            ValidationException.check(g >= -1 && g < rateConcentrations.length, "rateOfDeal[" + i + "]", g,
                    "must be -1 or one of the " + rateConcentrations.length + " groups");
        }
        for (int g = 0; g < rateConcentrations.length; g++) {
            ValidationException.check(rateConcentrations[g] > 0, "rateConcentrations[" + g + "]", rateConcentrations[g],
                    "must be positive");
        }
        ValidationException.check(rateDriftVariance >= 0 && Double.isFinite(rateDriftVariance), "rateDriftVariance",
                rateDriftVariance, "must be a finite number, 0 or more");
        ValidationException.check(newBusinessVariance >= 0 && Double.isFinite(newBusinessVariance), "newBusinessVariance",
                newBusinessVariance, "must be a finite number, 0 or more");
        return new ParameterUncertainty(rateOfDeal.clone(), rateConcentrations.clone(), rateDriftVariance,
                newBusinessVariance);
    }

    int[] rateOfDeal() {
        return rateOfDeal;
    }

    double[] rateConcentrations() {
        return rateConcentrations;
    }

    double rateDriftVariance() {
        return rateDriftVariance;
    }

    double newBusinessVariance() {
        return newBusinessVariance;
    }

    /** Whether the deals fall into groups whose rates are drawn. */
    boolean hasRateGroups() {
        return Arrays.stream(rateOfDeal).anyMatch(g -> g >= 0);
    }

    @Override
    public String toString() {
        return "ParameterUncertainty[groups=" + rateConcentrations.length + ", rateDriftVariance=" + rateDriftVariance
                + ", newBusinessVariance=" + newBusinessVariance + "]";
    }
}
