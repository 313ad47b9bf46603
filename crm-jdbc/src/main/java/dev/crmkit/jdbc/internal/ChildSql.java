package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * The statements of a child table whose rows are a list owned by one record: columns {@code tenant_id},
 * the owner column, {@code position}, then the value columns.
 */
abstract class ChildSql {
    final String insert;
    /** The rows of some owners (bind the tenant), each owner's rows in list order. */
    final KeyLookup select;
    /** Deletes the rows of some owners (bind the tenant). */
    final KeyLookup delete;

    ChildSql(Tables tables, Dialect dialect, String name, String ownerColumn, String valueColumns) {
        String table = tables.table(name);
        String values = Sql.normalize(valueColumns);
        this.insert = Sql.insert(table, "tenant_id, " + ownerColumn + ", position, " + values);
        // position comes last, after the columns the mappers read, for the order
        this.select = KeyLookup.select(dialect, ownerColumn + ", " + values + ", position", table, "", "tenant_id = ?",
                ownerColumn, "UUID", ownerColumn + ", position", "");
        this.delete = KeyLookup.delete(dialect, table, "tenant_id = ?", ownerColumn, "UUID");
    }
}
