package dev.crmkit.core.analytics;

import dev.crmkit.core.forecast.StageRef;
import dev.crmkit.core.model.shared.DealId;

/**
 * An open deal untouched for at least its stage's rotting threshold.
 *
 * @param deal          the deal
 * @param stage         its stage
 * @param idleDays      whole days since a stage change or activity last touched it
 * @param thresholdDays the stage's rotting threshold
 */
public record RottingDeal(DealId deal, StageRef stage, long idleDays, int thresholdDays) {
}
