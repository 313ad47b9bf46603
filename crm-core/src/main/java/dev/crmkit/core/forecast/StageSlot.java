package dev.crmkit.core.forecast;

import dev.crmkit.core.model.pipeline.Stage;

/**
 * A stage of one pipeline of a {@link ForecastContext} with a number that is unique across the context's
 * pipelines, so period reports can add up per stage in a plain array instead of hashing a {@link StageRef}
 * for every deal.
 *
 * @param index the stage's number, {@code 0 <= index < ForecastContext#stageCount()}
 * @param stage the stage
 * @param ref   the stage's pipeline and key (made once, shared by every report line)
 */
record StageSlot(int index, Stage stage, StageRef ref) {
}
