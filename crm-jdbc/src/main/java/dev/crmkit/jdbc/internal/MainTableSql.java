package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements every aggregate's main table has, derived from its column lists: the table's columns are
 * {@code tenant_id, id}, the mutable fields (ending with {@code updated_at}), then {@code created_at,
 * version}. Reads select {@code t.id} first, then the table's select list.
 */
abstract class MainTableSql {
    final String table;
    final String insert;
    final String upsert;
    final String update;
    final String delete;
    final String selectFrom;
    final String selectById;
    final String countFrom;
    /** The records with some ids (bind the tenant). */
    final KeyLookup selectByIds;
    private final String select;

    /**
     * @param tables     the prefix
     * @param dialect    the dialect (for the upsert)
     * @param name       the table name without prefix
     * @param fields     the mutable columns, ending with {@code updated_at}
     * @param selectList the columns reads return after {@code t.id}, each qualified with {@code t.}
     */
    MainTableSql(Tables tables, Dialect dialect, String name, String fields, String selectList) {
        this.table = tables.table(name);
        List<String> fieldNames = Sql.names(fields);
        String columns = "tenant_id, id, " + String.join(", ", fieldNames) + ", created_at, version";
        this.insert = Sql.insert(table, columns);
        this.upsert = dialect.upsert(table, Sql.names(columns), List.of("tenant_id", "id"));
        this.update = "UPDATE " + table + " SET " + fieldNames.stream().map(f -> f + " = ?").collect(Collectors.joining(", "))
                + ", version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?";
        this.delete = "DELETE FROM " + table + " WHERE tenant_id = ? AND id = ? AND version = ?";
        this.select = "SELECT t.id, " + Sql.normalize(selectList) + " FROM " + table + " t";
        this.selectFrom = select + " WHERE t.tenant_id = ?";
        this.selectById = selectFrom + " AND t.id = ?";
        this.countFrom = "SELECT COUNT(*) FROM " + table + " t WHERE t.tenant_id = ?";
        this.selectByIds = KeyLookup.select(dialect, "t.id, " + Sql.normalize(selectList), table + " t", "",
                "t.tenant_id = ?", "t.id", "UUID", "", "");
    }

    /** The select list with a join or other text after the table alias (e.g. a JOIN clause). */
    String selectJoined(String joinClause) {
        return select + " " + joinClause;
    }
}
