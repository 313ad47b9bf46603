package dev.crmkit.event;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A deal entered a lost stage.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param deal the deal as stored
 * @param reason the lost reason
 */
public record DealLost(TenantId tenant, Instant at, Deal deal, String reason) implements CrmEvent {
    /** Requires every component. */
    public DealLost {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(reason, "reason");
    }
}
