package dev.crmkit.event;

import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An activity was deleted.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param activity its id
 */
public record ActivityDeleted(TenantId tenant, Instant at, ActivityId activity) implements CrmEvent {
    /** Requires every component. */
    public ActivityDeleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(activity, "activity");
    }
}
