package dev.crmkit.core.analytics;

import dev.crmkit.core.forecast.StageRef;
import java.util.OptionalDouble;

/**
 * Conversion from one stage to the next in pipeline order: of the deals that reached {@code from}, how many
 * reached {@code to}. A deal that reached a later stage counts as having passed every earlier one, so a deal
 * created directly in a late stage, or one that skipped stages, still counts for the stages before.
 *
 * @param from        the earlier stage
 * @param to          the next open stage, or the won stage after the last open one
 * @param reachedFrom deals that reached {@code from} or beyond
 * @param reachedTo   deals that reached {@code to} or beyond
 * @param rate        reachedTo / reachedFrom; empty when no deal reached {@code from}
 */
public record StageConversion(StageRef from, StageRef to, long reachedFrom, long reachedTo, OptionalDouble rate) {
}
