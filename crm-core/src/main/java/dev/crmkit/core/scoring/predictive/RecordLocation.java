package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.CsvRecord;
import dev.crmkit.core.tabular.TabularRecord;

/** Names a training record in error messages: its CSV line when it has one, else its position. */
final class RecordLocation {
    private RecordLocation() {
    }

    static String describe(TabularRecord record, int index) {
        if (record instanceof CsvRecord csv) {
            return "line " + csv.lineNumber() + ": ";
        }
        return "record " + (index + 1) + ": ";
    }

    static ValidationException locate(ValidationException error, TabularRecord record, int index) {
        return error.withFieldPrefix(describe(record, index));
    }
}
