package dev.crmkit.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueParsersTest {
    static final DateSpec COMMON = new DateSpec(List.of("yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy", "iso"), Optional.empty());

    @Test
    void datesInEachPatternAndStrictly() {
        assertThat(ValueParsers.date("d", "2024-03-15", COMMON)).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(ValueParsers.date("d", "03/15/2024", COMMON)).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(ValueParsers.date("d", "15.03.2024", COMMON)).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(ValueParsers.date("d", "2024-03-15T10:00:00Z", COMMON)).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThatThrownBy(() -> ValueParsers.date("closeDate", "02/30/2024", COMMON))
                .isInstanceOf(ValidationException.class).hasMessageContaining("closeDate")
                .hasMessageContaining("MM/dd/yyyy");
        assertThatThrownBy(() -> ValueParsers.date("d", "tomorrow", COMMON)).isInstanceOf(ValidationException.class);
    }

    @Test
    void momentsHonourOffsetsAndReadLocalTimesInTheZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        DateSpec spec = new DateSpec(List.of("yyyy-MM-dd HH:mm", "iso", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "dd.MM.yyyy"), Optional.empty());
        assertThat(ValueParsers.instant("t", "2024-03-15 10:00", spec, berlin)).isEqualTo(Instant.parse("2024-03-15T09:00:00Z"));
        assertThat(ValueParsers.instant("t", "2024-03-15T10:00:00Z", spec, berlin)).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
        assertThat(ValueParsers.instant("t", "2024-03-15T10:00:00.000+0000", spec, berlin)).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
        assertThat(ValueParsers.instant("t", "15.03.2024", spec, berlin)).isEqualTo(Instant.parse("2024-03-14T23:00:00Z"));
        assertThat(ValueParsers.instant("t", "15.03.2024", spec, ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
    }

    @Test
    void numbersWithSeparatorsSymbolsAndMultipliers() {
        NumberSpec german = new NumberSpec(",", ".", Optional.empty());
        assertThat(ValueParsers.decimal("n", "1.234.567,89", german)).isEqualByComparingTo("1234567.89");
        assertThat(ValueParsers.decimal("n", "$ 1,200.50", NumberSpec.DEFAULT)).isEqualByComparingTo("1200.50");
        assertThat(ValueParsers.decimal("n", "-3", NumberSpec.DEFAULT)).isEqualByComparingTo("-3");
        assertThat(ValueParsers.decimal("n", "1100.04", new NumberSpec(".", ",", Optional.of(new BigDecimal("1000000")))))
                .isEqualByComparingTo("1100040000");
        assertThat(ValueParsers.integer("n", "1,200", NumberSpec.DEFAULT)).isEqualTo(1200);
        assertThat(ValueParsers.integer("n", "12.0", NumberSpec.DEFAULT)).isEqualTo(12);
        assertThatThrownBy(() -> ValueParsers.integer("employees", "12.5", NumberSpec.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ValueParsers.decimal("n", "1e999999999", NumberSpec.DEFAULT)).isInstanceOf(ValidationException.class);
    }

    @Test
    void moneyKeepsTheCurrencysDecimalsAndRejectsMore() {
        assertThat(ValueParsers.money("amount", "12.50", Currency.getInstance("EUR"), NumberSpec.DEFAULT))
                .isEqualTo(Money.of("12.50", "EUR"));
        assertThatThrownBy(() -> ValueParsers.money("amount", "12.5", Currency.getInstance("JPY"), NumberSpec.DEFAULT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount").hasMessageContaining("JPY");
        assertThatThrownBy(() -> ValueParsers.currency("currency", "EURO")).isInstanceOf(ValidationException.class);
    }

    @Test
    void booleansAndCountries() {
        assertThat(BooleanSpec.DEFAULT.parse("b", "YES")).isTrue();
        assertThat(BooleanSpec.DEFAULT.parse("b", "0")).isFalse();
        assertThatThrownBy(() -> BooleanSpec.DEFAULT.parse("optIn", "maybe")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("optIn");
        assertThat(CountryNames.toAlpha2("c", "United States")).isEqualTo("US");
        assertThat(CountryNames.toAlpha2("c", "united kingdom")).isEqualTo("GB");
        assertThat(CountryNames.toAlpha2("c", "DEU")).isEqualTo("DE");
        assertThat(CountryNames.toAlpha2("c", " de ")).isEqualTo("DE");
        assertThat(CountryNames.toAlpha2("c", "USA")).isEqualTo("US");
        assertThatThrownBy(() -> CountryNames.toAlpha2("country", "Atlantis")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("country");
    }

    @Test
    void anyTextEitherParsesOrIsAValidationException() {
        NumberSpec german = new NumberSpec(",", ".", Optional.empty());
        qt().withFixedSeed(13L).withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(text -> {
            expectOnlyValidationErrors(() -> ValueParsers.decimal("n", text, german));
            expectOnlyValidationErrors(() -> ValueParsers.integer("n", text, NumberSpec.DEFAULT));
            expectOnlyValidationErrors(() -> ValueParsers.date("d", text, COMMON));
            expectOnlyValidationErrors(() -> ValueParsers.instant("d", text, COMMON, ZoneOffset.UTC));
            expectOnlyValidationErrors(() -> ValueParsers.money("m", text, Currency.getInstance("USD"), NumberSpec.DEFAULT));
            expectOnlyValidationErrors(() -> CountryNames.toAlpha2("c", text));
        });
    }

    private static void expectOnlyValidationErrors(Runnable parse) {
        try {
            parse.run();
        } catch (ValidationException expected) {
            // the only failure a parser may report
        }
    }
}
