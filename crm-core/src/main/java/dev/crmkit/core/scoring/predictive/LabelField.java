package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome column and which of its values count as positive (converted, won, subscribed). Every other
 * non-blank value is negative; a blank label is an error, because an unknown outcome must not be trained
 * on as a failure.
 *
 * @param column         the column name
 * @param positiveValues the values meaning "positive", compared after stripping, case-sensitive
 */
public record LabelField(String column, List<String> positiveValues) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param column         the column name
     * @param positiveValues the values meaning "positive", compared after stripping, case-sensitive
     * @throws ValidationException when the column is blank or no non-blank positive value is given
     */
    public LabelField {
        ValidationException.check(column != null && !column.isBlank(), "label.column", column, "must not be blank");
        Objects.requireNonNull(positiveValues, "positiveValues");
        List<String> normalized = new ArrayList<>();
        for (String value : positiveValues) {
            ValidationException.check(value != null && !value.isBlank(), "label.positiveValues", value, "must not be blank");
            if (!normalized.contains(value.strip())) {
                normalized.add(value.strip());
            }
        }
        ValidationException.check(!normalized.isEmpty(), "label.positiveValues", positiveValues, "needs at least one value");
        positiveValues = List.copyOf(normalized);
    }

    /**
     * A label with the given positive values.
     *
     * @param column         the column name
     * @param positiveValues the positive values
     * @return the label
     * @throws ValidationException when the column is blank or no positive value is given
     */
    public static LabelField of(String column, String... positiveValues) {
        return new LabelField(column, List.of(positiveValues));
    }

    /**
     * Whether a record's outcome is positive.
     *
     * @param record the record
     * @return {@code true} for a positive value
     * @throws ValidationException when the record's label is blank
     */
    public boolean isPositive(TabularRecord record) {
        String value = record.get(column).strip();
        ValidationException.check(!value.isEmpty(), column, value, "the label is blank");
        return positiveValues.contains(value);
    }
}
