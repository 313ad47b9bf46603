package dev.crmkit.core.error;

import java.util.Currency;

/** Arithmetic or comparison across two currencies without an exchange rate. */
public class CurrencyMismatchException extends CrmException {
    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine amounts in " + left.getCurrencyCode() + " and " + right.getCurrencyCode()
                + " without an exchange rate");
    }
}
