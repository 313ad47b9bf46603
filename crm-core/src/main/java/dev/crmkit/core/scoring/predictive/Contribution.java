package dev.crmkit.core.scoring.predictive;

/**
 * How much one feature moved one record's score: {@code coefficient * encodedValue} on the log-odds scale.
 *
 * @param feature      the encoded feature name
 * @param rawValue     the record's value of the source column, as read
 * @param encodedValue the feature's value after encoding (1 for a one-hot level, the standardised number for
 *                     a numeric feature)
 * @param coefficient  the fitted weight
 * @param contribution {@code coefficient * encodedValue}
 */
public record Contribution(String feature, String rawValue, double encodedValue, double coefficient, double contribution) {
}
