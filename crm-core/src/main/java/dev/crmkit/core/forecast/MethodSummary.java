package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.util.OptionalDouble;

/**
 * One method's accuracy over all cases of a backtest.
 *
 * @param method                   the method
 * @param cases                    how many cases
 * @param meanAbsoluteError        mean |forecast - actual|
 * @param meanAbsolutePercentError mean |percent error| over cases with a non-zero actual
 * @param bias                     mean (forecast - actual); positive means the method over-forecasts
 * @param intervalCoverage         share of cases whose P10-P90 interval contained the actual, for methods with one
 */
public record MethodSummary(String method, int cases, Money meanAbsoluteError, OptionalDouble meanAbsolutePercentError,
                            Money bias, OptionalDouble intervalCoverage) {
}
