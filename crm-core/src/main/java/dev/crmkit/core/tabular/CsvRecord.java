package dev.crmkit.core.tabular;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data record of a CSV text, with its position in the source. Values are exactly as written (quotes
 * removed, doubled quotes undone, no trimming).
 */
public final class CsvRecord implements TabularRecord {
    private final CsvHeader header;
    private final String[] values;
    private final long lineNumber;
    private final long recordNumber;

    CsvRecord(CsvHeader header, String[] values, long lineNumber, long recordNumber) {
        this.header = header;
        this.values = values;
        this.lineNumber = lineNumber;
        this.recordNumber = recordNumber;
    }

    /**
     * The physical line on which this record starts (1-based; the header is line 1). Differs from
     * {@link #recordNumber()} + 1 when earlier fields contain line breaks or blank lines were skipped.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The position of this record among the data records (1-based, the header is not counted).
     *
     * @return the record number
     */
    public long recordNumber() {
        return recordNumber;
    }

    /**
     * The number of fields actually present in the source line (in lenient mode it may differ from the
     * header's).
     *
     * @return the field count
     */
    public int size() {
        return values.length;
    }

    /**
     * A field by position.
     *
     * @param index 0-based field position
     * @return the value, or {@code ""} when the record has fewer fields
     * @throws IndexOutOfBoundsException when {@code index} is negative
     */
    public String get(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return index < values.length ? values[index] : "";
    }

    /**
     * A field by column name.
     *
     * @param column a header name
     * @return the value, or {@code ""} when the header has no such column or the record is short
     */
    @Override
    public String get(String column) {
        int position = header.position(column);
        return position < 0 ? "" : get(position);
    }

    /**
     * The header's column names.
     *
     * @return an unmodifiable set in header order
     */
    @Override
    public Set<String> columns() {
        return header.nameSet();
    }

    /**
     * All fields in source order.
     *
     * @return an unmodifiable list
     */
    public List<String> values() {
        return List.of(values);
    }

    /**
     * The named fields as a map in header order (extra unnamed fields are left out).
     *
     * @return a new, modifiable map
     */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : header.names()) {
            map.put(name, get(name));
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvRecord that
                && lineNumber == that.lineNumber
                && recordNumber == that.recordNumber
                && header.names().equals(that.header.names())
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(recordNumber) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CsvRecord[line " + lineNumber + ", record " + recordNumber + ": " + Arrays.toString(values) + "]";
    }
}
