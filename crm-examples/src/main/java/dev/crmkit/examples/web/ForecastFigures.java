package dev.crmkit.examples.web;

import dev.crmkit.core.model.shared.Money;
import java.util.Objects;

/**
 * The forecasts of one period, all in the reporting currency, as the forecast page charts them.
 *
 * @param period   the period label, e.g. {@code 2025-Q4}
 * @param weighted won so far plus the weighted open pipeline
 * @param commit   the commit forecast (commit + closed)
 * @param bestCase the best-case forecast (best case + most likely + commit + closed)
 * @param expected the predictive forecast's expected won value
 * @param p10      its 10th percentile
 * @param p50      its median
 * @param p90      its 90th percentile
 */
record ForecastFigures(String period, Money weighted, Money commit, Money bestCase, Money expected, Money p10,
                       Money p50, Money p90) {
    ForecastFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(weighted, "weighted");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(bestCase, "bestCase");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(p10, "p10");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
    }

    /** The largest figure, which the chart's scale must reach. */
    double max() {
        double max = 0;
        for (Money money : new Money[] {weighted, commit, bestCase, expected, p10, p50, p90}) {
            max = Math.max(max, money.amount().doubleValue());
        }
        return max;
    }
}
