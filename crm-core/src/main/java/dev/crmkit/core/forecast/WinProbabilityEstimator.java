package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Estimates, for each deal open at a forecast's as-of moment, the probability that it is won inside the
 * forecast window. The default, {@link #historical()}, uses empirical win rates by stage and age; a trained
 * per-deal model plugs in through {@link #perDeal}.
 */
@FunctionalInterface
public interface WinProbabilityEstimator {

    /**
     * Estimates win probabilities.
     *
     * @param known     everything known at the as-of moment (the only data an estimator may use)
     * @param openDeals the deals open at the as-of moment, as they stood then
     * @param window    the window the wins must fall in
     * @return one probability per open deal, in the same order
     */
    WinProbabilityEstimate estimate(PipelineSnapshot known, List<Deal> openDeals, ForecastWindow window);

    /**
     * Empirical win rates by stage and age bucket with the default settings of {@link HistoricalWinRates}
     * (reference moments one horizon apart; {@code HistoricalWinRates.builder().stepDays(7).build()} gives the
     * weekly moments of earlier versions).
     */
    static WinProbabilityEstimator historical() {
        return HistoricalWinRates.builder().build();
    }

    /**
     * A per-deal probability function, e.g. a trained deal-scoring model. It should return the probability
     * that the deal is won inside the window; a model of "won eventually" overstates wins that take longer.
     * Its probabilities are taken as exact by the simulation ({@link RateUncertainty#none()}).
     *
     * @param name        a name for reports
     * @param probability the function (values outside 0..1 are rejected with a
     *                    {@link dev.crmkit.core.error.ValidationException} naming the deal)
     */
    static WinProbabilityEstimator perDeal(String name, ToDoubleFunction<Deal> probability) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probability, "probability");
        return (known, openDeals, window) -> {
            List<DealWinProbability> out = new ArrayList<>(openDeals.size());
            for (Deal deal : openDeals) {
                out.add(new DealWinProbability(deal.id(), probability.applyAsDouble(deal), name));
            }
            return new WinProbabilityEstimate(name, out, List.of());
        };
    }
}
