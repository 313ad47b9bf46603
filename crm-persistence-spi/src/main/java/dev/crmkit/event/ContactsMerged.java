package dev.crmkit.event;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.merge.MergeRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * Duplicate contacts were merged into a survivor.
 *
 * @param tenant the tenant
 * @param at     when it happened (the façade's clock)
 * @param record what the merge did
 */
public record ContactsMerged(TenantId tenant, Instant at, MergeRecord record) implements CrmEvent {
    /** Requires every component. */
    public ContactsMerged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(record, "record");
    }
}
