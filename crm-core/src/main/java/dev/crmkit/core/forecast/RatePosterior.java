package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;

/**
 * How well an estimated win rate is known: a Beta distribution with the given mean and concentration
 * ({@code alpha + beta}, i.e. {@code alpha = mean x concentration}). The simulation draws the rate from it once
 * per run, so the forecast interval includes the rate's estimation error.
 *
 * @param label                 what the rate is for, e.g. {@code "engaging, age 30-59 d"}
 * @param mean                  the rate the deals are forecast with, 0..1
 * @param concentration         {@code alpha + beta}, positive; {@code Double.POSITIVE_INFINITY} for a rate taken as exact
 * @param effectiveObservations the independent observations behind it (distinct deals in the cell)
 */
public record RatePosterior(String label, double mean, double concentration, long effectiveObservations) {
    public RatePosterior {
        ValidationException.check(label != null, "label", null, "is required");
        ValidationException.check(mean >= 0 && mean <= 1, "mean", mean, "must be between 0 and 1 (" + label + ")");
        ValidationException.check(concentration > 0, "concentration", concentration, "must be positive (" + label + ")");
        ValidationException.check(effectiveObservations >= 0, "effectiveObservations", effectiveObservations,
                "must be 0 or more (" + label + ")");
    }

    /** The standard deviation of the rate: {@code sqrt(mean (1 - mean) / (concentration + 1))}. */
    public double standardDeviation() {
        return Math.sqrt(mean * (1 - mean) / (concentration + 1));
    }
}
