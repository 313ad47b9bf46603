package dev.crmkit.spi.memory;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.ExternallyIdentifiedRepository;
import dev.crmkit.spi.UpsertResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk inserts and upserts by external id, shared by the repositories of records that carry external ids.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class MemoryExternallyIdentifiedRepository<I extends EntityId, T> extends MemoryRepository<I, T>
        implements ExternallyIdentifiedRepository<T, I> {

    MemoryExternallyIdentifiedRepository(MemoryUnitOfWork uow, TableRef<I, T> ref) {
        super(uow, ref);
    }

    /** The record's external ids. */
    abstract Set<ExternalId> externalIds(T entity);

    /**
     * {@code incoming} as it replaces {@code stored} in an upsert: the stored id, creation moment and version,
     * the given external ids, every other field from {@code incoming}.
     */
    abstract T merge(T stored, T incoming, Set<ExternalId> externalIds);

    @Override
    public Optional<T> findByExternalId(ExternalId externalId) {
        Objects.requireNonNull(externalId, "externalId");
        return table().findByKey(TenantState.externalKey(externalId));
    }

    @Override
    public List<T> insertAll(List<T> entities) {
        List<Change> changes = new ArrayList<>(entities.size());
        for (T entity : entities) {
            requireNew(entity);
            changes.add(new Change.Insert<>(ref, entity));
        }
        uow.apply(changes);
        return entities.stream().map(this::stored).toList();
    }

    @Override
    public UpsertResult<T> upsertAllByExternalId(String source, List<T> entities) {
        Objects.requireNonNull(source, "source");
        List<ExternalId> keys = matchKeys(source, entities);
        Table<I, T> table = table();
        List<Change> changes = new ArrayList<>(entities.size());
        List<Boolean> inserted = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            T incoming = entities.get(i);
            Optional<T> existing = table.findByKey(TenantState.externalKey(keys.get(i)));
            if (existing.isPresent()) {
                T stored = existing.get();
                changes.add(new Change.Update<>(ref, merge(stored, incoming, mergedExternalIds(stored, incoming))));
                inserted.add(false);
            } else {
                changes.add(new Change.Insert<>(ref, schema().withVersion().apply(incoming, 0L)));
                inserted.add(true);
            }
        }
        uow.apply(changes);
        Table<I, T> after = table();
        List<T> insertedRecords = new ArrayList<>();
        List<T> updatedRecords = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            T stored = after.findByKey(TenantState.externalKey(keys.get(i))).orElseThrow();
            (inserted.get(i) ? insertedRecords : updatedRecords).add(stored);
        }
        return new UpsertResult<>(insertedRecords, updatedRecords);
    }

    /** Each entity's external id of {@code source}; throws when one lacks it or two share it. */
    private List<ExternalId> matchKeys(String source, List<T> entities) {
        List<ExternalId> keys = new ArrayList<>(entities.size());
        Map<ExternalId, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            T entity = Objects.requireNonNull(entities.get(i), "entities");
            int row = i;
            ExternalId key = externalIds(entity).stream().filter(id -> id.source().equals(source)).findFirst()
                    .orElseThrow(() -> new ValidationException("entities[" + row + "].externalIds", externalIds(entity),
                            "has no external id of source " + source));
            Integer earlier = firstUse.putIfAbsent(key, i);
            if (earlier != null) {
                throw new ValidationException("entities[" + i + "].externalIds", key,
                        "is the external id of entities[" + earlier + "] too");
            }
            keys.add(key);
        }
        return keys;
    }

    /** The stored record's external ids, plus the incoming ones of sources the stored record has no id of. */
    private Set<ExternalId> mergedExternalIds(T stored, T incoming) {
        Set<ExternalId> merged = new LinkedHashSet<>(externalIds(stored));
        Set<String> sources = new LinkedHashSet<>();
        merged.forEach(id -> sources.add(id.source()));
        for (ExternalId id : externalIds(incoming)) {
            if (sources.add(id.source())) {
                merged.add(id);
            }
        }
        return merged;
    }
}
