package dev.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 1);

    private final ExchangeRates rates = ExchangeRates.fixed().rate("EUR", "USD", "1.25").build();

    @Test
    void convertsExactlyWithDirectAndReciprocalRates() {
        assertThat(rates.rate(EUR, USD, DAY)).isEqualByComparingTo("1.25");
        assertThat(rates.rate(USD, EUR, DAY)).isEqualByComparingTo("0.8");
        assertThat(rates.rate(USD, USD, DAY)).isEqualByComparingTo("1");
        assertThat(rates.convertExact(Money.of("10.01", "EUR"), USD, DAY)).isEqualByComparingTo("12.5125");
        assertThat(rates.convertExact(Money.of("10.01", "USD"), USD, DAY)).isEqualByComparingTo("10.01");
    }

    @Test
    void missingRateNamesTheCurrencies() {
        assertThatThrownBy(() -> rates.rate(JPY, USD, DAY))
                .isInstanceOf(MissingExchangeRateException.class).isInstanceOf(CrmException.class)
                .hasMessage("no exchange rate from JPY to USD on 2017-03-01")
                .satisfies(e -> {
                    MissingExchangeRateException m = (MissingExchangeRateException) e;
                    assertThat(m.from()).isEqualTo(JPY);
                    assertThat(m.to()).isEqualTo(USD);
                    assertThat(m.on()).isEqualTo(DAY);
                });
        assertThatThrownBy(() -> ExchangeRates.sameCurrencyOnly().convertExact(Money.of("1", "EUR"), USD, DAY))
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void rejectsNonPositiveAndMalformedRates() {
        assertThatThrownBy(() -> ExchangeRates.fixed().rate("EUR", "USD", "0"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rate");
        assertThatThrownBy(() -> ExchangeRates.fixed().rate("EUR", "USD", "abc"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("abc");
        assertThatThrownBy(() -> ExchangeRates.fixed().rate(EUR, USD, BigDecimal.valueOf(-1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ExchangeRates.fixed().rate("EUX", "USD", "1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("EUX");
    }
}
