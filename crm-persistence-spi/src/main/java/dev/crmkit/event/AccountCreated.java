package dev.crmkit.event;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An account was created.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param account the account as stored
 */
public record AccountCreated(TenantId tenant, Instant at, Account account) implements CrmEvent {
    /** Requires every component. */
    public AccountCreated {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(account, "account");
    }
}
