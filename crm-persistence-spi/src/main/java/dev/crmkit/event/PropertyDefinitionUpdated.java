package dev.crmkit.event;

import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A custom property definition was changed.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param definition the definition as stored
 */
public record PropertyDefinitionUpdated(TenantId tenant, Instant at, PropertyDefinition definition) implements CrmEvent {
    /** Requires every component. */
    public PropertyDefinitionUpdated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(definition, "definition");
    }
}
