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
    private final String select;
    /** The dialect, for subclasses' statements too. */
    final Dialect dialect;

    /**
     * @param tables     the prefix
     * @param dialect    the dialect (for the upsert, key lists and pages)
     * @param name       the table name without prefix
     * @param fields     the mutable columns, ending with {@code updated_at}
     * @param selectList the columns reads return after {@code t.id}, each qualified with {@code t.}
     */
    MainTableSql(Tables tables, Dialect dialect, String name, String fields, String selectList) {
        this.table = tables.table(name);
        this.dialect = dialect;
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
    }

    /**
     * A page of the records {@code where} keeps, in {@code order} ({@link Where#orderBy}), at most as many as
     * the last parameter ({@code LIMIT ?}); bind {@code where}, then the limit.
     */
    String page(Where where, String order) {
        return where.selectPage(dialect, select, order + " LIMIT ?");
    }

    /** How many records {@code where} (not a union) keeps; bind {@code where}. */
    String count(Where where) {
        return where.count(table);
    }

    /** The ids of the records a union keeps, each once; bind {@code where}. */
    String ids(Where where) {
        return where.select("SELECT t.id FROM " + table + " t", "");
    }

    /** The select of {@code n} records by id. */
    String selectByIds(int n) {
        return select + " WHERE " + Sql.keyIn(dialect, List.of("t.tenant_id"), "t.id", n);
    }

    /** The select list with a join or other text after the table alias (e.g. a JOIN clause). */
    String selectJoined(String joinClause) {
        return select + " " + joinClause;
    }
}
