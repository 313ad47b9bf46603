package dev.crmkit.core.analytics;

import dev.crmkit.core.model.shared.Money;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Pipeline velocity: expected won value per day flowing out of the current pipeline,
 * {@code open deals x win rate x average won amount / average sales cycle in days}.
 *
 * @param openDeals        open deals in the cohort
 * @param winRate          win rate by count of the cohort's closed deals
 * @param averageWonAmount mean amount of won deals
 * @param averageCycleDays mean creation-to-close days of won deals
 * @param perDay           the velocity, rounded once half-even to the currency's scale; empty when an input is missing
 *                         or the cycle is zero
 */
public record PipelineVelocity(long openDeals, OptionalDouble winRate, Optional<Money> averageWonAmount,
                               OptionalDouble averageCycleDays, Optional<Money> perDay) {
}
