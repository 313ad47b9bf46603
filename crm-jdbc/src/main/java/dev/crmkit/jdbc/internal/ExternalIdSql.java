package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;

/**
 * SQL of the {@code external_id} table: the ids records of every kind have in other systems. Its primary key
 * (tenant, object type, source, external id) is the uniqueness of external ids; upserts by external id
 * resolve a whole batch with one query that joins the owning table.
 */
final class ExternalIdSql {
    static final String COLUMNS = "tenant_id, object_type, source, external_id, record_id";

    final String insert;
    final String findRecord;
    private final Tables tables;
    private final Dialect dialect;
    private final String lockRecords;

    ExternalIdSql(Tables tables, Dialect dialect) {
        this.tables = tables;
        this.dialect = dialect;
        this.lockRecords = dialect.forUpdateOf("t");
        this.insert = Sql.insert(tables.table("external_id"), COLUMNS);
        this.findRecord = tables.sql("""
                SELECT record_id FROM {p}external_id
                WHERE tenant_id = ? AND object_type = ? AND source = ? AND external_id = ?""");
    }

    /** The external ids of {@code n} records. */
    String selectForRecords(int n) {
        return tables.sql("""
                SELECT record_id, source, external_id FROM {p}external_id
                WHERE\s""") + Sql.keyIn(dialect, List.of("tenant_id", "object_type"), "record_id", n);
    }

    /** Deletes the external ids of {@code n} records. */
    String deleteForRecords(int n) {
        return tables.sql("DELETE FROM {p}external_id WHERE ")
                + Sql.keyIn(dialect, List.of("tenant_id", "object_type"), "record_id", n);
    }

    /**
     * For {@code n} external ids of one source: the matched external id, the stored record's id, creation
     * moment and version, and each of the record's external ids (one row per external id of the record).
     *
     * @param ownerTable the owning table without prefix (an allow-listed constant)
     */
    String matchExisting(String ownerTable, int n) {
        return tables.sql("""
                SELECT m.external_id, r.id, r.created_at, r.version, x.source, x.external_id
                FROM {p}external_id m
                JOIN {p}%s r ON r.tenant_id = m.tenant_id AND r.id = m.record_id
                JOIN {p}external_id x ON x.tenant_id = m.tenant_id AND x.object_type = m.object_type
                    AND x.record_id = m.record_id
                WHERE\s""".formatted(ownerTable))
                + Sql.keyIn(dialect, List.of("m.tenant_id", "m.object_type", "m.source"), "m.external_id", n);
    }

    /**
     * Locks {@code n} records of the owning table until the transaction ends and reads their versions.
     *
     * @param ownerTable the owning table without prefix (an allow-listed constant)
     */
    String lockRecords(String ownerTable, int n) {
        return tables.sql("SELECT t.id, t.version FROM {p}" + ownerTable + " t WHERE ")
                + Sql.keyIn(dialect, List.of("t.tenant_id"), "t.id", n) + lockRecords;
    }
}
