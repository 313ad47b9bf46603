package dev.crmkit.core.scoring.predictive;

/**
 * One fitted weight: how much one unit of an encoded feature adds to the log-odds.
 *
 * @param feature the encoded feature name, e.g. {@code Lead Source=google} or {@code TotalVisits}
 * @param weight  the coefficient (per standard deviation for numeric features)
 */
public record Coefficient(String feature, double weight) {
}
