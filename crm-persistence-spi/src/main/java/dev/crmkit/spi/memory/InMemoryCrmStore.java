package dev.crmkit.spi.memory;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A {@link CrmStore} that keeps everything in memory: the reference implementation of the storage SPI
 * (the TCK compares other stores against it) and the store for hosts' unit tests and demos. Thread-safe,
 * with real transactions:
 * <ul>
 *   <li>Each tenant's committed data is one immutable snapshot. A unit of work starts from the latest
 *       snapshot and works on a private copy of it (sharing all unchanged structure), so it sees its own
 *       writes and nobody else sees them before the commit (snapshot isolation).</li>
 *   <li>Writes check versions and unique keys when they are made. At commit, under the tenant's lock, a unit
 *       of work whose snapshot is no longer the latest applies its writes again to the latest snapshot, which
 *       re-checks every version and unique key against what others committed meanwhile: of two units of work
 *       that update the same record from the same version, or insert the same unique key, exactly one
 *       commits and the other fails with {@link dev.crmkit.spi.VersionConflictException} or
 *       {@link dev.crmkit.spi.DuplicateKeyException}.</li>
 *   <li>A unit of work that throws, or fails at commit, leaves nothing behind.</li>
 * </ul>
 * Tenants share nothing: each has its own snapshots and lock. Look-ups by id and unique key are hash
 * look-ups; queries, counts and aggregations scan the tenant's records, which is fast enough for hundreds of
 * thousands of records. Data lives as long as the store; {@link #close()} makes the store refuse new units
 * of work.
 */
public final class InMemoryCrmStore implements CrmStore {
    private final ConcurrentMap<TenantId, TenantSlot> tenants = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** An empty store. */
    public InMemoryCrmStore() {
        // Tenants appear on first use.
    }

    /**
     * {@inheritDoc}
     *
     * @throws CrmStorageException when the store is closed (not transient), or a commit-time
     *                             {@link dev.crmkit.spi.VersionConflictException} or
     *                             {@link dev.crmkit.spi.DuplicateKeyException}
     */
    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        if (closed) {
            throw new CrmStorageException("the in-memory store is closed", false);
        }
        TenantSlot slot = tenants.computeIfAbsent(tenant, t -> new TenantSlot());
        MemoryUnitOfWork uow = new MemoryUnitOfWork(tenant, slot.committed());
        try {
            T result = work.apply(uow);
            slot.commit(uow);
            return result;
        } finally {
            uow.end();
        }
    }

    /** Makes the store refuse new units of work. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }

    /** One tenant's latest committed snapshot and the lock commits take. */
    private static final class TenantSlot {
        private volatile TenantState committed = TenantState.EMPTY;

        TenantState committed() {
            return committed;
        }

        synchronized void commit(MemoryUnitOfWork uow) {
            if (uow.log().isEmpty()) {
                return;
            }
            TenantState latest = committed;
            if (latest == uow.start()) {
                // Nobody committed since the unit of work began: its state was checked against this very snapshot.
                committed = uow.state();
                return;
            }
            TenantState next = latest;
            for (Change change : uow.log()) {
                next = change.applyTo(next, true);
            }
            committed = next;
        }
    }
}
