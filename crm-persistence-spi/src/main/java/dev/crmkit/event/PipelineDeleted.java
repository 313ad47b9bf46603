package dev.crmkit.event;

import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A pipeline was deleted.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param pipeline its id
 */
public record PipelineDeleted(TenantId tenant, Instant at, PipelineId pipeline) implements CrmEvent {
    /** Requires every component. */
    public PipelineDeleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pipeline, "pipeline");
    }
}
