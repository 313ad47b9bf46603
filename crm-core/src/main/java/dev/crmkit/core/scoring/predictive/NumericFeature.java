package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A number column: optionally {@code log1p}-transformed, missing values replaced by the training median,
 * then standardised with the training mean and standard deviation. Optionally a 0/1 "missing" indicator
 * feature is added next to it, so that "unknown" can carry its own weight instead of pretending to be the
 * median.
 *
 * <p>Accepted number syntax: an optional sign, digits with an optional {@code .} fraction, and an optional
 * exponent ({@code 2.67}, {@code -36.4}, {@code 1e3}). Anything else is rejected rather than guessed.
 *
 * @param column           the column name
 * @param log1p            whether to use {@code ln(1 + x)} instead of {@code x}, for skewed counts and amounts
 * @param missingIndicator whether to add the 0/1 feature {@code column=(missing)}
 * @param missingSentinels values that mean "missing" (compared after stripping), e.g. {@code 999} for "never
 *                         contacted"
 */
public record NumericFeature(String column, boolean log1p, boolean missingIndicator, List<String> missingSentinels) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param column           the column name
     * @param log1p            whether to use {@code ln(1 + x)} instead of {@code x}, for skewed counts and amounts
     * @param missingIndicator whether to add the 0/1 feature {@code column=(missing)}
     * @param missingSentinels values that mean "missing" (compared after stripping), e.g. {@code 999} for "never
     *                         contacted"
     * @throws ValidationException when the column is blank or a sentinel is blank
     */
    public NumericFeature {
        ValidationException.check(column != null && !column.isBlank(), "column", column, "must not be blank");
        Objects.requireNonNull(missingSentinels, "missingSentinels");
        List<String> normalized = new ArrayList<>();
        for (String sentinel : missingSentinels) {
            ValidationException.check(sentinel != null && !sentinel.isBlank(), column + ".missingSentinels", sentinel,
                    "must not be blank (blank values are missing anyway)");
            if (!normalized.contains(sentinel.strip())) {
                normalized.add(sentinel.strip());
            }
        }
        missingSentinels = List.copyOf(normalized);
    }

    /**
     * A plain standardised number without transform, indicator or sentinels.
     *
     * @param column the column name
     * @return the feature
     * @throws ValidationException when the column is blank
     */
    public static NumericFeature of(String column) {
        return new NumericFeature(column, false, false, List.of());
    }

    /**
     * This feature with the {@code log1p} transform switched on or off.
     *
     * @param transform see {@link #log1p()}
     * @return a new feature
     */
    public NumericFeature withLog1p(boolean transform) {
        return new NumericFeature(column, transform, missingIndicator, missingSentinels);
    }

    /**
     * This feature with or without a missing indicator.
     *
     * @param indicator see {@link #missingIndicator()}
     * @return a new feature
     */
    public NumericFeature withMissingIndicator(boolean indicator) {
        return new NumericFeature(column, log1p, indicator, missingSentinels);
    }

    /**
     * This feature with other missing sentinels.
     *
     * @param sentinels see {@link #missingSentinels()}
     * @return a new feature
     * @throws ValidationException when a sentinel is blank
     */
    public NumericFeature withMissingSentinels(String... sentinels) {
        return new NumericFeature(column, log1p, missingIndicator, List.of(sentinels));
    }

    /**
     * The (transformed) number in a raw value.
     *
     * @param raw the value as read (may be null)
     * @return the number after the optional {@code log1p}, or {@code NaN} when the value is missing (null,
     *         blank or a sentinel)
     * @throws ValidationException when the value is not a finite decimal number, or is {@code <= -1} with
     *                             {@code log1p}
     */
    public double value(String raw) {
        if (raw == null) {
            return Double.NaN;
        }
        String text = raw.strip();
        if (text.isEmpty() || missingSentinels.contains(text)) {
            return Double.NaN;
        }
        ValidationException.check(isDecimal(text), column, raw, "is not a number");
        double number = Double.parseDouble(text);
        ValidationException.check(Double.isFinite(number), column, raw, "is not a finite number");
        if (!log1p) {
            return number;
        }
        ValidationException.check(number > -1, column, raw, "must be greater than -1 for the log1p transform");
        return Math.log1p(number);
    }

    /** Whether the text is plain decimal notation; {@code Double.parseDouble} alone would also take "NaN", "0x1p3" or "1d". */
    private static boolean isDecimal(String text) {
        int i = 0;
        int n = text.length();
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
