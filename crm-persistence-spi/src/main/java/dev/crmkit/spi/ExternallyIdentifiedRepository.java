package dev.crmkit.spi;

import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ExternalId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repositories of records that carry external ids and can be imported in bulk.
 *
 * @param <T> the aggregate
 * @param <I> its id
 */
public interface ExternallyIdentifiedRepository<T, I extends EntityId> extends AggregateRepository<T, I> {

    /** The record with this external id (source and id) in the tenant, or empty. */
    Optional<T> findByExternalId(ExternalId externalId);

    /**
     * The records that carry these external ids of {@code source} in the tenant, keyed by the external id
     * (ids no record carries are absent). What an import looks up for a whole batch at once: SQL stores answer
     * it with a few key-list queries instead of one look-up per id. The default asks
     * {@link #findByExternalId} once per distinct id, which is correct for any store. Reads within the unit of
     * work; throws nothing of its own.
     *
     * @param source      the external system
     * @param externalIds the ids in that system (duplicates are looked up once)
     */
    default Map<String, T> findAllByExternalIds(String source, Collection<String> externalIds) {
        Map<String, T> found = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(externalIds)) {
            findByExternalId(ExternalId.of(source, id)).ifPresent(record -> found.put(id, record));
        }
        return found;
    }

    /**
     * Inserts many new records in batches (no per-row round trips in SQL stores). All or nothing within the
     * unit of work.
     *
     * @param entities records with version 0
     * @return the stored records, version 1, in input order
     * @throws DuplicateKeyException when any id or unique key exists (nothing of the call is kept once the
     *                               unit of work rolls back)
     */
    List<T> insertAll(List<T> entities);

    /**
     * Inserts or updates many records, matching each by its external id of {@code source}: a record whose
     * external id exists in the tenant replaces the stored record's fields but keeps the stored id, creation
     * moment and other sources' external ids (its version is incremented); the others are inserted. Running
     * the same call twice therefore creates no duplicates. The incoming records' versions are ignored; an
     * updated record's external ids are the stored ones plus the incoming ones of sources it had none of.
     * Batched, all or nothing within the unit of work.
     *
     * @param source   the external system whose ids are the match key
     * @param entities records, each with exactly one external id of {@code source}, no two with the same one
     * @return what was inserted and what was updated
     * @throws dev.crmkit.core.error.ValidationException when a record lacks an external id of {@code source}
     *                                                    or two records share one
     * @throws DuplicateKeyException when another unique key clashes (e.g. a contact's primary email)
     */
    UpsertResult<T> upsertAllByExternalId(String source, List<T> entities);
}
