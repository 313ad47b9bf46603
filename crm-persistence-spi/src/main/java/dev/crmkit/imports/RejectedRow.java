package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import java.util.List;

/**
 * A row that was not imported, with the reason and the row as it was in the file.
 *
 * @param source     the input's name
 * @param rowNumber  the 1-based data row number (the header is not counted)
 * @param lineNumber the physical line the row starts on (the header is line 1)
 * @param reasonCode a stable code for grouping: {@code invalid:FIELD} (a value or record failed validation),
 *                   {@code rule:RULE_ID} (a pipeline rule), {@code duplicate:KIND.KEY} (a unique key of another
 *                   record), {@code missing:KIND} (a referenced record does not exist), {@code csv:field-count}
 *                   (the row has a different number of fields than the header), {@code conflict:KIND} (a
 *                   concurrent change), {@code error:TYPE} (other storage failures)
 * @param reason     the reason in words, naming the field and column
 * @param header     the file's column names
 * @param fields     the row's fields exactly as read
 * @param error      the typed error behind the rejection
 */
public record RejectedRow(String source, long rowNumber, long lineNumber, String reasonCode, String reason,
                          List<String> header, List<String> fields, CrmException error) {
    /** Copies the lists. */
    public RejectedRow {
        header = List.copyOf(header);
        fields = List.copyOf(fields);
    }
}
