package dev.crmkit.core.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.crmkit.core.error.CurrencyMismatchException;
import dev.crmkit.core.testing.Generators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyPropertiesTest {
    private static final int EXAMPLES = 200;

    /** Three amounts in one (random) currency. */
    private static Gen<Money[]> triples() {
        return Generators.currencies().flatMap(c -> {
            Gen<Money> m = Generators.money(c);
            return m.zip(m, m, (a, b, d) -> new Money[] {a, b, d});
        });
    }

    @Test
    void plusIsAssociativeAndCommutative() {
        qt().withExamples(EXAMPLES).forAll(triples()).checkAssert(t -> {
            assertThat(t[0].plus(t[1]).plus(t[2])).isEqualTo(t[0].plus(t[1].plus(t[2])));
            assertThat(t[0].plus(t[1])).isEqualTo(t[1].plus(t[0]));
        });
    }

    @Test
    void minusUndoesPlus() {
        qt().withExamples(EXAMPLES).forAll(triples()).checkAssert(t -> {
            assertThat(t[0].plus(t[1]).minus(t[1])).isEqualTo(t[0]);
            assertThat(t[0].minus(t[0]).isZero()).isTrue();
            assertThat(t[0].plus(t[1].negate())).isEqualTo(t[0].minus(t[1]));
        });
    }

    @Test
    void zeroIsTheIdentity() {
        qt().withExamples(EXAMPLES).forAll(Generators.money()).checkAssert(m -> {
            Money zero = Money.zero(m.currency());
            assertThat(m.plus(zero)).isEqualTo(m);
            assertThat(zero.plus(m)).isEqualTo(m);
            assertThat(m.minus(zero)).isEqualTo(m);
            assertThat(m.amount().scale()).isEqualTo(Money.scaleOf(m.currency()));
        });
    }

    @Test
    void differentCurrenciesNeverCombine() {
        qt().withExamples(EXAMPLES).forAll(Generators.money(), Generators.money())
                .assuming((a, b) -> !a.currency().equals(b.currency()))
                .checkAssert((a, b) -> {
                    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(CurrencyMismatchException.class);
                    assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatchException.class);
                    assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatchException.class);
                });
    }

    @Test
    void textFormRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(Generators.money()).checkAssert(m ->
                assertThat(Money.of(m.amount().toPlainString(), m.currencyCode())).isEqualTo(m));
    }

    @Test
    void timesOneIsIdentity() {
        qt().withExamples(EXAMPLES).forAll(Generators.money()).checkAssert(m ->
                assertThat(m.times(BigDecimal.ONE)).isEqualTo(m));
    }
}
