package dev.crmkit.event;

import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact moved to another lifecycle stage.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param contact the contact
 * @param from the stage before
 * @param to the stage after
 */
public record ContactLifecycleChanged(TenantId tenant, Instant at, ContactId contact, LifecycleStage from, LifecycleStage to) implements CrmEvent {
    /** Requires every component. */
    public ContactLifecycleChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
