package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PropertyValueTest {

    @Test
    void eachValueKnowsItsTypeAndText() {
        assertThat(PropertyValue.text("Gold").type()).isEqualTo(PropertyType.STRING);
        assertThat(PropertyValue.text("").asText()).isEmpty();
        assertThat(PropertyValue.number(new BigDecimal("1E+3")).asText()).isEqualTo("1000");
        assertThat(PropertyValue.number(BigDecimal.ONE).type()).isEqualTo(PropertyType.NUMBER);
        assertThat(PropertyValue.bool(true).asText()).isEqualTo("true");
        assertThat(PropertyValue.bool(false).type()).isEqualTo(PropertyType.BOOLEAN);
        assertThat(PropertyValue.date(LocalDate.of(2026, 3, 31)).asText()).isEqualTo("2026-03-31");
        assertThat(PropertyValue.date(LocalDate.of(2026, 3, 31)).type()).isEqualTo(PropertyType.DATE);
        assertThat(PropertyValue.choice(" gold ").asText()).isEqualTo("gold");
        assertThat(PropertyValue.choice("gold").type()).isEqualTo(PropertyType.ENUMERATION);
        assertThat(PropertyValue.money(Money.of("5", "EUR")).asText()).isEqualTo("5.00 EUR");
        assertThat(PropertyValue.money(Money.of("5", "EUR")).type()).isEqualTo(PropertyType.MONEY);
    }

    @Test
    void rejectsMissingOrOversizedValues() {
        assertRejected("value", () -> PropertyValue.text(null));
        assertRejected("value", () -> PropertyValue.text("x".repeat(4001)));
        assertRejected("value", () -> PropertyValue.number(null));
        assertRejected("value", () -> PropertyValue.date(null));
        assertRejected("value", () -> PropertyValue.choice(" "));
        assertRejected("value", () -> PropertyValue.choice("x".repeat(256)));
        assertRejected("value", () -> PropertyValue.money(null));
    }
}
