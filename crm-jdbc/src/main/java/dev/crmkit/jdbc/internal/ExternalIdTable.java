package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.spi.DuplicateKeyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads and writes the external ids of one record kind. */
final class ExternalIdTable {
    private final ExternalIdSql sql;
    private final ObjectType objectType;
    private final String kind;
    private final KeyLookup matchExisting;
    private final KeyLookup lockRecords;

    ExternalIdTable(ExternalIdSql sql, ObjectType objectType, String kind, String ownerTable) {
        this.sql = sql;
        this.objectType = objectType;
        this.kind = kind;
        this.matchExisting = sql.matchExisting(ownerTable);
        this.lockRecords = sql.lockRecords(ownerTable);
    }

    /** The external ids of the records, by record id; records without any are absent from the map. */
    Map<UUID, Set<ExternalId>> load(Session session, Collection<UUID> owners) {
        Map<UUID, Set<ExternalId>> result = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(owners, Chunks.MAX_IN)) {
            session.list("read external ids", sql.selectForRecords.sql(chunk.size()),
                    sql.selectForRecords.binder(p -> p.tenant(session.tenant()).enumName(objectType), chunk, Params::uuid),
                    row -> {
                        UUID owner = row.uuid();
                        result.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(ExternalId.of(row.string(), row.string()));
                        return owner;
                    });
        }
        return result;
    }

    /** Writes the external ids of many records in batches. */
    void insert(Session session, List<Owned<ExternalId>> rows) {
        session.batch("write external ids", sql.insert, rows,
                (p, row) -> p.tenant(session.tenant()).enumName(objectType).string(row.value().source())
                        .string(row.value().id()).uuid(row.owner()),
                row -> duplicate(row.value()),
                () -> new DuplicateKeyException(kind, "externalId (one of the batch)"));
    }

    /** Deletes every external id of the records. */
    void delete(Session session, Collection<UUID> owners) {
        for (List<UUID> chunk : Chunks.of(owners, Chunks.MAX_IN)) {
            session.update("delete external ids", sql.deleteForRecords.sql(chunk.size()),
                    sql.deleteForRecords.binder(p -> p.tenant(session.tenant()).enumName(objectType), chunk, Params::uuid));
        }
    }

    /** The id of the record with this external id. */
    Optional<UUID> find(Session session, ExternalId externalId) {
        return session.first("find by external id", sql.findRecord,
                p -> p.tenant(session.tenant()).enumName(objectType).string(externalId.source()).string(externalId.id()),
                Row::uuid);
    }

    /**
     * The stored records that carry these external ids of {@code source}, keyed by external id: one query
     * per thousand ids.
     */
    Map<String, Existing> matchExisting(Session session, String source, List<String> externalIds) {
        Map<String, Existing> result = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds, Chunks.MAX_IN)) {
            session.list("match external ids", matchExisting.sql(chunk.size()),
                    matchExisting.binder(p -> p.tenant(session.tenant()).enumName(objectType).string(source), chunk,
                            Params::string),
                    row -> {
                        String matched = row.string();
                        UUID id = row.uuid();
                        Instant createdAt = row.instant();
                        long version = row.longValue();
                        ExternalId other = ExternalId.of(row.string(), row.string());
                        result.computeIfAbsent(matched, k -> new Existing(id, createdAt, version, new ArrayList<>()))
                                .externalIds().add(other);
                        return matched;
                    });
        }
        return result;
    }

    /**
     * Locks the records until the transaction ends and returns their current versions (records that no
     * longer exist are absent): one query per thousand records.
     */
    Map<UUID, Long> lockRecords(Session session, Collection<UUID> records) {
        Map<UUID, Long> versions = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(records, Chunks.MAX_IN)) {
            session.list("lock " + kind + " records", lockRecords.sql(chunk.size()),
                    lockRecords.binder(p -> p.tenant(session.tenant()), chunk, Params::uuid),
                    row -> versions.put(row.uuid(), row.longValue()));
        }
        return versions;
    }

    DuplicateKeyException duplicate(ExternalId externalId) {
        return new DuplicateKeyException(kind, "externalId=" + externalId);
    }

    /**
     * A stored record found by external id.
     *
     * @param id          its id
     * @param createdAt   its creation moment
     * @param version     its version
     * @param externalIds all its external ids
     */
    record Existing(UUID id, Instant createdAt, long version, List<ExternalId> externalIds) {
    }
}
