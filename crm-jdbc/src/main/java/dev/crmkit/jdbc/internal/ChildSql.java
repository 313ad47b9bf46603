package dev.crmkit.jdbc.internal;

/**
 * The statements of a child table whose rows are a list owned by one record: columns {@code tenant_id},
 * the owner column, {@code position}, then the value columns.
 */
abstract class ChildSql {
    final String insert;
    private final String select;
    private final String delete;
    private final String orderBy;

    ChildSql(Tables tables, String name, String ownerColumn, String valueColumns) {
        String table = tables.table(name);
        String values = Sql.normalize(valueColumns);
        this.insert = Sql.insert(table, "tenant_id, " + ownerColumn + ", position, " + values);
        this.select = "SELECT " + ownerColumn + ", " + values + " FROM " + table + " WHERE tenant_id = ? AND "
                + ownerColumn + " IN ";
        this.orderBy = " ORDER BY " + ownerColumn + ", position";
        this.delete = "DELETE FROM " + table + " WHERE tenant_id = ? AND " + ownerColumn + " IN ";
    }

    /** The rows of {@code n} owners, each owner's rows in list order. */
    String selectFor(int n) {
        return select + Sql.in(n) + orderBy;
    }

    /** Deletes the rows of {@code n} owners. */
    String deleteFor(int n) {
        return delete + Sql.in(n);
    }
}
