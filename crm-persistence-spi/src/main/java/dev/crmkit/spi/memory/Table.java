package dev.crmkit.spi.memory;

import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.VersionConflictException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable table of one aggregate type in one tenant: rows by id plus an index of unique keys. Every
 * write checks versions and unique keys and returns a new table; the old one stays valid, which is what
 * gives units of work their private views and commits their all-or-nothing behaviour.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
final class Table<I, T> {
    private final Schema<I, T> schema;
    private final PersistentMap<I, T> rows;
    private final PersistentMap<UniqueKey, I> unique;

    private Table(Schema<I, T> schema, PersistentMap<I, T> rows, PersistentMap<UniqueKey, I> unique) {
        this.schema = schema;
        this.rows = rows;
        this.unique = unique;
    }

    /** An empty table. */
    static <I, T> Table<I, T> empty(Schema<I, T> schema) {
        return new Table<>(schema, PersistentMap.empty(), PersistentMap.empty());
    }

    /** The schema. */
    Schema<I, T> schema() {
        return schema;
    }

    /** The record with this id, or empty. */
    Optional<T> find(I id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** The record holding this unique key, or empty. */
    Optional<T> findByKey(UniqueKey key) {
        I id = unique.get(key);
        return id == null ? Optional.empty() : Optional.of(rows.get(id));
    }

    /** Every record, in unspecified order. */
    List<T> all() {
        return rows.values();
    }

    /** The number of records. */
    int size() {
        return rows.size();
    }

    /**
     * This table plus {@code entity}, stored with version 1.
     *
     * @throws DuplicateKeyException when the id or a unique key is taken
     */
    Table<I, T> insert(T entity) {
        I id = schema.id().apply(entity);
        if (rows.containsKey(id)) {
            throw new DuplicateKeyException(schema.kind(), "id=" + id);
        }
        T stored = schema.withVersion().apply(entity, 1L);
        PersistentMap<UniqueKey, I> index = unique;
        for (UniqueKey key : schema.uniqueKeys().apply(stored)) {
            if (index.containsKey(key)) {
                throw new DuplicateKeyException(schema.kind(), key.toString());
            }
            index = index.put(key, id);
        }
        return new Table<>(schema, rows.put(id, stored), index);
    }

    /**
     * This table with {@code entity} replacing the stored record, with version + 1.
     *
     * @throws VersionConflictException when the record is absent or its stored version is not the entity's
     * @throws DuplicateKeyException    when a new unique key belongs to another record
     */
    Table<I, T> update(T entity) {
        I id = schema.id().apply(entity);
        long expected = schema.version().applyAsLong(entity);
        T current = rows.get(id);
        if (current == null || schema.version().applyAsLong(current) != expected) {
            throw new VersionConflictException(schema.kind(), id, expected);
        }
        T stored = schema.withVersion().apply(entity, expected + 1);
        Set<UniqueKey> oldKeys = schema.uniqueKeys().apply(current);
        Set<UniqueKey> newKeys = schema.uniqueKeys().apply(stored);
        PersistentMap<UniqueKey, I> index = unique;
        for (UniqueKey key : newKeys) {
            I holder = index.get(key);
            if (holder != null && !holder.equals(id)) {
                throw new DuplicateKeyException(schema.kind(), key.toString());
            }
        }
        Set<UniqueKey> dropped = new HashSet<>(oldKeys);
        dropped.removeAll(newKeys);
        for (UniqueKey key : dropped) {
            index = index.remove(key);
        }
        for (UniqueKey key : newKeys) {
            index = index.put(key, id);
        }
        return new Table<>(schema, rows.put(id, stored), index);
    }

    /**
     * This table without the record.
     *
     * @throws VersionConflictException when the record is absent or its stored version is not {@code expectedVersion}
     */
    Table<I, T> delete(I id, long expectedVersion) {
        T current = rows.get(id);
        if (current == null || schema.version().applyAsLong(current) != expectedVersion) {
            throw new VersionConflictException(schema.kind(), id, expectedVersion);
        }
        PersistentMap<UniqueKey, I> index = unique;
        for (UniqueKey key : schema.uniqueKeys().apply(current)) {
            index = index.remove(key);
        }
        return new Table<>(schema, rows.remove(id), index);
    }
}
