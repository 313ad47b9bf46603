package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void acceptsZeroToHundredWithTwoDecimals() {
        assertThat(Percentage.of(0)).isEqualTo(Percentage.ZERO);
        assertThat(Percentage.of(100)).isEqualTo(Percentage.HUNDRED_PERCENT);
        assertThat(Percentage.parse(" 12.5 ").value()).isEqualByComparingTo("12.5").hasScaleOf(2);
        assertThat(Percentage.parse("12.50")).isEqualTo(Percentage.parse("12.5"));
        assertThat(Percentage.parse("99.99").toString()).isEqualTo("99.99");
    }

    @Test
    void rejectsValuesOutsideTheRange() {
        assertRejected("percentage", () -> Percentage.of(-1));
        assertRejected("percentage", () -> Percentage.of(101));
        assertRejected("percentage", () -> Percentage.parse("100.01"));
        assertRejected("percentage", () -> Percentage.parse("-0.01"));
        assertRejected("percentage", () -> Percentage.parse("12.345"));
        assertRejected("percentage", () -> Percentage.parse("ten"));
        assertRejected("percentage", () -> Percentage.parse(null));
        assertRejected("percentage", () -> new Percentage(null));
    }

    @Test
    void convertsToFractions() {
        Percentage p = Percentage.parse("12.5");
        assertThat(p.fraction()).isEqualByComparingTo("0.125");
        assertThat(p.asDouble()).isEqualTo(0.125);
        assertThat(Percentage.HUNDRED_PERCENT.fraction()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void textFormIsPlain() {
        assertThat(Percentage.of(100)).hasToString("100");
        assertThat(Percentage.of(0)).hasToString("0");
        assertThat(Percentage.parse("70.00")).hasToString("70");
        assertThat(Percentage.of(20).compareTo(Percentage.of(30))).isNegative();
    }
}
