package dev.crmkit.jdbc.internal;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UpsertResult;
import dev.crmkit.spi.VersionConflictException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL side of one aggregate for one unit of work: reading records with their child tables (a constant
 * number of statements per page, never one per record), inserting and updating them with optimistic
 * versions, and the bulk paths (batched inserts, upserts by external id).
 *
 * @param <T> the aggregate
 * @param <I> its id type
 * @param <B> its builder
 */
abstract class AggregateTable<T, I extends EntityId, B> {
    protected final Session session;
    private final MainTableSql sql;
    private final List<ChildTable<T, B>> children;
    private final ExternalIdTable externalIds;

    AggregateTable(Session session, MainTableSql sql, List<ChildTable<T, B>> children, ExternalIdTable externalIds) {
        this.session = session;
        this.sql = sql;
        this.children = children;
        this.externalIds = externalIds;
    }

    /** The record kind for messages, e.g. {@code Deal}. */
    public abstract String kind();

    abstract UUID idOf(T entity);

    abstract I toId(UUID value);

    abstract long versionOf(T entity);

    abstract Instant createdAtOf(T entity);

    abstract T withVersion(T entity, long version);

    /** The record with a stored identity: its id, creation moment, version and external ids. */
    abstract T withIdentity(T entity, UUID id, Instant createdAt, long version, Set<ExternalId> externalIds);

    abstract Set<ExternalId> externalIdsOf(T entity);

    /** Binds the mutable fields in the order of the table's field list. */
    abstract void bindFields(Params params, T entity) throws SQLException;

    /** A builder filled from the current row (after the id, which the caller read). */
    abstract B read(UUID id, Row row) throws SQLException;

    abstract T build(B builder);

    /**
     * The unique key an update of the main table can clash on, for tables with a unique key besides the
     * primary key; {@code null} (the default) when an update cannot clash.
     */
    java.util.function.Supplier<DuplicateKeyException> updateClash(T entity) {
        return null;
    }

    // ---------------------------------------------------------------- reads

