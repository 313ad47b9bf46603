package dev.crmkit.core.analytics;

import java.util.OptionalDouble;

/**
 * Sales-cycle length: days from creation to close (fractional days of 24 hours).
 *
 * @param deals      closed deals measured
 * @param meanDays   mean cycle; empty when no deal closed
 * @param medianDays median cycle (mean of the two middle values for an even count); empty when no deal closed
 */
public record SalesCycle(long deals, OptionalDouble meanDays, OptionalDouble medianDays) {
}
