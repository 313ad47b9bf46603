package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text column encoded one-hot: one 0/1 feature per frequent level, one for "missing" and one for
 * "other" (levels seen fewer than {@code minFrequency} times in training, and levels never seen).
 * Values are compared after stripping surrounding whitespace.
 *
 * @param column       the column name
 * @param minFrequency levels seen fewer times than this in the training records are grouped into "other";
 *                     1 keeps every level
 * @param placeholders values that mean "missing" (for example a web form's untouched {@code Select}), compared
 *                     after stripping and, with {@code caseFold}, ignoring case
 * @param caseFold     whether levels differing only in case are the same level ({@code google} = {@code Google});
 *                     folded levels are stored in lower case
 */
public record CategoricalFeature(String column, int minFrequency, List<String> placeholders, boolean caseFold) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param column       the column name
     * @param minFrequency levels seen fewer times than this in the training records are grouped into "other";
     *                     1 keeps every level
     * @param placeholders values that mean "missing" (for example a web form's untouched {@code Select}), compared
     *                     after stripping and, with {@code caseFold}, ignoring case
     * @param caseFold     whether levels differing only in case are the same level ({@code google} = {@code Google});
     *                     folded levels are stored in lower case
     * @throws ValidationException when the column is blank or {@code minFrequency} is below 1
     */
    public CategoricalFeature {
        ValidationException.check(column != null && !column.isBlank(), "column", column, "must not be blank");
        ValidationException.check(minFrequency >= 1, column + ".minFrequency", minFrequency, "must be at least 1");
        Objects.requireNonNull(placeholders, "placeholders");
        List<String> normalized = new ArrayList<>();
        for (String placeholder : placeholders) {
            ValidationException.check(placeholder != null && !placeholder.isBlank(), column + ".placeholders", placeholder,
                    "must not be blank (blank values are missing anyway)");
            String stripped = placeholder.strip();
            if (!normalized.contains(stripped)) {
                normalized.add(stripped);
            }
        }
        placeholders = List.copyOf(normalized);
    }

    /**
     * A feature that keeps every level, has no placeholders and is case-sensitive.
     *
     * @param column the column name
     * @return the feature
     * @throws ValidationException when the column is blank
     */
    public static CategoricalFeature of(String column) {
        return new CategoricalFeature(column, 1, List.of(), false);
    }

    /**
     * This feature with another minimum level frequency.
     *
     * @param frequency see {@link #minFrequency()}
     * @return a new feature
     * @throws ValidationException when {@code frequency} is below 1
     */
    public CategoricalFeature withMinFrequency(int frequency) {
        return new CategoricalFeature(column, frequency, placeholders, caseFold);
    }

    /**
     * This feature with other placeholder values.
     *
     * @param values see {@link #placeholders()}
     * @return a new feature
     * @throws ValidationException when a value is blank
     */
    public CategoricalFeature withPlaceholders(String... values) {
        return new CategoricalFeature(column, minFrequency, List.of(values), caseFold);
    }

    /**
     * This feature with case folding switched on or off.
     *
     * @param fold see {@link #caseFold()}
     * @return a new feature
     */
    public CategoricalFeature withCaseFold(boolean fold) {
        return new CategoricalFeature(column, minFrequency, placeholders, fold);
    }

    /**
     * The level a raw value belongs to.
     *
     * @param raw the value as read (may be null)
     * @return the stripped (and, with case folding, lower-cased) level, or {@code null} when the value is
     *         missing: null, blank or a placeholder
     */
    public String level(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        for (String placeholder : placeholders) {
            if (caseFold ? placeholder.equalsIgnoreCase(value) : placeholder.equals(value)) {
                return null;
            }
        }
        return caseFold ? value.toLowerCase(Locale.ROOT) : value;
    }
}
