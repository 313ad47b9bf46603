package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import java.util.List;

/**
 * A row that will be rejected, and why.
 *
 * @param rowNumber  1-based data row number
 * @param lineNumber the physical line it starts on
 * @param fields     the fields as read
 * @param error      the typed error
 */
record RowFailure(long rowNumber, long lineNumber, List<String> fields, CrmException error) {
    static RowFailure of(PendingRow row, CrmException error) {
        return new RowFailure(row.rowNumber(), row.lineNumber(), row.fields(), error);
    }
}
