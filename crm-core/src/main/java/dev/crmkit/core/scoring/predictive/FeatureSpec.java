package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a model learns from: the label and the declared features. Columns not declared are ignored, which is
 * how identifiers and outcome-leaking fields are kept out. The encoded feature order is every categorical
 * feature in declaration order, then every numeric feature.
 *
 * <pre>{@code
 * FeatureSpec spec = FeatureSpec.builder()
 *         .label("Converted", "1")
 *         .minFrequency(5).placeholders("Select").caseFold(true)   // defaults for categorical(String...)
 *         .categorical("Lead Origin", "Lead Source", "Last Activity")
 *         .numeric("TotalVisits", "Total Time Spent on Website")
 *         .numeric(NumericFeature.of("pdays").withMissingSentinels("999").withMissingIndicator(true))
 *         .build();
 * }</pre>
 *
 * @param label       the outcome
 * @param categorical the one-hot features
 * @param numeric     the number features
 */
public record FeatureSpec(LabelField label, List<CategoricalFeature> categorical, List<NumericFeature> numeric) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param label       the outcome
     * @param categorical the one-hot features
     * @param numeric     the number features
     * @throws ValidationException when there are no features, a column is declared twice, or the label column is
     *                             also a feature (which would leak the outcome)
     */
    public FeatureSpec {
        Objects.requireNonNull(label, "label");
        categorical = List.copyOf(categorical);
        numeric = List.copyOf(numeric);
        ValidationException.check(!categorical.isEmpty() || !numeric.isEmpty(), "features", null, "declare at least one feature");
        Set<String> seen = new HashSet<>();
        for (String column : columnsOf(categorical, numeric)) {
            ValidationException.check(seen.add(column), "features", column, "column is declared twice");
            ValidationException.check(!column.equals(label.column()), "features", column, "the label column cannot be a feature");
        }
    }

    /**
     * A builder with no features, {@code minFrequency} 1, no placeholders and no case folding as defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The feature columns in encoding order (categorical first).
     *
     * @return the column names
     */
    public List<String> featureColumns() {
        return columnsOf(categorical, numeric);
    }

    private static List<String> columnsOf(List<CategoricalFeature> categorical, List<NumericFeature> numeric) {
        List<String> columns = new ArrayList<>();
        categorical.forEach(feature -> columns.add(feature.column()));
        numeric.forEach(feature -> columns.add(feature.column()));
        return columns;
    }

    /**
     * Collects a {@link FeatureSpec}. The defaults set with {@link #minFrequency}, {@link #placeholders} and
     * {@link #caseFold} apply, at {@link #build()}, to every categorical column added by name, wherever the
     * call stands.
     */
    public static final class Builder {
        private LabelField label;
        private final List<Function<CategoricalFeature, CategoricalFeature>> categorical = new ArrayList<>();
        private final List<NumericFeature> numeric = new ArrayList<>();
        private int minFrequency = 1;
        private List<String> placeholders = List.of();
        private boolean caseFold;

        private Builder() {
        }

        /**
         * Sets the label.
         *
         * @param column         the outcome column
         * @param positiveValues the values meaning "positive"
         * @return this builder
         * @throws ValidationException when the column is blank or no positive value is given
         */
        public Builder label(String column, String... positiveValues) {
            this.label = LabelField.of(column, positiveValues);
            return this;
        }

        /**
         * Adds categorical columns that take this builder's defaults.
         *
         * @param columns the column names
         * @return this builder
         * @throws ValidationException when a column name is blank
         */
        public Builder categorical(String... columns) {
            for (String column : columns) {
                CategoricalFeature plain = CategoricalFeature.of(column);
                categorical.add(defaults -> plain.withMinFrequency(defaults.minFrequency())
                        .withPlaceholders(defaults.placeholders().toArray(String[]::new))
                        .withCaseFold(defaults.caseFold()));
            }
            return this;
        }

        /**
         * Adds a fully configured categorical feature (the builder's defaults do not apply to it).
         *
         * @param feature the feature
         * @return this builder
         */
        public Builder categorical(CategoricalFeature feature) {
            Objects.requireNonNull(feature, "feature");
            categorical.add(defaults -> feature);
            return this;
        }

        /**
         * Adds plain numeric columns.
         *
         * @param columns the column names
         * @return this builder
         * @throws ValidationException when a column name is blank
         */
        public Builder numeric(String... columns) {
            for (String column : columns) {
                numeric.add(NumericFeature.of(column));
            }
            return this;
        }

        /**
         * Adds a configured numeric feature.
         *
         * @param feature the feature
         * @return this builder
         */
        public Builder numeric(NumericFeature feature) {
            numeric.add(Objects.requireNonNull(feature, "feature"));
            return this;
        }

        /**
         * Default minimum level frequency for categorical columns added by name.
         *
         * @param frequency see {@link CategoricalFeature#minFrequency()}
         * @return this builder
         * @throws ValidationException when {@code frequency} is below 1
         */
        public Builder minFrequency(int frequency) {
            ValidationException.check(frequency >= 1, "minFrequency", frequency, "must be at least 1");
            this.minFrequency = frequency;
            return this;
        }

        /**
         * Default placeholder values for categorical columns added by name.
         *
         * @param values see {@link CategoricalFeature#placeholders()}
         * @return this builder
         */
        public Builder placeholders(String... values) {
            this.placeholders = List.of(values);
            return this;
        }

        /**
         * Default case folding for categorical columns added by name.
         *
         * @param fold see {@link CategoricalFeature#caseFold()}
         * @return this builder
         */
        public Builder caseFold(boolean fold) {
            this.caseFold = fold;
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec
         * @throws ValidationException when no label was set, or the spec is invalid (see the record's constructor)
         */
        public FeatureSpec build() {
            ValidationException.check(label != null, "label", null, "is required");
            CategoricalFeature defaults = new CategoricalFeature("defaults", minFrequency, placeholders, caseFold);
            List<CategoricalFeature> resolved = new ArrayList<>();
            categorical.forEach(step -> resolved.add(step.apply(defaults)));
            return new FeatureSpec(label, resolved, numeric);
        }
    }
}
