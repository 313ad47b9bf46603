package dev.crmkit.event;

import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;

/**
 * A domain event: something that happened in a tenant's CRM, published after its transaction committed.
 * Sealed, so a {@code switch} over the event types is checked for completeness by the compiler.
 */
public sealed interface CrmEvent permits
        AccountCreated,
        AccountUpdated,
        AccountDeleted,
        ContactCreated,
        ContactUpdated,
        ContactDeleted,
        ContactLifecycleChanged,
        ContactsMerged,
        AccountsMerged,
        ContactErased,
        DealCreated,
        DealUpdated,
        DealDeleted,
        DealStageChanged,
        DealWon,
        DealLost,
        DealReopened,
        ActivityLogged,
        ActivityUpdated,
        ActivityDeleted,
        TaskCompleted,
        PipelineCreated,
        PipelineUpdated,
        PipelineDeleted,
        PropertyDefined,
        PropertyDefinitionUpdated,
        PropertyDefinitionDeleted {

    /** The tenant it happened in. */
    TenantId tenant();

    /** When it happened, by the façade's clock. */
    Instant at();
}
