package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.Probabilities;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal open = BigDecimal.ZERO;
        Map<PipelineId, BigDecimal> byPipeline = new HashMap<>();
        Map<StageRef, BigDecimal> byStage = new HashMap<>();
        Map<Optional<UserId>, BigDecimal> byOwner = new HashMap<>();
        List<WeightedLine> lines = new ArrayList<>();
        PeriodFilter filter = new PeriodFilter(context, period, true);
        for (Deal deal : deals) {
            BigDecimal amount = filter.amountIfCounted(deal);
            if (amount == null) {
                continue;
            }
            Stage stage = filter.stage;
            BigDecimal probability = Probabilities.effectiveProbability(deal, stage).fraction();
            BigDecimal product = amount.multiply(probability);
            weighted = weighted.add(product);
            open = open.add(amount);
            StageRef ref = new StageRef(deal.pipeline(), stage.key());
            byPipeline.merge(deal.pipeline(), product, BigDecimal::add);
            byStage.merge(ref, product, BigDecimal::add);
            byOwner.merge(deal.owner(), product, BigDecimal::add);
            lines.add(new WeightedLine(deal.id(), ref, deal.owner(), context.teamOf(deal.owner()), amount, probability, product));
        }
        Map<Optional<String>, BigDecimal> byTeam = new HashMap<>();
        byOwner.forEach((owner, sum) -> byTeam.merge(context.teamOf(owner), sum, BigDecimal::add));
        return new WeightedPipelineReport(period, context.round(weighted), context.round(open),
                rounded(byPipeline, context), rounded(byStage, context), rounded(byOwner, context),
                rounded(byTeam, context), lines);
    }

    private static <K> Map<K, Money> rounded(Map<K, BigDecimal> sums, ForecastContext context) {
        Map<K, Money> out = new HashMap<>();
        sums.forEach((k, v) -> out.put(k, context.round(v)));
        return out;
    }
}
