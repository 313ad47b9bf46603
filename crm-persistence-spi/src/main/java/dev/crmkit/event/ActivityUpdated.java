package dev.crmkit.event;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An activity was changed (directly, or as a side effect of a delete, merge or erasure).
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param activity the activity as stored
 */
public record ActivityUpdated(TenantId tenant, Instant at, Activity activity) implements CrmEvent {
    /** Requires every component. */
    public ActivityUpdated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(activity, "activity");
    }
}
