package dev.crmkit.event;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A pipeline was changed.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param pipeline the pipeline as stored
 */
public record PipelineUpdated(TenantId tenant, Instant at, Pipeline pipeline) implements CrmEvent {
    /** Requires every component. */
    public PipelineUpdated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pipeline, "pipeline");
    }
}