    public Optional<T> find(I id) {
        List<T> found = load(sql.selectById, p -> p.tenant(session.tenant()).id(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<T> findAll(Collection<I> ids) {
        List<T> result = new ArrayList<>(ids.size());
        List<UUID> distinct = ids.stream().map(EntityId::value).distinct().toList();
        for (List<UUID> chunk : Chunks.of(distinct, Chunks.MAX_IN)) {
            result.addAll(load(sql.selectByIds(chunk.size()), p -> p.keyIn(q -> q.tenant(session.tenant()), chunk, Params::uuid)));
        }
        return result;
    }

    public Optional<T> findByExternalId(ExternalId externalId) {
        return externalIds.find(session, externalId).flatMap(id -> find(toId(id)));
    }

    /** Two key-list queries per thousand ids: the external ids' records, then the records with their children. */
    public Map<String, T> findAllByExternalIds(String source, Collection<String> ids) {
        Map<String, ExternalIdTable.Existing> matched = externalIds.matchExisting(session, source,
                ids.stream().distinct().toList());
        Map<UUID, T> records = new HashMap<>();
        findAll(matched.values().stream().map(existing -> toId(existing.id())).toList())
                .forEach(record -> records.put(idOf(record), record));
        Map<String, T> found = new LinkedHashMap<>();
        matched.forEach((externalId, existing) -> {
            T record = records.get(existing.id());
            if (record != null) {
                found.put(externalId, record);
            }
        });
        return found;
    }

    /** A page of the records {@code where} keeps, in {@code order} ({@link Where#orderBy}), with their children. */
    final List<T> loadPage(Where where, String order, PageRequest page) {
        return load(sql.page(where, order), p -> {
            where.bind(p, session.tenant());
            p.intValue(Paging.fetchSize(page));
        });
    }

    /**
     * How many records {@code where} keeps. A union (of narrowing alternatives, so of few rows) is counted by
     * reading its ids: as a derived table under a {@code COUNT(*)} H2 would plan it without its indexes.
     */
    final long countWhere(Where where) {
        if (where.isUnion()) {
            return session.list("count " + kind(), sql.ids(where), p -> where.bind(p, session.tenant()), Row::uuid).size();
        }
        return session.count("count " + kind(), sql.count(where), p -> where.bind(p, session.tenant()));
    }

    /** Runs a select of the main table (id first, then the select list) and completes the records with their children. */
    final List<T> load(String selectSql, Session.Binder binder) {
        Map<UUID, B> builders = new LinkedHashMap<>();
        session.list("read " + kind(), selectSql, binder, row -> {
            UUID id = row.uuid();
            builders.put(id, read(id, row));
            return id;
        });
        return complete(builders);
    }

    private List<T> complete(Map<UUID, B> builders) {
        if (builders.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(builders.keySet());
        for (ChildTable<T, B> child : children) {
            ChildTable.Loaded<B> loaded = child.load(session, ids);
            builders.forEach(loaded::applyTo);
        }
        List<T> result = new ArrayList<>(builders.size());
        builders.values().forEach(b -> result.add(build(b)));
        return result;
    }

    // ---------------------------------------------------------------- writes

    public T insert(T entity) {
        requireNew(entity);
        session.update("insert " + kind(), sql.insert, p -> bindInsert(p, entity, createdAtOf(entity), 1),
                () -> duplicateId(entity));
        List<T> one = List.of(entity);
        for (ChildTable<T, B> child : children) {
            child.insert(session, one);
        }
        return withVersion(entity, 1);
    }

    public List<T> insertAll(List<T> entities) {
        entities.forEach(this::requireNew);
        session.batch("insert " + kind() + " records", sql.insert, entities,
                (p, entity) -> bindInsert(p, entity, createdAtOf(entity), 1), this::duplicateId,
                () -> new DuplicateKeyException(kind(), "id (one of the batch)"));
        for (ChildTable<T, B> child : children) {
            child.insert(session, entities);
        }
        List<T> stored = new ArrayList<>(entities.size());
        entities.forEach(e -> stored.add(withVersion(e, 1)));
        return stored;
    }

    public T update(T entity) {
        long expected = versionOf(entity);
        int rows = session.update("update " + kind(), sql.update, p -> {
            bindFields(p, entity);
            p.tenant(session.tenant()).uuid(idOf(entity)).longValue(expected);
        }, updateClash(entity));
        if (rows == 0) {
            throw new VersionConflictException(kind(), idOf(entity), expected);
        }
        List<UUID> owner = List.of(idOf(entity));
        List<T> one = List.of(entity);
        for (ChildTable<T, B> child : children) {
            child.delete(session, owner);
            child.insert(session, one);
        }
        return withVersion(entity, expected + 1);
    }

    public void delete(I id, long expectedVersion) {
        int rows = session.update("delete " + kind(), sql.delete,
                p -> p.tenant(session.tenant()).id(id).longValue(expectedVersion));
        if (rows == 0) {
            throw new VersionConflictException(kind(), id, expectedVersion);
        }
        List<UUID> owner = List.of(id.value());
        for (ChildTable<T, B> child : children) {
            if (!child.cascadesOnDelete()) {
                child.delete(session, owner);
            }
        }
    }

    public UpsertResult<T> upsertAllByExternalId(String source, List<T> entities) {
        List<String> keys = new ArrayList<>(entities.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            T entity = entities.get(i);
            List<ExternalId> ofSource = externalIdsOf(entity).stream().filter(x -> x.source().equals(source)).toList();
            ValidationException.check(ofSource.size() == 1, "externalIds", idOf(entity),
                    "record " + i + " needs exactly one external id of source '" + source + "'");
            String key = ofSource.get(0).id();
            ValidationException.check(seen.add(key), "externalIds", ExternalId.of(source, key),
                    "record " + i + " repeats an external id of an earlier record");
            keys.add(key);
        }
        Map<String, ExternalIdTable.Existing> existing = lockedMatches(source, keys);
        List<T> inserted = new ArrayList<>();
        List<T> updated = new ArrayList<>();
        List<T> written = new ArrayList<>(entities.size());
        List<UUID> rewritten = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            T entity = entities.get(i);
            ExternalIdTable.Existing stored = existing.get(keys.get(i));
            if (stored == null) {
                T fresh = withVersion(entity, 1);
                inserted.add(fresh);
                written.add(fresh);
            } else {
                // the stored external ids stay; incoming ones only add sources the record had none of
                Map<String, ExternalId> bySource = new LinkedHashMap<>();
                stored.externalIds().forEach(x -> bySource.put(x.source(), x));
                externalIdsOf(entity).forEach(x -> bySource.putIfAbsent(x.source(), x));
                T merged = withIdentity(entity, stored.id(), stored.createdAt(), stored.version() + 1,
                        new LinkedHashSet<>(bySource.values()));
                updated.add(merged);
                written.add(merged);
                rewritten.add(stored.id());
            }
        }
        // new records go in with a plain INSERT, so an id that exists is a DuplicateKeyException rather than an
        // overwrite; matched records are written with the dialect's upsert on the primary key, which also
        // restores a record that a concurrent unit of work deleted after the match
        session.batch("insert " + kind() + " records", sql.insert, inserted,
                (p, entity) -> bindInsert(p, entity, createdAtOf(entity), 1), this::duplicateId,
                () -> new DuplicateKeyException(kind(), "id (one of the batch)"));
        session.batch("upsert " + kind() + " records", sql.upsert, updated,
                (p, entity) -> bindInsert(p, entity, createdAtOf(entity), versionOf(entity)), this::duplicateId,
                () -> new DuplicateKeyException(kind(), "id (one of the batch)"));
        for (ChildTable<T, B> child : children) {
            child.delete(session, rewritten);
            child.insert(session, written);
        }
        return new UpsertResult<>(inserted, updated);
    }

    /**
     * The stored records matching the external ids, locked until the transaction ends so that the version each
     * upsert writes is the next one. Matching reads without locks (one query per thousand ids); locking then
     * reads the current versions; a record that changed in between (its version moved, or it is gone) is
     * matched again now that it is locked.
     */
    private Map<String, ExternalIdTable.Existing> lockedMatches(String source, List<String> keys) {
        Map<String, ExternalIdTable.Existing> matched = externalIds.matchExisting(session, source, keys);
        Map<UUID, Long> versions = externalIds.lockRecords(session,
                matched.values().stream().map(ExternalIdTable.Existing::id).distinct().toList());
        List<String> stale = new ArrayList<>();
        matched.forEach((key, stored) -> {
            if (!Long.valueOf(stored.version()).equals(versions.get(stored.id()))) {
                stale.add(key);
            }
        });
        if (stale.isEmpty()) {
            return matched;
        }
        Map<String, ExternalIdTable.Existing> result = new HashMap<>(matched);
        stale.forEach(result::remove);
        Map<String, ExternalIdTable.Existing> rematched = externalIds.matchExisting(session, source, stale);
        Map<UUID, Long> locked = externalIds.lockRecords(session,
                rematched.values().stream().map(ExternalIdTable.Existing::id).distinct().toList());
        rematched.forEach((key, stored) -> {
            Long version = locked.get(stored.id());
            if (version != null) {
                result.put(key, new ExternalIdTable.Existing(stored.id(), stored.createdAt(), version, stored.externalIds()));
            }
        });
        return result;
    }

    private void bindInsert(Params p, T entity, Instant createdAt, long version) throws SQLException {
        p.tenant(session.tenant()).uuid(idOf(entity));
        bindFields(p, entity);
        p.instant(createdAt).longValue(version);
    }

    private void requireNew(T entity) {
        if (versionOf(entity) != 0) {
            throw new IllegalArgumentException(kind() + " " + idOf(entity) + " has version " + versionOf(entity)
                    + "; insert takes new records (version 0), use update for stored ones");
        }
    }

    private DuplicateKeyException duplicateId(T entity) {
        return new DuplicateKeyException(kind(), "id=" + idOf(entity));
    }
}
