package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.TabularRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fitted encoder of a {@link FeatureSpec}: turns a record into a fixed-length vector of numbers using
 * only what it learnt from the training records (levels, medians, means, standard deviations). Immutable
 * and thread-safe.
 */
public final class FeaturePipeline {
    private final FeatureSpec spec;
    private final List<FittedCategorical> categorical;
    private final List<FittedNumeric> numeric;
    private final List<String> featureNames;
    private final String[] sourceColumns;

    /**
     * Restores a fitted pipeline (for example from JSON).
     *
     * @param spec        the declaration
     * @param categorical one fitted feature per {@code spec.categorical()} entry, same order
     * @param numeric     one fitted feature per {@code spec.numeric()} entry, same order
     * @throws ValidationException when the fitted features do not match the spec's declarations, or two
     *                             encoded features get the same name
     */
    public FeaturePipeline(FeatureSpec spec, List<FittedCategorical> categorical, List<FittedNumeric> numeric) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.categorical = List.copyOf(categorical);
        this.numeric = List.copyOf(numeric);
        ValidationException.check(this.categorical.size() == spec.categorical().size(), "categorical", this.categorical.size(),
                "expected " + spec.categorical().size() + " fitted categorical features");
        ValidationException.check(this.numeric.size() == spec.numeric().size(), "numeric", this.numeric.size(),
                "expected " + spec.numeric().size() + " fitted numeric features");
        List<String> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < this.categorical.size(); i++) {
            FittedCategorical fitted = this.categorical.get(i);
            ValidationException.check(fitted.feature().equals(spec.categorical().get(i)), "categorical[" + i + "]",
                    fitted.feature().column(), "does not match the spec's declaration");
            names.addAll(fitted.featureNames());
            sources.addAll(Collections.nCopies(fitted.width(), fitted.feature().column()));
        }
        for (int i = 0; i < this.numeric.size(); i++) {
            FittedNumeric fitted = this.numeric.get(i);
            ValidationException.check(fitted.feature().equals(spec.numeric().get(i)), "numeric[" + i + "]",
                    fitted.feature().column(), "does not match the spec's declaration");
            names.addAll(fitted.featureNames());
            sources.addAll(Collections.nCopies(fitted.width(), fitted.feature().column()));
        }
        Set<String> unique = new HashSet<>();
        for (String name : names) {
            ValidationException.check(unique.add(name), "features", name, "two encoded features have this name");
        }
        this.featureNames = List.copyOf(names);
        this.sourceColumns = sources.toArray(String[]::new);
    }

    /**
     * Learns the encoding from training records.
     *
     * @param spec    the declaration
     * @param records the training records
     * @return the fitted pipeline
     * @throws ValidationException when a declared column occurs in none of the records, or a numeric value
     *                             is not a number (the field names the record)
     */
    public static FeaturePipeline fit(FeatureSpec spec, List<? extends TabularRecord> records) {
        Objects.requireNonNull(spec, "spec");
        requireColumnsPresent(spec, records);
        List<FittedCategorical> categorical = new ArrayList<>();
        for (CategoricalFeature feature : spec.categorical()) {
            categorical.add(FittedCategorical.fit(feature, column(records, feature.column())));
        }
        List<FittedNumeric> numeric = new ArrayList<>();
        for (NumericFeature feature : spec.numeric()) {
            double[] values = new double[records.size()];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = feature.value(records.get(i).get(feature.column()));
                } catch (ValidationException e) {
                    throw RecordLocation.locate(e, records.get(i), i);
                }
            }
            numeric.add(FittedNumeric.fit(feature, values));
        }
        return new FeaturePipeline(spec, categorical, numeric);
    }

    private static void requireColumnsPresent(FeatureSpec spec, List<? extends TabularRecord> records) {
        Set<String> missing = new HashSet<>(spec.featureColumns());
        missing.add(spec.label().column());
        for (TabularRecord record : records) {
            if (missing.isEmpty()) {
                return;
            }
            missing.removeAll(record.columns());
        }
        if (!missing.isEmpty()) {
            List<String> sorted = new ArrayList<>(missing);
            sorted.sort(null);
            throw new ValidationException("spec", sorted, "no training record has these columns");
        }
    }

    private static List<String> column(List<? extends TabularRecord> records, String column) {
        List<String> values = new ArrayList<>(records.size());
        for (TabularRecord record : records) {
            values.add(record.get(column));
        }
        return values;
    }

    /**
     * The declaration this pipeline was fitted for.
     *
     * @return the spec
     */
    public FeatureSpec spec() {
        return spec;
    }

    /**
     * The fitted categorical features, in spec order.
     *
     * @return an unmodifiable list
     */
    public List<FittedCategorical> categorical() {
        return categorical;
    }

    /**
     * The fitted numeric features, in spec order.
     *
     * @return an unmodifiable list
     */
    public List<FittedNumeric> numeric() {
        return numeric;
    }

    /**
     * The names of the encoded features, in vector order.
     *
     * @return an unmodifiable list
     */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * The length of an encoded vector.
     *
     * @return the number of features
     */
    public int width() {
        return featureNames.size();
    }

    /**
     * The source column of an encoded feature.
     *
     * @param feature index in {@code [0, width())}
     * @return the column name
     */
    String sourceColumn(int feature) {
        return sourceColumns[feature];
    }

    /**
     * Encodes one record.
     *
     * @param record the record
     * @return a new vector of length {@link #width()}
     * @throws ValidationException when a numeric value is not a number
     */
    public double[] encode(TabularRecord record) {
        double[] row = new double[width()];
        encodeInto(record, row);
        return row;
    }

    /** Encodes into {@code row}, which must have length {@link #width()}; every entry is overwritten. */
    void encodeInto(TabularRecord record, double[] row) {
        Arrays.fill(row, 0);
        int offset = 0;
        for (FittedCategorical feature : categorical) {
            int position = feature.position(record.get(feature.feature().column()));
            if (position >= 0) {
                row[offset + position] = 1;
            }
            offset += feature.width();
        }
        for (FittedNumeric feature : numeric) {
            feature.encode(record.get(feature.feature().column()), row, offset);
            offset += feature.width();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeaturePipeline that
                && spec.equals(that.spec)
                && categorical.equals(that.categorical)
                && numeric.equals(that.numeric);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, categorical, numeric);
    }

    @Override
    public String toString() {
        return "FeaturePipeline[" + width() + " features over " + spec.featureColumns().size() + " columns]";
    }
}
