package dev.crmkit.event;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact was changed (directly, or as a side effect of a delete or merge).
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param contact the contact as stored
 */
public record ContactUpdated(TenantId tenant, Instant at, Contact contact) implements CrmEvent {
    /** Requires every component. */
    public ContactUpdated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(contact, "contact");
    }
}
