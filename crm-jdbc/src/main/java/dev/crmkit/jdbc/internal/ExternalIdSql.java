package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of the {@code external_id} table: the ids records of every kind have in other systems. Its primary key
 * (tenant, object type, source, external id) is the uniqueness of external ids; upserts by external id
 * resolve a whole batch with one query that joins the owning table.
 */
final class ExternalIdSql {
    static final String COLUMNS = "tenant_id, object_type, source, external_id, record_id";

    final String insert;
    final String findRecord;
    /** The external ids of some records (bind tenant and object type). */
    final KeyLookup selectForRecords;
    /** Deletes the external ids of some records (bind tenant and object type). */
    final KeyLookup deleteForRecords;
    private final Tables tables;
    private final Dialect dialect;

    ExternalIdSql(Tables tables, Dialect dialect) {
        this.tables = tables;
        this.dialect = dialect;
        String table = tables.table("external_id");
        this.insert = Sql.insert(table, COLUMNS);
        this.findRecord = tables.sql("""
                SELECT record_id FROM {p}external_id
                WHERE tenant_id = ? AND object_type = ? AND source = ? AND external_id = ?""");
        this.selectForRecords = KeyLookup.select(dialect, "record_id, source, external_id", table, "",
                "tenant_id = ? AND object_type = ?", "record_id", "UUID", "", "");
        this.deleteForRecords = KeyLookup.delete(dialect, table, "tenant_id = ? AND object_type = ?", "record_id", "UUID");
    }

    /**
     * For external ids of one source (bind tenant, object type and source): the matched external id, the stored
     * record's id, creation moment and version, and each of the record's external ids (one row per external id
     * of the record).
     *
     * @param ownerTable the owning table without prefix (an allow-listed constant)
     */
    KeyLookup matchExisting(String ownerTable) {
        return KeyLookup.select(dialect, "m.external_id, r.id, r.created_at, r.version, x.source, x.external_id",
                tables.table("external_id") + " m", tables.sql("""
                        JOIN {p}%s r ON r.tenant_id = m.tenant_id AND r.id = m.record_id
                        JOIN {p}external_id x ON x.tenant_id = m.tenant_id AND x.object_type = m.object_type
                            AND x.record_id = m.record_id""".formatted(ownerTable)).replaceAll("\\s+", " "),
                "m.tenant_id = ? AND m.object_type = ? AND m.source = ?", "m.external_id", "VARCHAR(255)", "", "");
    }

    /**
     * Locks records of the owning table until the transaction ends and reads their versions (bind the tenant).
     *
     * @param ownerTable the owning table without prefix (an allow-listed constant)
     */
    KeyLookup lockRecords(String ownerTable) {
        return KeyLookup.select(dialect, "t.id, t.version", tables.table(ownerTable) + " t", "", "t.tenant_id = ?", "t.id",
                "UUID", "", dialect.forUpdateOf("t"));
    }
}
