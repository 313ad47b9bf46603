package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.CategoryRollupTest.ALICE;
import static dev.crmkit.core.forecast.CategoryRollupTest.BOB;
import static dev.crmkit.core.forecast.CategoryRollupTest.CONTEXT;
import static dev.crmkit.core.forecast.CategoryRollupTest.DEALS;
import static dev.crmkit.core.forecast.CategoryRollupTest.Q1;
import static dev.crmkit.core.forecast.CategoryRollupTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.CurrencyMismatchException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaAttainmentTest {
    private final RollupReport report = CategoryRollup.rollup(DEALS, Q1, CONTEXT);

    @Test
    void attainmentIsClosedOverQuotaAndCoverageIsOpenPipelineOverRemainingQuota() {
        List<Attainment> result = QuotaAttainment.compute(report, List.of(
                new Quota(QuotaHolder.owner(ALICE), Q1, usd("1000.00")),
                new Quota(QuotaHolder.team("east"), Q1, usd("2000.00")),
                new Quota(QuotaHolder.owner(ALICE), CONTEXT.calendar().parse("2017-Q2"), usd("5.00"))));
        assertThat(result).hasSize(2);
        Attainment alice = result.get(0);
        // closed 500 / quota 1000; open 100 + 200 over remaining 500
        assertThat(alice.closed()).isEqualTo(usd("500.00"));
        assertThat(alice.attainment()).contains(new BigDecimal("0.5000"));
        assertThat(alice.remainingQuota()).isEqualTo(usd("500.00"));
        assertThat(alice.openPipeline()).isEqualTo(usd("300.00"));
        assertThat(alice.coverage()).contains(new BigDecimal("0.6000"));
        Attainment east = result.get(1);
        // closed 500 / 2000; open 1000 over remaining 1500 = 0.66666.. -> 0.6667
        assertThat(east.attainment()).contains(new BigDecimal("0.2500"));
        assertThat(east.remainingQuota()).isEqualTo(usd("1500.00"));
        assertThat(east.coverage()).contains(new BigDecimal("0.6667"));
    }

    @Test
    void quotaMetOrZero() {
        Attainment over = QuotaAttainment.compute(report, List.of(new Quota(QuotaHolder.owner(ALICE), Q1, usd("400.00")))).get(0);
        assertThat(over.attainment()).contains(new BigDecimal("1.2500"));
        assertThat(over.remainingQuota()).isEqualTo(usd("0.00"));
        assertThat(over.coverage()).isEmpty();
        Attainment zero = QuotaAttainment.compute(report, List.of(new Quota(QuotaHolder.owner(BOB), Q1, usd("0.00")))).get(0);
        assertThat(zero.attainment()).isEqualTo(Optional.empty());
        assertThat(zero.coverage()).isEmpty();
    }

    @Test
    void rejectsNegativeQuotasAndOtherCurrencies() {
        assertThatThrownBy(() -> new Quota(QuotaHolder.owner(ALICE), Q1, usd("-1.00")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("quota.amount");
        List<Quota> euro = List.of(new Quota(QuotaHolder.owner(ALICE), Q1, Money.of("1.00", "EUR")));
        assertThatThrownBy(() -> QuotaAttainment.compute(report, euro)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> QuotaHolder.team(" ")).isInstanceOf(ValidationException.class);
    }
}
