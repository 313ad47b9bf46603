package dev.crmkit.examples.cli;

import java.util.Locale;

/** The forecast methods {@code --method} can name, in report order. */
enum ForecastMethodName {
    /** Won so far plus the weighted pipeline (stage probabilities). */
    WEIGHTED,
    /** The commit forecast (commit + closed) of the forecast-category rollup. */
    CATEGORIES,
    /** The won value of the previous period of the same kind, as known then. */
    NAIVE,
    /** Historical win rates by stage and age, new business, and a seeded simulation (P10/P50/P90). */
    PREDICTIVE;

    /** The name as typed and printed. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
