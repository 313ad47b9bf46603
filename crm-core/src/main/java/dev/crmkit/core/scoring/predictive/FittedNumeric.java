package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link NumericFeature} with the statistics learnt from training records: missing values become
 * {@code median}, then {@code (x - mean) / sd}. All three are computed on the transformed values
 * ({@code log1p} when declared); mean and standard deviation (population, as scikit-learn's
 * {@code StandardScaler}) are computed after imputation. A constant column gets {@code sd = 1}.
 *
 * @param feature the declaration
 * @param median  the imputation value
 * @param mean    the centring value
 * @param sd      the scaling value, positive
 */
public record FittedNumeric(NumericFeature feature, double median, double mean, double sd) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param feature the declaration
     * @param median  the imputation value
     * @param mean    the centring value
     * @param sd      the scaling value, positive
     * @throws ValidationException when a statistic is not finite or {@code sd} is not positive
     */
    public FittedNumeric {
        Objects.requireNonNull(feature, "feature");
        ValidationException.check(Double.isFinite(median), feature.column() + ".median", median, "must be finite");
        ValidationException.check(Double.isFinite(mean), feature.column() + ".mean", mean, "must be finite");
        ValidationException.check(Double.isFinite(sd) && sd > 0, feature.column() + ".sd", sd, "must be finite and positive");
    }

    /**
     * Learns the statistics from training values.
     *
     * @param feature the declaration
     * @param parsed  the training values as returned by {@link NumericFeature#value(String)}, NaN for missing
     * @return the fitted feature
     */
    static FittedNumeric fit(NumericFeature feature, double[] parsed) {
        double[] observed = new double[parsed.length];
        int count = 0;
        for (double value : parsed) {
            if (!Double.isNaN(value)) {
                observed[count++] = value;
            }
        }
        double median = median(Arrays.copyOf(observed, count));
        double sum = 0;
        for (double value : parsed) {
            sum += Double.isNaN(value) ? median : value;
        }
        double mean = parsed.length == 0 ? 0 : sum / parsed.length;
        double squares = 0;
        for (double value : parsed) {
            double deviation = (Double.isNaN(value) ? median : value) - mean;
            squares += deviation * deviation;
        }
        double sd = parsed.length == 0 ? 0 : Math.sqrt(squares / parsed.length);
        // a constant column carries no information; sd 1 keeps it at 0 instead of dividing by zero
        return new FittedNumeric(feature, median, mean, sd > 1e-12 * Math.max(1, Math.abs(mean)) && Double.isFinite(sd) ? sd : 1.0);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /**
     * The number of encoded features.
     *
     * @return 1, or 2 with a missing indicator
     */
    public int width() {
        return feature.missingIndicator() ? 2 : 1;
    }

    /**
     * The encoded feature names: the column, then {@code column=(missing)} with an indicator.
     *
     * @return names in encoding order
     */
    public List<String> featureNames() {
        return feature.missingIndicator()
                ? List.of(feature.column(), feature.column() + "=" + FittedCategorical.MISSING)
                : List.of(feature.column());
    }

    /**
     * Writes the encoded value(s) of a raw value.
     *
     * @param raw    the value as read
     * @param row    the destination
     * @param offset where this feature's block starts
     * @throws ValidationException when the value is not a number
     */
    void encode(String raw, double[] row, int offset) {
        double value = feature.value(raw);
        boolean missing = Double.isNaN(value);
        row[offset] = ((missing ? median : value) - mean) / sd;
        if (feature.missingIndicator()) {
            row[offset + 1] = missing ? 1 : 0;
        }
    }
}
