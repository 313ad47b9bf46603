package dev.crmkit.core.tabular;

import java.util.Map;
import java.util.Set;

/**
 * One row of a tabular source: column name to text value. A column the row does not have reads as the
 * empty string, so "absent" and "blank" look the same to consumers (which is how CSV exports behave).
 */
public interface TabularRecord {

    /**
     * The value of a column.
     *
     * @param column the column name, exactly as in the source (case-sensitive)
     * @return the value, or {@code ""} when the row has no such column or the value is missing; never null
     */
    String get(String column);

    /**
     * The column names this row knows about.
     *
     * @return an unmodifiable set of column names
     */
    Set<String> columns();

    /**
     * A record backed by a copy of a map. Null values read as {@code ""}.
     *
     * @param values column name to value
     * @return an immutable record
     * @throws NullPointerException when {@code values} or one of its keys is null
     */
    static TabularRecord of(Map<String, String> values) {
        return MapRecord.copyOf(values);
    }
}
