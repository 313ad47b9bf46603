package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.util.Optional;

/**
 * The currency of a money column: a column holding ISO 4217 codes ({@code "currencyColumn": "Deal - Currency"}),
 * a fixed currency ({@code "currency": "EUR"}), or both (the column wins when its cell is not empty). Without
 * either, the mapping's {@code defaults.currency} applies. Amounts with more decimals than the currency has are
 * rejected, not rounded.
 *
 * @param currency       a fixed ISO 4217 code
 * @param currencyColumn the column holding the code per row
 */
public record MoneySpec(Optional<String> currency, Optional<String> currencyColumn) {
    /** Validates. @throws ValidationException for an unknown currency code */
    public MoneySpec {
        currency = currency == null ? Optional.empty() : currency;
        currencyColumn = currencyColumn == null ? Optional.empty() : currencyColumn;
        currency.ifPresent(Money::currency);
    }
}
