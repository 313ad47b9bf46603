package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;

/**
 * SQL of the {@code property_value} table: custom property values of every record kind, one row per value
 * with a typed column per value type, so they can be filtered and indexed.
 */
final class PropertyValueSql {
    static final String COLUMNS = """
            tenant_id, object_type, record_id, property_key, value_type, text_value, number_value, bool_value,
            date_value, money_amount, money_currency""";

    final String insert;
    private final Tables tables;
    private final Dialect dialect;

    PropertyValueSql(Tables tables, Dialect dialect) {
        this.tables = tables;
        this.dialect = dialect;
        this.insert = Sql.insert(tables.table("property_value"), COLUMNS);
    }

    /** The property values of {@code n} records. */
    String selectForRecords(int n) {
        return tables.sql("""
                SELECT record_id, property_key, value_type, text_value, bool_value, date_value, money_amount,
                    money_currency
                FROM {p}property_value
                WHERE\s""") + records(n);
    }

    /** Deletes the property values of {@code n} records. */
    String deleteForRecords(int n) {
        return tables.sql("DELETE FROM {p}property_value WHERE ") + records(n);
    }

    /** Bound: tenant, object type, then the records. */
    private String records(int n) {
        return Sql.keyIn(dialect, List.of("tenant_id", "object_type"), "record_id", n);
    }
}
