package dev.crmkit.core.rules;

import dev.crmkit.core.error.ValidationException;
import java.util.Optional;

/**
 * A request to move a deal to a stage; closing as lost carries the reason.
 *
 * @param targetStage the key of the stage to move to
 * @param lostReason  the reason, when the target is a lost stage
 */
public record MoveRequest(String targetStage, Optional<String> lostReason) {
    public MoveRequest {
        targetStage = ValidationException.requireText("stage", targetStage, 64);
        lostReason = lostReason == null ? Optional.empty() : lostReason.map(r -> ValidationException.requireText("lostReason", r, 500));
    }

    /** A move to {@code targetStage}. */
    public static MoveRequest to(String targetStage) {
        return new MoveRequest(targetStage, Optional.empty());
    }

    /** A move to a lost stage with its reason. */
    public static MoveRequest lost(String lostStage, String reason) {
        return new MoveRequest(lostStage, Optional.of(reason));
    }
}
