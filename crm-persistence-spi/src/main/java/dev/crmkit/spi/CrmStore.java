package dev.crmkit.spi;

import dev.crmkit.core.model.shared.TenantId;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A place CRM data lives: the port every storage implementation provides. Thread-safe; units of work may
 * run concurrently from many threads.
 */
public interface CrmStore extends AutoCloseable {

    /**
     * Runs {@code work} in one transaction for one tenant. Everything done through the unit of work commits
     * when {@code work} returns and rolls back when it throws; the exception is then rethrown unchanged
     * (storage failures during commit are thrown as {@link CrmStorageException}). Units of work do not nest:
     * calling this from inside {@code work} opens a separate, independent transaction.
     *
     * @param tenant the tenant every read and write is scoped to
     * @param work   the work; must not keep the unit of work or its repositories after returning
     * @return what {@code work} returned
     * @throws CrmStorageException when the store cannot begin or commit; {@code isTransient()} says whether
     *                             retrying the whole unit of work can help
     */
    <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work);

    /** {@link #inTransaction(TenantId, Function)} for work without a result. */
    default void run(TenantId tenant, Consumer<UnitOfWork> work) {
        inTransaction(tenant, uow -> {
            work.accept(uow);
            return null;
        });
    }

    /** Releases the store's resources (connections it owns). Idempotent. Does not throw checked exceptions. */
    @Override
    default void close() {
    }
}
