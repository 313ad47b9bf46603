package dev.crmkit.event;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A deal was created (its creation stage-history entry was appended).
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param deal the deal as stored
 * @param creation the creation entry of its stage history
 */
public record DealCreated(TenantId tenant, Instant at, Deal deal, StageChange creation) implements CrmEvent {
    /** Requires every component. */
    public DealCreated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(creation, "creation");
    }
}
