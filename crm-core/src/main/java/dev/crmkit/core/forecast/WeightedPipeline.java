package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.Probabilities;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted pipeline: for the open deals expected to close in a period, the sum of amount times effective
 * probability ({@link Probabilities#effectiveProbability}), grouped by pipeline, stage, owner and team.
 *
 * <p>Rounding rule: every product {@code amount x rate x probability} is kept exact (BigDecimal), the exact
 * products are summed, and each sum is rounded once, half-even, to the reporting currency's scale. Rounding
 * each product first would lose up to half a cent per deal (ten thousand deals could drift by 50 units),
 * would make the total depend on how deals are grouped, and would disagree with a database
 * {@code SUM(amount * probability)} over exact decimals; rounding once gives the correctly rounded exact total,
 * independent of order and grouping. Half-even avoids the upward drift of half-up across many reports.
 */
public final class WeightedPipeline {
    private WeightedPipeline() {
    }

    /**
     * Computes the weighted pipeline of {@code period} over {@code deals} (closed deals are ignored).
     *
     * @throws dev.crmkit.core.error.NotFoundException   when a deal's pipeline is not in the context
     * @throws dev.crmkit.core.error.ValidationException when a deal's stage is not in its pipeline
     * @throws MissingExchangeRateException              when an amount cannot be converted
     */
    public static WeightedPipelineReport compute(Collection<Deal> deals, Period period, ForecastContext context) {
        // exact sums per stage slot and per owner; every other figure is added up from these at the end,
        // which gives the same exact sums (addition of exact decimals does not depend on order)
        BigDecimal[] byStage = new BigDecimal[context.slots().size()];
        Map<UserId, BigDecimal> owned = new HashMap<>();
        BigDecimal unowned = null;
        BigDecimal open = BigDecimal.ZERO;
        WeightedLines.Builder lines = new WeightedLines.Builder(context);
        PeriodFilter filter = new PeriodFilter(context, period, true);
        for (Deal deal : deals) {
            if (!filter.counts(deal)) {
                continue;
            }
            BigDecimal amount = filter.amount(deal);
            StageSlot slot = filter.slot;
            BigDecimal probability = deal.probabilityOverride().isEmpty() && slot.stage().kind() == StageKind.OPEN
                    ? slot.defaultFraction() : Probabilities.effectiveProbability(deal, slot.stage()).fraction();
            BigDecimal product = amount.multiply(probability);
            open = open.add(amount);
            int index = slot.index();
            byStage[index] = byStage[index] == null ? product : byStage[index].add(product);
            Optional<UserId> owner = deal.owner();
            if (owner.isEmpty()) {
                unowned = unowned == null ? product : unowned.add(product);
            } else {
                BigDecimal sum = owned.get(owner.get());
                owned.put(owner.get(), sum == null ? product : sum.add(product));
            }
            lines.add(deal, amount);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        Map<StageRef, BigDecimal> stageSums = new HashMap<>();
        Map<PipelineId, BigDecimal> pipelineSums = new HashMap<>();
        for (StageSlot slot : context.slots()) {
            BigDecimal sum = byStage[slot.index()];
            if (sum != null) {
                weighted = weighted.add(sum);
                stageSums.put(slot.ref(), sum);
                pipelineSums.merge(slot.ref().pipeline(), sum, BigDecimal::add);
            }
        }
        Map<Optional<UserId>, BigDecimal> ownerSums = new HashMap<>();
        owned.forEach((owner, sum) -> ownerSums.put(Optional.of(owner), sum));
        if (unowned != null) {
            ownerSums.put(Optional.empty(), unowned);
        }
        Map<Optional<String>, BigDecimal> teamSums = new HashMap<>();
        ownerSums.forEach((owner, sum) -> teamSums.merge(context.teamOf(owner), sum, BigDecimal::add));
        return new WeightedPipelineReport(period, context.round(weighted), context.round(open),
                rounded(pipelineSums, context), rounded(stageSums, context), rounded(ownerSums, context),
                rounded(teamSums, context), lines.build());
    }

    private static <K> Map<K, Money> rounded(Map<K, BigDecimal> sums, ForecastContext context) {
        Map<K, Money> out = new HashMap<>();
        sums.forEach((k, v) -> out.put(k, context.round(v)));
        return out;
    }
}
