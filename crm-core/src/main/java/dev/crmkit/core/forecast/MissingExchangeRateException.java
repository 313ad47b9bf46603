package dev.crmkit.core.forecast;

import dev.crmkit.core.error.CrmException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** An {@link ExchangeRates} source has no rate for a currency pair on a date. */
public class MissingExchangeRateException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final Currency from;
    private final Currency to;
    private final LocalDate on;

    public MissingExchangeRateException(Currency from, Currency to, LocalDate on) {
        super("no exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " on " + on);
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.on = Objects.requireNonNull(on, "on");
    }

    /** The currency to convert from. */
    public Currency from() {
        return from;
    }

    /** The currency to convert to. */
    public Currency to() {
        return to;
    }

    /** The date a rate was needed for. */
    public LocalDate on() {
        return on;
    }
}
