package dev.crmkit.event;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A closed deal was moved back to an open stage.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param deal the deal as stored
 * @param closedStage the won or lost stage it left
 */
public record DealReopened(TenantId tenant, Instant at, Deal deal, String closedStage) implements CrmEvent {
    /** Requires every component. */
    public DealReopened {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(closedStage, "closedStage");
    }
}
