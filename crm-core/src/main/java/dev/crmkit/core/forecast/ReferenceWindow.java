package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.time.Instant;

/**
 * A past window used to estimate new business: how much was created and won inside it.
 *
 * @param period        the past period the window ends
 * @param from          window start (inclusive)
 * @param to            window end (exclusive; the period's end)
 * @param createdAndWon deals created inside the window and won inside it
 * @param value         their won amounts in the reporting currency, rounded once
 */
public record ReferenceWindow(Period period, Instant from, Instant to, long createdAndWon, Money value) {
}
