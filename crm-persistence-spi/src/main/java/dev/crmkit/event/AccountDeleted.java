package dev.crmkit.event;

import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An account was deleted.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param account its id
 */
public record AccountDeleted(TenantId tenant, Instant at, AccountId account) implements CrmEvent {
    /** Requires every component. */
    public AccountDeleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(account, "account");
    }
}
