package dev.crmkit.core.rules;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import java.time.Duration;
import java.time.Instant;

/**
 * Rotting deals: open deals in a stage with a rotting threshold that no stage change or activity has
 * touched for at least that many days (24-hour days counted from the last touch to {@code now}).
 */
public final class Rotting {
    private Rotting() {
    }

    /**
     * Whether the deal is rotting at {@code now} (pass {@code clock.instant()}).
     *
     * @throws dev.crmkit.core.error.ValidationException when the deal's stage is not in the pipeline
     */
    public static boolean isRotting(Deal deal, Pipeline pipeline, Instant now) {
        Stage stage = pipeline.requireStage(deal.stage());
        return !stage.kind().isClosed() && stage.rottingDays() > 0 && idleDays(deal, now) >= stage.rottingDays();
    }

    /** Whole days since a stage change or activity last touched the deal (0 when touched in the future). */
    public static long idleDays(Deal deal, Instant now) {
        Duration idle = Duration.between(deal.lastTouchedAt(), now);
        return idle.isNegative() ? 0 : idle.toDays();
    }
}
