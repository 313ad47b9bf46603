package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.util.List;

/**
 * What a {@link WinProbabilityEstimator} produced: a probability per open deal, the rates behind them and how
 * well those rates are known.
 *
 * @param method      a short description of the estimator and its settings
 * @param deals       one entry per open deal, in the order the deals were given
 * @param rates       the rate table the probabilities come from (empty for per-deal models)
 * @param uncertainty the rates' estimation error, used by the simulation ({@link RateUncertainty#none()} when
 *                    the probabilities are taken as exact)
 */
public record WinProbabilityEstimate(String method, List<DealWinProbability> deals, List<WinRateCell> rates,
                                     RateUncertainty uncertainty) {
    public WinProbabilityEstimate {
        deals = List.copyOf(deals);
        rates = List.copyOf(rates);
        ValidationException.check(uncertainty != null, "uncertainty", null, "is required (RateUncertainty.none())");
        ValidationException.check(uncertainty.rateOfDeal().isEmpty() || uncertainty.rateOfDeal().size() == deals.size(),
                "uncertainty", uncertainty.rateOfDeal().size(), "must give a rate for each of the " + deals.size()
                        + " deals, or none");
        for (int i = 0; i < uncertainty.rateOfDeal().size(); i++) {
            int r = uncertainty.rateOfDeal().get(i);
            ValidationException.check(r < 0 || uncertainty.rates().get(r).mean() == deals.get(i).probability(),
                    "uncertainty", r, "rate " + r + " must have deal " + i + "'s probability as its mean");
        }
    }

    /** An estimate whose probabilities are taken as exact. */
    public WinProbabilityEstimate(String method, List<DealWinProbability> deals, List<WinRateCell> rates) {
        this(method, deals, rates, RateUncertainty.none());
    }
}
