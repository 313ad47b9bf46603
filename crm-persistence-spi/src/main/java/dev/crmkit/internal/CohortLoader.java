package dev.crmkit.internal;

import dev.crmkit.core.analytics.DealCohort;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.insight.CohortQuery;
import dev.crmkit.insight.ForecastInputs;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads an analytics cohort: the deals a {@link CohortQuery}'s store query matches with their history (paged,
 * one history read per page), replayed to its as-of moment when it has one, narrowed by its creation and close
 * ranges.
 *
 * @param cohort  the cohort
 * @param context the forecast context it was built with
 * @param at      the moment time in stage and rotting are judged at
 */
public record CohortLoader(DealCohort cohort, ForecastContext context, Instant at) {

    /**
     * Loads a cohort in the caller's transaction.
     *
     * @throws dev.crmkit.core.error.ValidationException (field {@code pipelines}) when the tenant has no pipeline
     */
    public static CohortLoader load(TxContext ctx, InsightConfig config, CohortQuery query) {
        ForecastContext context = InsightReads.requireContext(ctx, config);
        DealQuery deals = query.deals();
        if (query.asOf().isEmpty() && query.hasCloseRange() && deals.status() == DealStatus.ANY) {
            deals = deals.withStatus(DealStatus.CLOSED);
        }
        ForecastInputs inputs = InsightReads.inputs(ctx, deals);
        List<Deal> current = inputs.deals();
        List<StageChange> history = inputs.history();
        Instant at = query.asOf().orElseGet(ctx::now);
        if (query.asOf().isPresent()) {
            PipelineSnapshot snapshot = inputs.replay().snapshot(query.asOf().get());
            current = snapshot.deals();
            history = snapshot.history();
        }
        List<Deal> selected = current.stream().filter(d -> inRanges(d, query)).toList();
        return new CohortLoader(DealCohort.of(selected, history, context), context, at);
    }

    private static boolean inRanges(Deal deal, CohortQuery query) {
        if (!within(Optional.of(deal.createdAt()), query.createdFrom(), query.createdBefore())) {
            return false;
        }
        return !query.hasCloseRange() || within(deal.closedAt(), query.closedFrom(), query.closedBefore());
    }

    private static boolean within(Optional<Instant> moment, Optional<Instant> from, Optional<Instant> before) {
        if (moment.isEmpty()) {
            return from.isEmpty() && before.isEmpty();
        }
        Instant m = moment.get();
        return from.map(f -> !m.isBefore(f)).orElse(true) && before.map(m::isBefore).orElse(true);
    }
}
