package dev.crmkit.core.model.shared;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.error.CurrencyMismatchException;
import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency. The scale is the currency's (2 for USD, 0 for JPY, 3 for BHD):
 * {@link #of(BigDecimal, Currency)} rejects amounts with more decimals than the currency has, while
 * {@link #ofRounded(BigDecimal, Currency)} and the arithmetic round half-even (banker's rounding), so sums
 * of many rounded amounts do not drift in one direction. Arithmetic across currencies throws
 * {@link CurrencyMismatchException}; convert through an exchange-rate port first. In JSON the amount is a
 * string, so no reader turns it into a binary floating-point number.
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the ISO 4217 currency
 */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE)
public record Money(@JsonProperty("amount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                    @JsonProperty("currency") Currency currency) implements Comparable<Money> {
    /** Largest magnitude storable in a {@code NUMERIC(19,4)} column. */
    private static final BigDecimal MAX = new BigDecimal("999999999999999");

    public Money {
        ValidationException.check(currency != null, "currency", null, "is required");
        ValidationException.check(amount != null, "amount", null, "is required");
        int scale = scaleOf(currency);
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ValidationException("amount", amount.toPlainString(),
                    "has more than " + scale + " decimals, which " + currency.getCurrencyCode() + " allows");
        }
        ValidationException.check(amount.abs().compareTo(MAX) <= 0, "amount", amount.toPlainString(),
                "must be at most " + MAX.toPlainString() + " in magnitude");
    }

    /** Exact amount; throws {@link ValidationException} when it has more decimals than the currency allows. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Exact amount from text (e.g. {@code "1250.00"}) and an ISO currency code (e.g. {@code "EUR"}). */
    @JsonCreator
    public static Money of(@JsonProperty("amount") String amount, @JsonProperty("currency") String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /** Amount rounded half-even to the currency's scale. */
    public static Money ofRounded(BigDecimal amount, Currency currency) {
        ValidationException.check(currency != null, "currency", null, "is required");
        ValidationException.check(amount != null, "amount", null, "is required");
        return new Money(amount.setScale(scaleOf(currency), RoundingMode.HALF_EVEN), currency);
    }

    /** Zero in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Looks up an ISO 4217 code; throws {@link ValidationException} for an unknown code. */
    public static Currency currency(String code) {
        ValidationException.check(code != null, "currency", null, "is required");
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", code, "is not an ISO 4217 currency code");
        }
    }

    /** The number of decimals amounts in this currency carry (4 for currencies without a defined scale). */
    public static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 4 : digits;
    }

    private static BigDecimal parseAmount(String text) {
        ValidationException.check(text != null, "amount", null, "is required");
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", text, "is not a decimal number");
        }
    }

    /** The sum; throws {@link CurrencyMismatchException} across currencies. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** The difference; throws {@link CurrencyMismatchException} across currencies. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a factor, rounded half-even to the currency's scale. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return ofRounded(amount.multiply(factor), currency);
    }

    /** The negated amount. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether the amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The ISO currency code. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** Compares amounts; throws {@link CurrencyMismatchException} across currencies. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
