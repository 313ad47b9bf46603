package dev.crmkit.event;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A deal's fields were changed (directly, or as a side effect of a delete, merge, erasure or logged activity); not raised for stage moves.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param deal the deal as stored
 */
public record DealUpdated(TenantId tenant, Instant at, Deal deal) implements CrmEvent {
    /** Requires every component. */
    public DealUpdated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(deal, "deal");
    }
}
