package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.IdGenerator;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStore;
import java.time.Clock;

/**
 * Where and how an import writes: the store, the tenant, the clock for creation moments and durations, and the
 * id generator for new records.
 *
 * @param store  the store
 * @param tenant the tenant every record is written for
 * @param clock  the clock (creation moments of rows without one, update moments, durations)
 * @param ids    the source of new ids
 */
public record ImportContext(CrmStore store, TenantId tenant, Clock clock, IdGenerator ids) {
    /** Checks that nothing is missing. @throws ValidationException naming the missing part */
    public ImportContext {
        ValidationException.check(store != null, "store", null, "is required");
        ValidationException.check(tenant != null, "tenant", null, "is required");
        ValidationException.check(clock != null, "clock", null, "is required");
        ValidationException.check(ids != null, "ids", null, "is required");
    }
}
