package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.UserId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One deal's contribution to a {@link WeightedPipelineReport}, unrounded, so the report can be explained.
 *
 * @param deal        the deal
 * @param stage       its pipeline and stage
 * @param owner       its owner
 * @param team        its owner's team
 * @param amount      the amount in the reporting currency (exact conversion)
 * @param probability the effective probability as a fraction 0..1
 * @param weighted    {@code amount x probability}, exact
 */
public record WeightedLine(DealId deal, StageRef stage, Optional<UserId> owner, Optional<String> team,
                           BigDecimal amount, BigDecimal probability, BigDecimal weighted) {
}
