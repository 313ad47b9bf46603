package dev.crmkit.core.analytics;

import dev.crmkit.core.forecast.StageRef;
import java.util.OptionalDouble;

/**
 * Time deals spent in one open stage, from the stage history. A deal that re-entered the stage counts once,
 * with all its visits added up.
 *
 * @param stage      the stage
 * @param deals      deals that spent time in it
 * @param totalDays  the sum over those deals
 * @param meanDays   mean per deal
 * @param medianDays median per deal
 */
public record StageTime(StageRef stage, long deals, double totalDays, OptionalDouble meanDays, OptionalDouble medianDays) {
}
