package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Port for currency conversion in reports: how many units of {@code to} one unit of {@code from} buys on a
 * date. Hosts implement it over their rate table; {@link #fixed()} builds date-independent rates for tests
 * and single-rate hosts. Forecasts convert each amount exactly ({@code amount x rate}, no rounding) and round
 * only the final sums.
 */
@FunctionalInterface
public interface ExchangeRates {

    /**
     * The rate from one currency to another on a date. Implementations return {@code 1} for equal
     * currencies.
     *
     * @throws MissingExchangeRateException when no rate is known for the pair on that date
     */
    BigDecimal rate(Currency from, Currency to, LocalDate on);

    /**
     * The amount in {@code to}, exact (not rounded to the target currency's scale).
     *
     * @throws MissingExchangeRateException when no rate is known
     */
    default BigDecimal convertExact(Money amount, Currency to, LocalDate on) {
        if (amount.currency().equals(to)) {
            return amount.amount();
        }
        return amount.amount().multiply(rate(amount.currency(), to, on));
    }

    /** Rates that only know same-currency conversion; any other pair throws {@link MissingExchangeRateException}. */
    static ExchangeRates sameCurrencyOnly() {
        return FixedExchangeRates.builder().build();
    }

    /** A builder of fixed (date-independent) rates, e.g. {@code ExchangeRates.fixed().rate("EUR", "USD", "1.08").build()}. */
    static FixedExchangeRates.Builder fixed() {
        return FixedExchangeRates.builder();
    }
}
