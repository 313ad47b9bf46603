package dev.crmkit;

import dev.crmkit.core.analytics.CloseDateSlippage;
import dev.crmkit.core.analytics.DealCohort;
import dev.crmkit.core.analytics.PipelineVelocity;
import dev.crmkit.core.analytics.RottingDeal;
import dev.crmkit.core.analytics.SalesCycle;
import dev.crmkit.core.analytics.StageConversion;
import dev.crmkit.core.analytics.StageTime;
import dev.crmkit.core.analytics.WinRate;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.insight.AnalyticsReport;
import dev.crmkit.insight.CohortQuery;
import dev.crmkit.internal.CohortLoader;
import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.TxRunner;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pipeline analytics of one tenant over a cohort of deals ({@link DealCohort} of {@code crm-core}): win rate,
 * sales cycle, stage-to-stage conversion, time in stage, velocity, close-date slippage and rotting deals. A
 * {@link CohortQuery} selects the cohort: a store query (pipeline, owner, account, stages...), creation and
 * close ranges, and optionally a past moment to rebuild the deals at.
 *
 * <p>Each call reads the cohort's deals with their stage history in one transaction (or the caller's), 1,000
 * deals per page with one history read per page; memory is proportional to the cohort. To compute several
 * figures of one cohort, load it once with {@link #cohort} or {@link #report}. Amounts are in the reporting
 * currency configured on the {@link Crm.Builder}. Nothing is written.
 *
 * <p><b>Errors</b> (every method): {@link dev.crmkit.core.error.ValidationException} (field {@code pipelines})
 * when the tenant has no pipeline, or (field {@code reportingCurrency}) when none is configured and the deals
 * carry several currencies; {@link dev.crmkit.core.forecast.MissingExchangeRateException} when an amount cannot
 * be converted.
 */
public final class Analytics {
    private final TxRunner runner;
    private final InsightConfig config;

    Analytics(TxRunner runner, InsightConfig config) {
        this.runner = runner;
        this.config = config;
    }

    /** The cohort, loaded once, to call any {@link DealCohort} analytic on (and to {@code filter} further). */
    public DealCohort cohort(CohortQuery query) {
        return load(query).cohort();
    }

    /**
     * Every analytic of the cohort from one load. Stage conversion is given for each pipeline that a deal of the
     * cohort is in, in the tenant's pipeline order; time in stage and rotting are judged at the query's as-of
     * moment or, without one, at the clock's instant.
     */
    public AnalyticsReport report(CohortQuery query) {
        CohortLoader loaded = load(query);
        DealCohort cohort = loaded.cohort();
        Set<PipelineId> used = cohort.deals().stream().map(Deal::pipeline).collect(Collectors.toSet());
        Map<PipelineId, List<StageConversion>> conversion = new LinkedHashMap<>();
        loaded.context().pipelines().values().stream()
                .sorted(Comparator.comparing(Pipeline::createdAt).thenComparing(p -> p.id().value().toString()))
                .filter(p -> used.contains(p.id()))
                .forEach(p -> conversion.put(p.id(), cohort.stageConversion(p.id())));
        return new AnalyticsReport(loaded.at(), cohort.deals().size(), cohort.winRate(), cohort.salesCycle(),
                cohort.wonSalesCycle(), conversion, cohort.timeInStage(loaded.at()), cohort.velocity(), cohort.slippage(),
                cohort.rotting(loaded.at()));
    }

    /** Win rate by count and by value over the cohort's closed deals. */
    public WinRate winRate(CohortQuery query) {
        return cohort(query).winRate();
    }

    /** Creation-to-close days over the cohort's closed deals. */
    public SalesCycle salesCycle(CohortQuery query) {
        return cohort(query).salesCycle();
    }

    /** Creation-to-close days over the cohort's won deals. */
    public SalesCycle wonSalesCycle(CohortQuery query) {
        return cohort(query).wonSalesCycle();
    }

    /**
     * Stage-to-stage conversion of the cohort in one pipeline, in pipeline order.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the pipeline does not exist
     */
    public List<StageConversion> stageConversion(PipelineId pipeline, CohortQuery query) {
        Objects.requireNonNull(pipeline, "pipeline");
        return cohort(query).stageConversion(pipeline);
    }

    /** Days spent per open stage, up to the query's as-of moment or the clock's instant. */
    public List<StageTime> timeInStage(CohortQuery query) {
        CohortLoader loaded = load(query);
        return loaded.cohort().timeInStage(loaded.at());
    }

    /** Pipeline velocity: open deals x win rate x average won amount / average won sales cycle. */
    public PipelineVelocity velocity(CohortQuery query) {
        return cohort(query).velocity();
    }

    /** Close-date slippage from the expected close dates recorded in the stage history. */
    public CloseDateSlippage slippage(CohortQuery query) {
        return cohort(query).slippage();
    }

    /** The cohort's open deals rotting at the query's as-of moment or the clock's instant, longest idle first. */
    public List<RottingDeal> rotting(CohortQuery query) {
        CohortLoader loaded = load(query);
        return loaded.cohort().rotting(loaded.at());
    }

    private CohortLoader load(CohortQuery query) {
        Objects.requireNonNull(query, "query");
        return runner.call(ctx -> CohortLoader.load(ctx, config, query));
    }
}
