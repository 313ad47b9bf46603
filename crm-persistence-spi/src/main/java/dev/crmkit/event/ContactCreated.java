package dev.crmkit.event;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact was created.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param contact the contact as stored
 */
public record ContactCreated(TenantId tenant, Instant at, Contact contact) implements CrmEvent {
    /** Requires every component. */
    public ContactCreated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(contact, "contact");
    }
}
