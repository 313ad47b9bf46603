package dev.crmkit.event;

import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A deal and its stage history were deleted.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param deal its id
 */
public record DealDeleted(TenantId tenant, Instant at, DealId deal) implements CrmEvent {
    /** Requires every component. */
    public DealDeleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(deal, "deal");
    }
}
