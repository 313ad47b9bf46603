package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.Probabilities;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Forecast-category rollups of a period, in one pass over the deals.
 *
 * <p>A deal counts in the period on the date {@link ForecastContext#countingDate} gives (close date for
 * closed deals, expected close date for open ones) and in its effective forecast category
 * ({@link Probabilities#effectiveForecastCategory}: won deals are CLOSED, lost deals OMITTED, open deals their
 * override or their stage's default). Amounts are not weighted. The pass keeps one exact accumulator per owner
 * and category; totals and team figures are added up from the owner accumulators at the end, so each deal
 * costs one stage lookup, one owner lookup and one addition.
 */
public final class CategoryRollup {
    private static final int CATEGORIES = ForecastCategory.values().length;

    private CategoryRollup() {
    }

    /**
     * Rolls up {@code deals} for {@code period}.
     *
     * @throws dev.crmkit.core.error.NotFoundException   when a deal's pipeline is not in the context
     * @throws dev.crmkit.core.error.ValidationException when a deal's stage is not in its pipeline
     * @throws MissingExchangeRateException              when an amount cannot be converted
     */
    public static RollupReport rollup(Collection<Deal> deals, Period period, ForecastContext context) {
        Map<UserId, BigDecimal[]> owners = new HashMap<>();
        BigDecimal[] unowned = zeros();
        PeriodFilter filter = new PeriodFilter(context, period, false);
        for (Deal deal : deals) {
            if (!filter.counts(deal)) {
                continue;
            }
            BigDecimal amount = filter.amount(deal);
            int category = Probabilities.effectiveForecastCategory(deal, filter.slot.stage()).ordinal();
            BigDecimal[] sums = unowned;
            Optional<UserId> owner = deal.owner();
            if (owner.isPresent()) {
                // get, then put: computeIfAbsent is too large for the compiler to inline into this loop
                sums = owners.get(owner.get());
                if (sums == null) {
                    sums = zeros();
                    owners.put(owner.get(), sums);
                }
            }
            sums[category] = sums[category].add(amount);
        }
        BigDecimal[] total = zeros();
        Map<Optional<UserId>, CategoryTotals> byOwner = new HashMap<>();
        Map<Optional<String>, BigDecimal[]> teamSums = new HashMap<>();
        for (Map.Entry<UserId, BigDecimal[]> e : owners.entrySet()) {
            Optional<UserId> owner = Optional.of(e.getKey());
            byOwner.put(owner, totals(e.getValue(), context));
            addInto(total, e.getValue());
            addInto(teamSums.computeIfAbsent(context.teamOf(owner), k -> zeros()), e.getValue());
        }
        if (Arrays.stream(unowned).anyMatch(v -> v.signum() != 0)) {
            byOwner.put(Optional.empty(), totals(unowned, context));
            addInto(teamSums.computeIfAbsent(Optional.empty(), k -> zeros()), unowned);
        }
        addInto(total, unowned);
        Map<Optional<String>, CategoryTotals> byTeam = new HashMap<>();
        teamSums.forEach((team, sums) -> byTeam.put(team, totals(sums, context)));
        return new RollupReport(period, totals(total, context), byOwner, byTeam);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] sums = new BigDecimal[CATEGORIES];
        Arrays.fill(sums, BigDecimal.ZERO);
        return sums;
    }

    private static void addInto(BigDecimal[] target, BigDecimal[] source) {
        for (int i = 0; i < CATEGORIES; i++) {
            target[i] = target[i].add(source[i]);
        }
    }

    private static CategoryTotals totals(BigDecimal[] sums, ForecastContext context) {
        return new CategoryTotals(
                context.round(sums[ForecastCategory.PIPELINE.ordinal()]),
                context.round(sums[ForecastCategory.BEST_CASE.ordinal()]),
                context.round(sums[ForecastCategory.MOST_LIKELY.ordinal()]),
                context.round(sums[ForecastCategory.COMMIT.ordinal()]),
                context.round(sums[ForecastCategory.CLOSED.ordinal()]),
                context.round(sums[ForecastCategory.OMITTED.ordinal()]));
    }
}
