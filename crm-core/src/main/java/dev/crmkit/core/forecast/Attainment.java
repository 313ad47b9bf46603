package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How far an owner or team is towards its quota in a period.
 *
 * @param quota          the quota
 * @param closed         closed (won) business in the period
 * @param openPipeline   open pipeline in the period (pipeline + best case + most likely + commit)
 * @param attainment     closed / quota as a ratio (1.0000 = 100 %), four decimals half-even; empty for a zero quota
 * @param remainingQuota quota minus closed, never below zero
 * @param coverage       open pipeline / remaining quota, four decimals half-even; empty when nothing remains
 */
public record Attainment(Quota quota, Money closed, Money openPipeline, Optional<BigDecimal> attainment,
                         Money remainingQuota, Optional<BigDecimal> coverage) {

    private static final int RATIO_SCALE = 4;

    /**
     * Attainment and coverage of a quota from the holder's category totals of the same period.
     *
     * @throws dev.crmkit.core.error.CurrencyMismatchException when the quota is not in the totals' currency
     */
    public static Attainment of(Quota quota, CategoryTotals totals) {
        Money target = quota.amount();
        Money closed = totals.closedForecast();
        Money open = totals.openPipeline();
        Money remaining = target.minus(closed);
        if (remaining.isNegative()) {
            remaining = Money.zero(target.currency());
        }
        Optional<BigDecimal> attainment = target.isZero() ? Optional.empty()
                : Optional.of(closed.amount().divide(target.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN));
        Optional<BigDecimal> coverage = remaining.isZero() ? Optional.empty()
                : Optional.of(open.amount().divide(remaining.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN));
        return new Attainment(quota, closed, open, attainment, remaining, coverage);
    }
}
