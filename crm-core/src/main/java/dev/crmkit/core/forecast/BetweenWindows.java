package dev.crmkit.core.forecast;

/**
 * How much a quantity varies between past reference windows beyond what chance explains, for forecasting a new
 * window: a method-of-moments random-effects estimate. Given each window's value relative to the pooled value
 * ({@code ratios}, mean about 1) and the sampling variance of each ratio ({@code within}), the between-window
 * variance is {@code tau^2 = max(0, s^2 - mean(within))} with {@code s^2} the sample variance of the ratios. A
 * new window differs from the pooled estimate by {@code tau^2} and the pooled estimate from the true mean by
 * {@code tau^2 / J}, so the result is {@code tau^2 (1 + 1/J)}; 0 for fewer than two windows.
 */
final class BetweenWindows {
    private BetweenWindows() {
    }

    static double variance(double[] ratios, double[] within) {
        int windows = ratios.length;
        if (windows < 2) {
            return 0;
        }
        double mean = 0;
        double meanWithin = 0;
        for (int j = 0; j < windows; j++) {
            mean += ratios[j] / windows;
            meanWithin += within[j] / windows;
        }
        double spread = 0;
        for (double r : ratios) {
            spread += (r - mean) * (r - mean) / (windows - 1);
        }
        return Math.max(0, spread - meanWithin) * (1 + 1.0 / windows);
    }
}
