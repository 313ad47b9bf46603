package dev.crmkit.event;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A task was marked done.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param task the task as stored
 */
public record TaskCompleted(TenantId tenant, Instant at, Activity task) implements CrmEvent {
    /** Requires every component. */
    public TaskCompleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(task, "task");
    }
}
