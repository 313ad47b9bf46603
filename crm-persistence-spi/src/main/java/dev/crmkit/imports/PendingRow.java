package dev.crmkit.imports;

import java.util.List;

/**
 * A converted row waiting for its batch.
 *
 * @param rowNumber  1-based data row number
 * @param lineNumber the physical line it starts on
 * @param fields     the fields as read
 * @param draft      the converted row
 */
record PendingRow(long rowNumber, long lineNumber, List<String> fields, Draft draft) {
}
