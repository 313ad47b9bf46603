package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import java.util.List;

/**
 * A predictive forecast of the won value of a period, with everything needed to explain it.
 *
 * <p>expected = closed won so far + sum over open deals of (probability x amount) + expected new business.
 * The percentiles come from the seeded simulation ({@link MonteCarlo}).
 *
 * @param period          the period
 * @param window          the part of it that was still to come at the as-of moment
 * @param closedWonSoFar  won value with a close moment in the period, up to the as-of moment
 * @param closedWonDeals  the deals behind it
 * @param openDeals       every deal open at the as-of moment with its amount and probability
 * @param openExpected    sum of probability x amount over the open deals
 * @param method          how the open-deal probabilities were estimated
 * @param rates           the rate table behind them (empty for per-deal models)
 * @param rateUncertainty how well those rates are known, as the estimator reported it
 * @param newBusiness     the estimate for deals not yet created
 * @param expected        the expected (mean) won value
 * @param p10             10th percentile of the simulated won value
 * @param p50             median
 * @param p90             90th percentile
 * @param parameterUncertainty whether the simulation drew the estimated rates and the new-business mean from their
 *                        estimation error ({@code rateUncertainty}, {@link NewBusinessEstimate#relativeVariance()})
 *                        or took them as exact
 * @param runs            simulation runs
 * @param seed            simulation seed
 */
public record PredictiveForecast(Period period, ForecastWindow window, Money closedWonSoFar, List<DealId> closedWonDeals,
                                 List<OpenDealForecast> openDeals, Money openExpected, String method,
                                 List<WinRateCell> rates, RateUncertainty rateUncertainty,
                                 NewBusinessEstimate newBusiness, Money expected, Money p10, Money p50, Money p90,
                                 boolean parameterUncertainty, int runs, long seed) {
    public PredictiveForecast {
        closedWonDeals = List.copyOf(closedWonDeals);
        openDeals = List.copyOf(openDeals);
        rates = List.copyOf(rates);
    }
}
