package dev.crmkit.event;

import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A custom property definition was deleted (and its values removed from every record).
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param definition its id
 */
public record PropertyDefinitionDeleted(TenantId tenant, Instant at, PropertyDefinitionId definition) implements CrmEvent {
    /** Requires every component. */
    public PropertyDefinitionDeleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(definition, "definition");
    }
}
