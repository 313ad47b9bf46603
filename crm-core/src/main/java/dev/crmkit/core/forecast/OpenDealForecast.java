package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;

/**
 * One open deal's part in a {@link PredictiveForecast}.
 *
 * @param deal        the deal
 * @param stage       its stage at the as-of moment
 * @param amount      its amount in the reporting currency (zero when it has none)
 * @param probability the probability it is won inside the window
 * @param basis       why that probability
 */
public record OpenDealForecast(DealId deal, StageRef stage, Money amount, double probability, String basis) {
}
