package dev.crmkit.insight;

import dev.crmkit.core.forecast.AsOfReplay;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import java.util.List;

/**
 * What the predictive forecast, backtests, as-of replay and cohort analytics read from a store: the tenant's
 * pipelines, the selected deals in their current state and the complete stage history of those deals. Loaded by
 * {@link dev.crmkit.Forecasts#inputs()} page by page (1,000 deals per page, one history read per page), so its
 * size is proportional to the deals selected, which these computations need in memory anyway.
 *
 * @param pipelines every pipeline of the tenant
 * @param deals     the deals, in creation (id) order
 * @param history   their stage-history entries, grouped by deal in the order of {@code deals}, oldest first
 */
public record ForecastInputs(List<Pipeline> pipelines, List<Deal> deals, List<StageChange> history) {
    /** Copies the lists. */
    public ForecastInputs {
        pipelines = List.copyOf(pipelines);
        deals = List.copyOf(deals);
        history = List.copyOf(history);
    }

    /**
     * A replay of these deals, to rebuild them as they stood at any moment.
     *
     * @throws dev.crmkit.core.error.ValidationException when there are no pipelines
     */
    public AsOfReplay replay() {
        return AsOfReplay.of(deals, history, pipelines);
    }
}
