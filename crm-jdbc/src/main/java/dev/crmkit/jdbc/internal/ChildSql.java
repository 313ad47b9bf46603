package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;

/**
 * The statements of a child table whose rows are a list owned by one record: columns {@code tenant_id},
 * the owner column, {@code position}, then the value columns.
 */
abstract class ChildSql {
    final String insert;
    private final Dialect dialect;
    private final String ownerColumn;
    private final String select;
    private final String delete;
    private final String orderBy;

    ChildSql(Tables tables, Dialect dialect, String name, String ownerColumn, String valueColumns) {
        String table = tables.table(name);
        String values = Sql.normalize(valueColumns);
        this.dialect = dialect;
        this.ownerColumn = ownerColumn;
        this.insert = Sql.insert(table, "tenant_id, " + ownerColumn + ", position, " + values);
        this.select = "SELECT " + ownerColumn + ", " + values + " FROM " + table + " WHERE ";
        this.orderBy = " ORDER BY " + ownerColumn + ", position";
        this.delete = "DELETE FROM " + table + " WHERE ";
    }

    /** The rows of {@code n} owners, each owner's rows in list order; bound: tenant, then the owners. */
    String selectFor(int n) {
        return select + owners(n) + orderBy;
    }

    /** Deletes the rows of {@code n} owners; bound: tenant, then the owners. */
    String deleteFor(int n) {
        return delete + owners(n);
    }

    private String owners(int n) {
        return Sql.keyIn(dialect, List.of("tenant_id"), ownerColumn, n);
    }
}
