package dev.crmkit.spi.memory;

import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.spi.AggregateRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The find, insert, update and delete every in-memory repository shares.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class MemoryRepository<I extends EntityId, T> implements AggregateRepository<T, I> {
    final MemoryUnitOfWork uow;
    final TableRef<I, T> ref;

    MemoryRepository(MemoryUnitOfWork uow, TableRef<I, T> ref) {
        this.uow = uow;
        this.ref = ref;
    }

    /** The table as this unit of work sees it. */
    Table<I, T> table() {
        return ref.get().apply(uow.state());
    }

    /** The schema of the table. */
    Schema<I, T> schema() {
        return table().schema();
    }

    @Override
    public Optional<T> find(I id) {
        Objects.requireNonNull(id, "id");
        return table().find(id);
    }

    @Override
    public List<T> findAll(Collection<I> ids) {
        Table<I, T> table = table();
        List<T> found = new ArrayList<>();
        for (I id : new LinkedHashSet<>(ids)) {
            table.find(Objects.requireNonNull(id, "ids")).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public T insert(T entity) {
        requireNew(entity);
        uow.apply(List.of(new Change.Insert<>(ref, entity)));
        return stored(entity);
    }

    @Override
    public T update(T entity) {
        Objects.requireNonNull(entity, "entity");
        uow.apply(List.of(new Change.Update<>(ref, entity)));
        return stored(entity);
    }

    @Override
    public void delete(I id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        uow.apply(List.of(new Change.Delete<>(ref, id, expectedVersion)));
    }

    /** Throws {@link IllegalArgumentException} unless the entity has version 0. */
    void requireNew(T entity) {
        Objects.requireNonNull(entity, "entity");
        long version = schema().version().applyAsLong(entity);
        if (version != 0) {
            throw new IllegalArgumentException(kind() + " " + schema().id().apply(entity)
                    + " has version " + version + "; only a record with version 0 can be inserted");
        }
    }

    /** The stored record with the entity's id, as this unit of work sees it after a write. */
    T stored(T entity) {
        return table().find(schema().id().apply(entity)).orElseThrow();
    }
}
