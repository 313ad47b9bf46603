package dev.crmkit.examples.cli;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.imports.ImportContext;
import dev.crmkit.jdbc.JdbcCrmStore;
import java.time.Clock;

/**
 * An open database with the façade over it, for one command: the store, a {@link Crm} on the run's clock and
 * the view of the selected tenant. Closing it closes the store (and its pool).
 */
final class Session implements AutoCloseable {
    private final Database.OpenStore open;
    private final Crm crm;
    private final CrmTenant tenant;
    private final Clock clock;

    private Session(Database.OpenStore open, TenantId tenant, Clock clock) {
        this.open = open;
        this.clock = clock;
        this.crm = Crm.builder().store(open.store()).clock(clock).build();
        this.tenant = crm.tenant(tenant);
    }

    /**
     * Opens the database and migrates its schema.
     *
     * @throws dev.crmkit.spi.CrmStorageException when it cannot be opened
     */
    static Session open(Database database, TenantId tenant, Clock clock) {
        return new Session(database.open(), tenant, clock);
    }

    /** The store. */
    JdbcCrmStore store() {
        return open.store();
    }

    /** The façade. */
    Crm crm() {
        return crm;
    }

    /** The selected tenant. */
    CrmTenant tenant() {
        return tenant;
    }

    /** The clock. */
    Clock clock() {
        return clock;
    }

    /** Where imports write: this store and tenant, on this clock. */
    ImportContext importContext() {
        return new ImportContext(open.store(), tenant.tenantId(), clock, new UuidV7Generator(clock));
    }

    @Override
    public void close() {
        open.close();
    }
}
