package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Exchange rates that do not change over time. A rate registered for EUR to USD also serves USD to EUR as
 * its reciprocal (computed to 34 significant digits); a rate registered in both directions is used as given.
 * Immutable and thread-safe.
 */
public final class FixedExchangeRates implements ExchangeRates {
    /** From-currency, then to-currency; reciprocals of one-way rates are filled in once, at build time. */
    private final Map<Currency, Map<Currency, BigDecimal>> rates;

    private FixedExchangeRates(Map<Currency, Map<Currency, BigDecimal>> given) {
        Map<Currency, Map<Currency, BigDecimal>> all = new HashMap<>();
        given.forEach((from, targets) -> targets.forEach((to, rate) -> {
            all.computeIfAbsent(from, k -> new HashMap<>()).put(to, rate);
            Map<Currency, BigDecimal> back = given.get(to);
            if (back == null || !back.containsKey(from)) {
                all.computeIfAbsent(to, k -> new HashMap<>()).put(from, BigDecimal.ONE.divide(rate, MathContext.DECIMAL128));
            }
        }));
        Map<Currency, Map<Currency, BigDecimal>> frozen = new HashMap<>();
        all.forEach((from, targets) -> frozen.put(from, Map.copyOf(targets)));
        this.rates = Map.copyOf(frozen);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * @throws MissingExchangeRateException when neither the pair nor its reverse was registered
     */
    @Override
    public BigDecimal rate(Currency from, Currency to, LocalDate on) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        Map<Currency, BigDecimal> targets = rates.get(from);
        BigDecimal rate = targets == null ? null : targets.get(to);
        if (rate == null) {
            throw new MissingExchangeRateException(from, to, on);
        }
        return rate;
    }

    /** Collects rates. */
    public static final class Builder {
        private final Map<Currency, Map<Currency, BigDecimal>> rates = new HashMap<>();

        private Builder() {
        }

        /**
         * Registers the rate from {@code from} to {@code to}, e.g. {@code rate("EUR", "USD", "1.08")}.
         *
         * @throws ValidationException for an unknown currency code or a rate that is not a positive number
         */
        public Builder rate(String from, String to, String rate) {
            BigDecimal value;
            try {
                value = new BigDecimal(rate.strip());
            } catch (NumberFormatException | NullPointerException e) {
                throw new ValidationException("rate", rate, "is not a decimal number");
            }
            return rate(Money.currency(from), Money.currency(to), value);
        }

        /**
         * Registers the rate from {@code from} to {@code to}.
         *
         * @throws ValidationException when the rate is missing or not positive
         */
        public Builder rate(Currency from, Currency to, BigDecimal rate) {
            ValidationException.check(rate != null, "rate", null, "is required");
            ValidationException.check(rate.signum() > 0, "rate", rate.toPlainString(), "must be positive");
            ValidationException.check(from != null, "from", null, "is required");
            ValidationException.check(to != null, "to", null, "is required");
            rates.computeIfAbsent(from, k -> new HashMap<>()).put(to, rate);
            return this;
        }

        /** The rates collected so far. */
        public FixedExchangeRates build() {
            return new FixedExchangeRates(rates);
        }
    }
}
