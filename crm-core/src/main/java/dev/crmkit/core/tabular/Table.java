package dev.crmkit.core.tabular;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory, re-iterable table: column names plus records. Use it when a consumer needs several passes
 * over the same rows (for example cross-validation); for a single pass over a large file iterate a
 * {@link CsvReader} directly instead.
 */
public interface Table extends Iterable<TabularRecord> {

    /**
     * The column names, in source order.
     *
     * @return an unmodifiable list
     */
    List<String> columns();

    /**
     * The number of records.
     *
     * @return the record count
     */
    int size();

    /**
     * One record by position.
     *
     * @param index 0-based position
     * @return the record
     * @throws IndexOutOfBoundsException when {@code index} is outside {@code [0, size())}
     */
    TabularRecord record(int index);

    /**
     * All records, in order.
     *
     * @return an unmodifiable list
     */
    List<TabularRecord> records();

    /**
     * A table over the given columns and records (both copied).
     *
     * @param columns the column names
     * @param records the rows
     * @return an immutable table
     * @throws NullPointerException when an argument or an element is null
     */
    static Table of(List<String> columns, List<? extends TabularRecord> records) {
        return new InMemoryTable(List.copyOf(columns), List.copyOf(records));
    }

    /**
     * Reads a whole CSV text into memory. The reader is consumed but not closed.
     *
     * @param reader the CSV text, header row first
     * @param format separator and parsing options
     * @return the table
     * @throws CsvFormatException  when the text is not valid CSV under {@code format}
     * @throws TabularIoException when {@code reader} fails
     */
    static Table readCsv(Reader reader, CsvFormat format) {
        CsvReader csv = CsvReader.open(reader, format);
        List<TabularRecord> rows = new ArrayList<>();
        for (CsvRecord row : csv) {
            rows.add(row);
        }
        return new InMemoryTable(csv.header(), List.copyOf(rows));
    }
}
