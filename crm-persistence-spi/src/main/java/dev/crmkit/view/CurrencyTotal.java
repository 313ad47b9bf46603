package dev.crmkit.view;

import dev.crmkit.core.model.shared.Money;
import java.util.Objects;

/**
 * The deals of one board column in one currency.
 *
 * @param count          how many deals
 * @param amount         the sum of their amounts
 * @param weightedAmount the sum of amount x effective probability, rounded half-even to the currency's scale
 */
public record CurrencyTotal(long count, Money amount, Money weightedAmount) {
    /** Requires both amounts. */
    public CurrencyTotal {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weightedAmount, "weightedAmount");
    }
}
