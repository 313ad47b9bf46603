package dev.crmkit.core.model.pipeline;

/**
 * Forecast categories with Salesforce's meaning, from least to most certain among the open ones:
 * {@link #PIPELINE} &lt; {@link #BEST_CASE} &lt; {@link #MOST_LIKELY} &lt; {@link #COMMIT}; {@link #CLOSED}
 * is won business and {@link #OMITTED} never rolls up into any forecast.
 */
public enum ForecastCategory {
    /** Early, uncertain. */
    PIPELINE,
    /** Could close if everything goes right. */
    BEST_CASE,
    /** Likely to close. */
    MOST_LIKELY,
    /** The rep commits to closing it. */
    COMMIT,
    /** Won. */
    CLOSED,
    /** Excluded from forecasts (lost, or not to be counted). */
    OMITTED
}
