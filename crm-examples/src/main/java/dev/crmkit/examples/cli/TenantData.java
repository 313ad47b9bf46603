package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the forecasting and analytics functions of {@code crm-core} read, loaded from the store in one
 * read transaction, page by page: the tenant's pipelines, deals, stage history and (optionally) activities.
 *
 * @param pipelines  every pipeline
 * @param deals      every deal
 * @param history    every stage-history entry
 * @param activities every activity, or none when not asked for
 */
record TenantData(List<Pipeline> pipelines, List<Deal> deals, List<StageChange> history, List<Activity> activities) {
    private static final int PAGE = 1000;

    TenantData {
        pipelines = List.copyOf(pipelines);
        deals = List.copyOf(deals);
        history = List.copyOf(history);
        activities = List.copyOf(activities);
    }

    /** Loads the tenant's data; activities only when {@code withActivities}. */
    static TenantData load(CrmTenant tenant, boolean withActivities) {
        return tenant.inTransaction(tx -> {
            UnitOfWork uow = tx.unitOfWork();
            List<Pipeline> pipelines = uow.pipelines().findAll();
            List<Deal> deals = Pages.all(page -> uow.deals().find(DealQuery.all(), page), PAGE);
            List<StageChange> history = Pages.all(page -> uow.stageHistory().find(StageChangeQuery.all(), page), PAGE);
            List<Activity> activities = withActivities
                    ? Pages.all(page -> uow.activities().find(ActivityQuery.all(), page), PAGE) : List.of();
            return new TenantData(pipelines, deals, history, activities);
        });
    }

    /**
     * What had been recorded strictly before {@code moment}: deals created before it, history entries and
     * activities before it. An as-of date is the start of the next day, so events stamped at midnight of the
     * next day (as date-only imports stamp them) are not known yet.
     */
    TenantData knownBefore(Instant moment) {
        List<Deal> knownDeals = new ArrayList<>();
        for (Deal deal : deals) {
            if (deal.createdAt().isBefore(moment)) {
                knownDeals.add(deal);
            }
        }
        List<StageChange> knownHistory = history.stream().filter(c -> c.changedAt().isBefore(moment)).toList();
        List<Activity> knownActivities = activities.stream().filter(a -> a.createdAt().isBefore(moment)).toList();
        return new TenantData(pipelines, knownDeals, knownHistory, knownActivities);
    }

    /** The pipeline with this name (ignoring case); {@link dev.crmkit.core.error.NotFoundException} when there is none. */
    Pipeline pipelineNamed(String name) {
        return pipelines.stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new dev.crmkit.core.error.NotFoundException("Pipeline", name));
    }
}
