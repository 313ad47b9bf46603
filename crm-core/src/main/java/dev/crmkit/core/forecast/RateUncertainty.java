package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.util.List;

/**
 * The estimation error of a {@link WinProbabilityEstimate}: open deals share estimated rates, each rate has a
 * {@link RatePosterior}, and all estimated rates move together by a common factor with mean 1 and variance
 * {@code driftVariance} (how much the overall win rate varied between past reference windows beyond chance).
 *
 * @param rates         the shared rates
 * @param rateOfDeal    for each open deal, in the estimate's order, the index of its rate in {@code rates}, or
 *                      -1 when its probability is taken as exact; empty when every probability is exact
 * @param driftVariance variance of the common factor, 0 or more
 */
public record RateUncertainty(List<RatePosterior> rates, List<Integer> rateOfDeal, double driftVariance) {
    private static final RateUncertainty NONE = new RateUncertainty(List.of(), List.of(), 0);

    public RateUncertainty {
        rates = List.copyOf(rates);
        rateOfDeal = List.copyOf(rateOfDeal);
        ValidationException.check(driftVariance >= 0 && Double.isFinite(driftVariance), "driftVariance", driftVariance,
                "must be a finite number, 0 or more");
        for (int i = 0; i < rateOfDeal.size(); i++) {
            int r = rateOfDeal.get(i);
            ValidationException.check(r >= -1 && r < rates.size(), "rateOfDeal[" + i + "]", r,
                    "must be -1 or the index of one of the " + rates.size() + " rates");
        }
    }

    /** Every probability taken as exact. */
    public static RateUncertainty none() {
        return NONE;
    }

    /** Whether any rate is uncertain. */
    public boolean isNone() {
        return rateOfDeal.stream().allMatch(r -> r < 0) && driftVariance == 0;
    }
}
