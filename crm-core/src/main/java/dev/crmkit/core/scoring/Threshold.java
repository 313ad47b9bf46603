package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.math.BigDecimal;

/**
 * A score at which a lead should reach a lifecycle stage, e.g. 60 &rarr; {@code MARKETING_QUALIFIED}.
 *
 * @param score the lowest total score that reaches the stage (at most two decimals)
 * @param stage the suggested stage, not {@link LifecycleStage#OTHER}
 */
public record Threshold(BigDecimal score, LifecycleStage stage) {
    public Threshold {
        score = Points.normalize("score", score);
        ValidationException.check(stage != null, "stage", null, "is required");
        ValidationException.check(stage != LifecycleStage.OTHER, "stage", stage, "OTHER lies outside the funnel");
    }

    /** Same as the constructor. */
    public static Threshold of(long score, LifecycleStage stage) {
        return new Threshold(BigDecimal.valueOf(score), stage);
    }
}
