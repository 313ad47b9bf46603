package dev.crmkit.spi.memory;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.Probabilities;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealGrouping;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sums deals into {@link DealAggregate} groups, exactly: weighted amounts are amount x effective probability
 * / 100 in {@link BigDecimal} without rounding.
 */
final class DealAggregator {
    private final Set<DealGrouping> groupBy;
    private final Table<PipelineId, Pipeline> pipelines;
    private final Map<GroupKey, Sums> groups = new LinkedHashMap<>();
    private final Map<PipelineId, Map<String, Optional<Stage>>> stages = new HashMap<>();

    DealAggregator(Set<DealGrouping> groupBy, Table<PipelineId, Pipeline> pipelines) {
        this.groupBy = groupBy.isEmpty() ? EnumSet.noneOf(DealGrouping.class) : EnumSet.copyOf(groupBy);
        this.pipelines = pipelines;
    }

    /** Adds a deal to its group. */
    void add(Deal deal) {
        GroupKey key = new GroupKey(
                groupBy.contains(DealGrouping.PIPELINE) ? Optional.of(deal.pipeline()) : Optional.empty(),
                groupBy.contains(DealGrouping.STAGE) ? Optional.of(deal.stage()) : Optional.empty(),
                groupBy.contains(DealGrouping.OWNER) ? deal.owner() : Optional.empty(),
                groupBy.contains(DealGrouping.CLOSE_MONTH) ? deal.expectedCloseDate().map(YearMonth::from) : Optional.empty(),
                deal.amount().map(Money::currency));
        Sums sums = groups.computeIfAbsent(key, k -> new Sums());
        sums.count++;
        if (deal.amount().isPresent()) {
            BigDecimal amount = deal.amount().get().amount();
            sums.amount = sums.amount.add(amount);
            sums.weighted = sums.weighted.add(amount.multiply(probability(deal)).movePointLeft(2));
        }
    }

    /** One aggregate per group. */
    List<DealAggregate> result() {
        List<DealAggregate> result = new ArrayList<>(groups.size());
        groups.forEach((key, sums) -> result.add(new DealAggregate(key.pipeline(), key.stage(), key.owner(),
                key.closeMonth(), key.currency(), sums.count, sums.amount, sums.weighted)));
        return result;
    }

    /** The effective probability in percent; 0 when the deal's pipeline or stage does not exist (any more). */
    private BigDecimal probability(Deal deal) {
        Optional<Stage> stage = stages.computeIfAbsent(deal.pipeline(), id -> new HashMap<>())
                .computeIfAbsent(deal.stage(), key -> pipelines.find(deal.pipeline()).flatMap(p -> p.stage(key)));
        return stage.map(s -> Probabilities.effectiveProbability(deal, s).value()).orElse(BigDecimal.ZERO);
    }

    private record GroupKey(Optional<PipelineId> pipeline, Optional<String> stage, Optional<UserId> owner,
                            Optional<YearMonth> closeMonth, Optional<Currency> currency) {
    }

    private static final class Sums {
        long count;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
    }
}
