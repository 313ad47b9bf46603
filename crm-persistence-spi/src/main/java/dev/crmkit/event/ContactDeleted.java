package dev.crmkit.event;

import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact was deleted.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param contact its id
 */
public record ContactDeleted(TenantId tenant, Instant at, ContactId contact) implements CrmEvent {
    /** Requires every component. */
    public ContactDeleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(contact, "contact");
    }
}
