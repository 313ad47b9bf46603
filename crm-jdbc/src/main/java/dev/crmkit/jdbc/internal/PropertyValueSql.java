package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of the {@code property_value} table: custom property values of every record kind, one row per value
 * with a typed column per value type, so they can be filtered and indexed.
 */
final class PropertyValueSql {
    static final String COLUMNS = """
            tenant_id, object_type, record_id, property_key, value_type, text_value, number_value, bool_value,
            date_value, money_amount, money_currency""";

    final String insert;
    /** The property values of some records (bind tenant and object type). */
    final KeyLookup selectForRecords;
    /** Deletes the property values of some records (bind tenant and object type). */
    final KeyLookup deleteForRecords;

    PropertyValueSql(Tables tables, Dialect dialect) {
        String table = tables.table("property_value");
        this.insert = Sql.insert(table, COLUMNS);
        this.selectForRecords = KeyLookup.select(dialect, """
                record_id, property_key, value_type, text_value, bool_value, date_value, money_amount, money_currency""",
                table, "", "tenant_id = ? AND object_type = ?", "record_id", "UUID", "", "");
        this.deleteForRecords = KeyLookup.delete(dialect, table, "tenant_id = ? AND object_type = ?", "record_id", "UUID");
    }
}
