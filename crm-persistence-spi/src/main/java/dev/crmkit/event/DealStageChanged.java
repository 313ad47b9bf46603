package dev.crmkit.event;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A deal moved to another stage. Raised for every move, before {@link DealWon}, {@link DealLost} or {@link DealReopened}.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param deal the deal as stored after the move
 * @param change the stage-history entry that records the move
 */
public record DealStageChanged(TenantId tenant, Instant at, Deal deal, StageChange change) implements CrmEvent {
    /** Requires every component. */
    public DealStageChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(change, "change");
    }
}
