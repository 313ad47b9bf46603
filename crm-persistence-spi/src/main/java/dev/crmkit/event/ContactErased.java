package dev.crmkit.event;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.privacy.ErasureReport;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact's personal data was erased. Carries no personal data itself.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param report what the erasure did (ids and counts only)
 */
public record ContactErased(TenantId tenant, Instant at, ErasureReport report) implements CrmEvent {
    /** Requires every component. */
    public ContactErased {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(report, "report");
    }
}
