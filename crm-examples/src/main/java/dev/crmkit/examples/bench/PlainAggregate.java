package dev.crmkit.examples.bench;

import java.math.BigDecimal;

/**
 * One group of a hand-written deal aggregation. Keys that were not grouped by are null.
 *
 * @param stage          stage key
 * @param owner          owner's user id
 * @param closeYear      year of the expected close date
 * @param closeMonth     month (1-12) of the expected close date
 * @param currency       currency code (null for deals without an amount)
 * @param count          number of deals
 * @param amount         sum of amounts (zero when none)
 * @param weightedAmount sum of amount x effective probability / 100
 */
public record PlainAggregate(String stage, String owner, Integer closeYear, Integer closeMonth, String currency, long count,
                             BigDecimal amount, BigDecimal weightedAmount) {
}
