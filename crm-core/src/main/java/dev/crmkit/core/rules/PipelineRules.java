package dev.crmkit.core.rules;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks deals and moves against their pipeline. Every method returns the complete list of violations
 * (empty when all rules hold), never just the first, so a UI can show them all at once.
 */
public final class PipelineRules {
    private PipelineRules() {
    }

    /**
     * Checks a move of {@code deal} to the requested stage: the stage exists, the re-open rule (for a
     * closed deal moving to an open stage) or else the transition policy allows it, the target stage's gate is satisfied, a won deal has a positive amount and a
     * lost deal a reason.
     *
     * @return every violated rule; empty when the move is allowed
     */
    public static List<RuleViolation> checkMove(Deal deal, Pipeline pipeline, MoveRequest request) {
        List<RuleViolation> violations = new ArrayList<>();
        String target = request.targetStage();
        Optional<Stage> targetStage = pipeline.stage(target);
        Optional<Stage> currentStage = pipeline.stage(deal.stage());
        if (targetStage.isEmpty()) {
            violations.add(new RuleViolation(RuleIds.STAGE_UNKNOWN, "stage",
                    "'" + target + "' is not a stage of pipeline '" + pipeline.name() + "'"));
            return violations;
        }
        if (currentStage.isEmpty()) {
            violations.add(new RuleViolation(RuleIds.STAGE_UNKNOWN, "stage",
                    "the deal's current stage '" + deal.stage() + "' is not a stage of pipeline '" + pipeline.name() + "'"));
            return violations;
        }
        Stage from = currentStage.get();
        Stage to = targetStage.get();
        if (from.key().equals(to.key())) {
            violations.add(new RuleViolation(RuleIds.SAME_STAGE, "stage", "the deal is already in stage '" + to.name() + "'"));
            return violations;
        }
        checkTransition(pipeline, from, to).ifPresent(violations::add);
        Deal after = request.lostReason().isPresent() ? Deal.copyOf(deal).withLostReason(request.lostReason()) : deal;
        violations.addAll(checkGate(after, to));
        return violations;
    }

    /**
     * Checks that a deal may sit in its current stage, as on creation or import: the stage exists, its
     * gate and closing rules hold, an open deal is not forecast as CLOSED, and the close moment matches the
     * stage kind.
     *
     * @return every violated rule; empty when the deal is valid in the pipeline
     */
    public static List<RuleViolation> checkDeal(Deal deal, Pipeline pipeline) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!deal.pipeline().equals(pipeline.id())) {
            violations.add(new RuleViolation(RuleIds.STAGE_UNKNOWN, "pipeline",
                    "the deal belongs to pipeline " + deal.pipeline() + ", not " + pipeline.id()));
            return violations;
        }
        Optional<Stage> stage = pipeline.stage(deal.stage());
        if (stage.isEmpty()) {
            violations.add(new RuleViolation(RuleIds.STAGE_UNKNOWN, "stage",
                    "'" + deal.stage() + "' is not a stage of pipeline '" + pipeline.name() + "'"));
            return violations;
        }
        violations.addAll(checkGate(deal, stage.get()));
        if (stage.get().kind() == StageKind.OPEN && deal.forecastCategoryOverride().orElse(null) == ForecastCategory.CLOSED) {
            violations.add(new RuleViolation(RuleIds.CLOSED_CATEGORY_ON_OPEN_DEAL, "forecastCategoryOverride",
                    "an open deal cannot be forecast as CLOSED; close it as won instead"));
        }
        if (stage.get().kind().isClosed() != deal.closedAt().isPresent()) {
            violations.add(new RuleViolation(RuleIds.CLOSE_MOMENT, "closedAt", stage.get().kind().isClosed()
                    ? "a deal in closed stage '" + stage.get().name() + "' needs the moment it was closed"
                    : "a deal in open stage '" + stage.get().name() + "' cannot have a close moment"));
        }
        return violations;
    }

    private static Optional<RuleViolation> checkTransition(Pipeline pipeline, Stage from, Stage to) {
        // Re-opening (closed to open) is governed by allowReopen alone; a move between two closed stages
        // (won to lost, say) is not a re-opening and follows the transition policy like any other move.
        if (from.kind().isClosed() && !to.kind().isClosed()) {
            return pipeline.allowReopen() ? Optional.empty() : Optional.of(new RuleViolation(RuleIds.REOPEN_NOT_ALLOWED,
                    "stage", "pipeline '" + pipeline.name() + "' does not allow re-opening a closed deal"));
        }
        TransitionPolicy policy = pipeline.transitionPolicy();
        boolean allowed;
        if (policy instanceof TransitionPolicy.AnyToAny) {
            allowed = true;
        } else if (policy instanceof TransitionPolicy.ForwardOnly) {
            allowed = to.kind().isClosed() || pipeline.indexOf(to.key()) > pipeline.indexOf(from.key());
        } else {
            allowed = ((TransitionPolicy.Graph) policy).edges().getOrDefault(from.key(), Set.of()).contains(to.key());
        }
        return allowed ? Optional.empty() : Optional.of(new RuleViolation(RuleIds.TRANSITION_NOT_ALLOWED, "stage",
                "pipeline '" + pipeline.name() + "' does not allow moving from '" + from.name() + "' to '" + to.name() + "'"));
    }

    private static List<RuleViolation> checkGate(Deal deal, Stage stage) {
        List<RuleViolation> violations = new ArrayList<>();
        for (StageRequirement requirement : stage.requiredFields()) {
            if (!satisfies(deal, requirement)) {
                violations.add(new RuleViolation(RuleIds.GATE_REQUIRED_FIELD, requirement.field(),
                        "stage '" + stage.name() + "' requires " + describe(requirement)));
            }
        }
        if (stage.kind() == StageKind.WON && deal.amount().map(a -> !a.isPositive()).orElse(true)) {
            violations.add(new RuleViolation(RuleIds.WON_NEEDS_AMOUNT, "amount", "a deal closed as won needs a positive amount"));
        }
        if (stage.kind() == StageKind.LOST && deal.lostReason().isEmpty()) {
            violations.add(new RuleViolation(RuleIds.LOST_NEEDS_REASON, "lostReason", "a deal closed as lost needs a lost reason"));
        }
        return violations;
    }

    private static boolean satisfies(Deal deal, StageRequirement requirement) {
        Optional<String> property = requirement.propertyKey();
        if (property.isPresent()) {
            return deal.properties().containsKey(property.get());
        }
        return switch (requirement.field()) {
            case "amount" -> deal.amount().isPresent();
            case "expectedCloseDate" -> deal.expectedCloseDate().isPresent();
            case "account" -> deal.account().isPresent();
            case "contacts" -> !deal.contacts().isEmpty();
            case "owner" -> deal.owner().isPresent();
            case "source" -> deal.source().isPresent();
            default -> throw new IllegalStateException("StageRequirement admitted an unknown field " + requirement.field());
        };
    }

    private static String describe(StageRequirement requirement) {
        return switch (requirement.field()) {
            case "amount" -> "an amount";
            case "expectedCloseDate" -> "an expected close date";
            case "account" -> "an account";
            case "contacts" -> "at least one contact";
            case "owner" -> "an owner";
            case "source" -> "a source";
            default -> "custom property '" + requirement.propertyKey().orElse(requirement.field()) + "'";
        };
    }
}
