package dev.crmkit.core.forecast;

import java.util.List;

/**
 * What a {@link WinProbabilityEstimator} produced: a probability per open deal and the rates behind them.
 *
 * @param method a short description of the estimator and its settings
 * @param deals  one entry per open deal, in the order the deals were given
 * @param rates  the rate table the probabilities come from (empty for per-deal models)
 */
public record WinProbabilityEstimate(String method, List<DealWinProbability> deals, List<WinRateCell> rates) {
    public WinProbabilityEstimate {
        deals = List.copyOf(deals);
        rates = List.copyOf(rates);
    }
}
