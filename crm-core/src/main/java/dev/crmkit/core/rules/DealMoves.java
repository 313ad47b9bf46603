package dev.crmkit.core.rules;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies moves to deals: checks them with {@link PipelineRules} and, when legal, returns the moved deal
 * and its stage-history entry. Pure: the caller supplies the moment and the id of the history entry.
 */
public final class DealMoves {
    private DealMoves() {
    }

    /**
     * Moves a deal.
     *
     * <p>Entering a won or lost stage sets {@code closedAt}; re-opening clears it and the lost reason.
     * The stage-history entry records the amount, close date and effective probability after the move.
     *
     * @throws RuleViolationException with every violated rule when the move is not allowed
     */
    public static MoveOutcome move(Deal deal, Pipeline pipeline, MoveRequest request, Instant at,
                                   Optional<UserId> by, StageChangeId changeId) {
        List<RuleViolation> violations = PipelineRules.checkMove(deal, pipeline, request);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Stage to = pipeline.requireStage(request.targetStage());
        Instant effectiveAt = at.isBefore(deal.stageEnteredAt()) ? deal.stageEnteredAt() : at;
        Deal.Builder moved = Deal.builder().from(deal)
                .stage(to.key())
                .stageEnteredAt(effectiveAt)
                .updatedAt(effectiveAt.isBefore(deal.updatedAt()) ? deal.updatedAt() : effectiveAt);
        if (to.kind().isClosed()) {
            moved.closedAt(effectiveAt);
            moved.lostReason(to.kind() == dev.crmkit.core.model.pipeline.StageKind.LOST
                    ? request.lostReason().or(deal::lostReason) : Optional.empty());
        } else {
            moved.closedAt(Optional.empty());
            moved.lostReason(Optional.empty());
        }
        Deal after = moved.build();
        StageChange change = StageChange.builder()
                .id(changeId)
                .deal(deal.id())
                .pipeline(pipeline.id())
                .fromStage(deal.stage())
                .toStage(to.key())
                .changedAt(effectiveAt)
                .amount(after.amount())
                .expectedCloseDate(after.expectedCloseDate())
                .probability(Probabilities.effectiveProbability(after, to))
                .changedBy(by)
                .build();
        return new MoveOutcome(after, change);
    }

    /**
     * The first history entry of a new deal: created in its current stage.
     *
     * @throws dev.crmkit.core.error.ValidationException when the deal's stage is not in the pipeline
     */
    public static StageChange creation(Deal deal, Pipeline pipeline, Optional<UserId> by, StageChangeId changeId) {
        Stage stage = pipeline.requireStage(deal.stage());
        return StageChange.builder()
                .id(changeId)
                .deal(deal.id())
                .pipeline(pipeline.id())
                .toStage(stage.key())
                .changedAt(deal.stageEnteredAt())
                .amount(deal.amount())
                .expectedCloseDate(deal.expectedCloseDate())
                .probability(Probabilities.effectiveProbability(deal, stage))
                .changedBy(by)
                .build();
    }
}
