package dev.crmkit.core.analytics;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Mean and median of samples. */
final class Stats {
    private Stats() {
    }

    static OptionalDouble mean(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return OptionalDouble.of(sum / values.length);
    }

    /** The middle value, or the mean of the two middle values for an even count. */
    static OptionalDouble median(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }

    static OptionalDouble ratio(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }
}
