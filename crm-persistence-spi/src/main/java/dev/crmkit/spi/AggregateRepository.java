package dev.crmkit.spi;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.shared.EntityId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What every aggregate's repository can do. All methods run in the caller's unit of work and tenant; a
 * record of another tenant is never found, updated or deleted (it behaves as absent).
 *
 * <p>Versions: a new record has version 0; {@link #insert} stores it with version 1; {@link #update}
 * requires the version that is stored and stores version + 1; {@link #delete} requires the stored version.
 *
 * @param <T> the aggregate
 * @param <I> its id
 */
public interface AggregateRepository<T, I extends EntityId> {

    /** The record with this id in the tenant, or empty. */
    Optional<T> find(I id);

    /**
     * The record with this id.
     *
     * @throws NotFoundException when the tenant has no such record
     */
    default T get(I id) {
        return find(id).orElseThrow(() -> new NotFoundException(kind(), id));
    }

    /**
     * The records with these ids that exist in the tenant, in no particular order. One round trip in SQL
     * stores, so callers never need one query per id.
     */
    List<T> findAll(Collection<I> ids);

    /**
     * Stores a new record.
     *
     * @param entity a record with version 0
     * @return the stored record, with version 1
     * @throws DuplicateKeyException when the id or another unique key (external id, primary email, ...) exists
     * @throws IllegalArgumentException when the version is not 0
     */
    T insert(T entity);

    /**
     * Stores a new version of an existing record.
     *
     * @param entity the record, carrying the version that was read
     * @return the stored record, with version + 1
     * @throws VersionConflictException when the stored version differs or the record no longer exists
     * @throws DuplicateKeyException    when the change clashes with another record's unique key
     */
    T update(T entity);

    /**
     * Deletes a record.
     *
     * @throws VersionConflictException when the stored version differs or the record no longer exists
     */
    void delete(I id, long expectedVersion);

    /** The record kind for messages, e.g. {@code Deal}. */
    String kind();
}
