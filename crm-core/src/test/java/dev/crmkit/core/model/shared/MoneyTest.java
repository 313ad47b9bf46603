package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void scaleComesFromTheCurrency() {
        assertThat(Money.of("12.5", "USD").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
        assertThat(Money.of("100", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("1.234", "BHD").amount()).hasScaleOf(3);
        assertThat(Money.of("1", "XAU").amount()).as("no minor unit defined: 4 decimals").hasScaleOf(4);
    }

    @Test
    void currencyCodeIsTrimmedAndUpperCased() {
        assertThat(Money.of("1", " eur ").currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(Money.of("1", "eur").currencyCode()).isEqualTo("EUR");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertRejected("amount", () -> Money.of("12.345", "USD"));
        assertRejected("amount", () -> Money.of("1.5", "JPY"));
        assertRejected("amount", () -> Money.of(new BigDecimal("0.0001"), Currency.getInstance("EUR")));
    }

    @Test
    void rejectsUnknownCurrenciesAndMalformedAmounts() {
        assertRejected("currency", () -> Money.of("1", "XYZ"));
        assertRejected("currency", () -> Money.of("1", "dollars"));
        assertRejected("currency", () -> Money.of("1", (String) null));
        assertRejected("currency", () -> Money.currency(""));
        assertRejected("amount", () -> Money.of("12,50", "EUR"));
        assertRejected("amount", () -> Money.of("", "EUR"));
        assertRejected("amount", () -> Money.of((String) null, "EUR"));
        assertRejected("amount", () -> new Money(null, Currency.getInstance("EUR")));
        assertRejected("currency", () -> new Money(BigDecimal.ONE, null));
    }

    @Test
    void rejectsAmountsBeyondTheStorableMagnitude() {
        assertThat(Money.of("999999999999999", "JPY").amount()).isEqualByComparingTo("999999999999999");
        assertRejected("amount", () -> Money.of("1000000000000000", "JPY"));
        assertRejected("amount", () -> Money.of("-1000000000000000.00", "USD"));
    }

    @Test
    void moneyItselfMayBeNegative() {
        Money refund = Money.of("-5.00", "USD");
        assertThat(refund.isNegative()).isTrue();
        assertThat(refund.isPositive()).isFalse();
        assertThat(refund.negate()).isEqualTo(Money.of("5", "USD"));
    }

    @Test
    void roundsHalfEven() {
        Currency usd = Currency.getInstance("USD");
        assertThat(Money.ofRounded(new BigDecimal("0.125"), usd)).isEqualTo(Money.of("0.12", "USD"));
        assertThat(Money.ofRounded(new BigDecimal("0.135"), usd)).isEqualTo(Money.of("0.14", "USD"));
        assertThat(Money.of("10.00", "USD").times(new BigDecimal("0.333"))).isEqualTo(Money.of("3.33", "USD"));
        assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.02", "USD"));
    }

    @Test
    void arithmeticAndComparison() {
        Money a = Money.of("10.10", "EUR");
        Money b = Money.of("0.90", "EUR");
        assertThat(a.plus(b)).isEqualTo(Money.of("11", "EUR"));
        assertThat(a.minus(b)).isEqualTo(Money.of("9.20", "EUR"));
        assertThat(a.compareTo(b)).isPositive();
        assertThat(Money.zero(Currency.getInstance("EUR")).isZero()).isTrue();
        assertThat(a.toString()).isEqualTo("10.10 EUR");
    }

    @Test
    void crossCurrencyArithmeticThrows() {
        Money eur = Money.of("1", "EUR");
        Money usd = Money.of("1", "USD");
        assertThatThrownBy(() -> eur.plus(usd)).isInstanceOf(CurrencyMismatchException.class).isInstanceOf(CrmException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
        assertThatThrownBy(() -> eur.minus(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> eur.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
    }
}
