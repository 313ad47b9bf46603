package dev.crmkit.examples.web;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;
import java.util.Objects;

/**
 * Runs a deal action through the façade ({@code Deals.move}, {@code closeWon}, {@code closeLost},
 * {@code reopen}), retrying on a concurrent change, and turns a {@link RuleViolationException} into a
 * {@link Flash} carrying every broken rule.
 */
final class DealActions {
    /** Attempts per action when another writer changed the deal at the same time. */
    private static final int ATTEMPTS = 3;

    private final CrmTenant tenant;

    DealActions(CrmTenant tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /** What an action did: the deal's pipeline (for the redirect) and the outcome to show. */
    record Result(PipelineId pipeline, Flash flash) {
        boolean succeeded() {
            return flash.violations().isEmpty();
        }
    }

    /**
     * Performs {@code action} on a deal.
     *
     * @param stage  the target stage key, for {@link DealAction#MOVE}
     * @param reason the lost reason, for {@link DealAction#LOST}
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist
     * @throws Refusal                                  (400) for a move without a stage
     */
    Result perform(DealId id, DealAction action, String stage, String reason) {
        Deal before = tenant.deals().get(id);
        if (action == DealAction.MOVE && (stage == null || stage.isBlank())) {
            throw new Refusal(400, "Bad request", "A move needs the form field 'stage'.");
        }
        try {
            Deal after = tenant.retrying(ATTEMPTS, () -> switch (action) {
                case MOVE -> tenant.deals().move(id, stage);
                case WON -> tenant.deals().closeWon(id);
                case LOST -> tenant.deals().closeLost(id, reason);
                case REOPEN -> tenant.deals().reopen(id);
            });
            Pipeline pipeline = tenant.pipelines().get(after.pipeline());
            String stageName = pipeline.stage(after.stage()).map(Stage::name).orElse(after.stage());
            String verb = switch (action) {
                case MOVE -> "Moved";
                case WON -> "Closed as won:";
                case LOST -> "Closed as lost:";
                case REOPEN -> "Reopened";
            };
            String notice = action == DealAction.WON || action == DealAction.LOST
                    ? verb + " " + after.name() + " (" + stageName + ")"
                    : verb + " " + after.name() + " to " + stageName;
            return new Result(after.pipeline(), Flash.done(id, notice));
        } catch (RuleViolationException e) {
            return new Result(before.pipeline(), Flash.failed(id, e.violations()));
        }
    }
}
