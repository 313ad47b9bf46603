package dev.crmkit.core.forecast;

import dev.crmkit.core.model.pipeline.Stage;
import java.math.BigDecimal;

/**
 * A stage of one pipeline of a {@link ForecastContext} with a number that is unique across the context's
 * pipelines, so period reports can add up per stage in a plain array instead of hashing a {@link StageRef}
 * for every deal.
 *
 * @param index the stage's number, {@code 0 <= index < ForecastContext#stageCount()}
 * @param stage the stage
 * @param ref   the stage's pipeline and key (made once, shared by every report line)
 * @param defaultFraction the stage's default probability as a fraction (made once, not per deal)
 */
record StageSlot(int index, Stage stage, StageRef ref, BigDecimal defaultFraction) {
    StageSlot(int index, Stage stage, StageRef ref) {
        this(index, stage, ref, stage.defaultProbability().fraction());
    }
}
