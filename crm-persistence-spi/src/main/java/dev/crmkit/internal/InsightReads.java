package dev.crmkit.internal;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.Period;
import dev.crmkit.core.forecast.UndatedDealPolicy;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.insight.ForecastInputs;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The store reads behind forecasts and analytics, each a bounded number of repository calls per 1,000 deals:
 * deals are paged with keyset cursors and their stage history is read once per page
 * ({@code StageHistoryRepository.forDeals}), never once per deal.
 */
public final class InsightReads {
    /** Deals per page (the largest page a store serves). */
    public static final int PAGE = PageRequest.MAX_LIMIT;

    private InsightReads() {
    }

    /**
     * The forecast context of the tenant: its pipelines and the configured calendar, rates, teams and undated-deal
     * policy, in the configured or inferred reporting currency; empty when the tenant has no pipeline.
     *
     * @throws ValidationException (field {@code reportingCurrency}) when none is configured and the tenant's
     *                             deals carry several currencies
     */
    public static Optional<ForecastContext> context(TxContext ctx, InsightConfig config) {
        List<Pipeline> pipelines = ctx.uow().pipelines().findAll();
        if (pipelines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ForecastContext.builder()
                .pipelines(pipelines)
                .calendar(config.calendar())
                .reportingCurrency(reportingCurrency(ctx, config))
                .rates(config.rates())
                .teams(config.teams())
                .undatedDeals(config.undatedDeals())
                .build());
    }

    /**
     * {@link #context} for computations that need pipelines.
     *
     * @throws ValidationException (field {@code pipelines}) when the tenant has none
     */
    public static ForecastContext requireContext(TxContext ctx, InsightConfig config) {
        return context(ctx, config).orElseThrow(() -> new ValidationException("pipelines", 0,
                "the tenant has no pipeline, so there is nothing to forecast or analyse"));
    }

    /**
     * The configured reporting currency or, when none is configured, the one currency the tenant's deal amounts
     * are in (one aggregate query, a {@code GROUP BY} in SQL stores); USD when no deal has an amount, since every
     * figure is then zero.
     *
     * @throws ValidationException (field {@code reportingCurrency}) when none is configured and the deals carry
     *                             several currencies
     */
    public static Currency reportingCurrency(TxContext ctx, InsightConfig config) {
        if (config.reportingCurrency().isPresent()) {
            return config.reportingCurrency().get();
        }
        Set<String> codes = new TreeSet<>();
        for (DealAggregate row : ctx.uow().deals().aggregate(DealQuery.all(), Set.of())) {
            row.currency().ifPresent(c -> codes.add(c.getCurrencyCode()));
        }
        ValidationException.check(codes.size() <= 1, "reportingCurrency", String.join(", ", codes),
                "deals are in several currencies; configure a reporting currency (and exchange rates) on the Crm builder");
        return Currency.getInstance(codes.isEmpty() ? "USD" : codes.iterator().next());
    }

    /**
     * Requires a scope that leaves status and expected-close bounds to the period.
     *
     * @throws ValidationException naming the field the scope sets
     */
    public static void checkPeriodScope(DealQuery scope) {
        ValidationException.check(scope.status() == DealStatus.ANY, "scope.status", scope.status(),
                "the period selects open and closed deals; leave the status unset");
        ValidationException.check(scope.expectedCloseFrom().isEmpty(), "scope.expectedCloseFrom",
                scope.expectedCloseFrom().orElse(null), "the period selects close dates; leave it unset");
        ValidationException.check(scope.expectedCloseBefore().isEmpty(), "scope.expectedCloseBefore",
                scope.expectedCloseBefore().orElse(null), "the period selects close dates; leave it unset");
    }

    /**
     * The open deals of the scope that can count in the period: those expected to close in it (a store query on
     * the expected close date), or every open deal when undated deals count in every period.
     */
    public static List<Deal> openDeals(TxContext ctx, DealQuery scope, Period period, ForecastContext context) {
        DealQuery query = scope.withStatus(DealStatus.OPEN).withSort(DealSort.CREATED);
        if (context.undatedDeals() == UndatedDealPolicy.EXCLUDE) {
            query = query.withExpectedCloseFrom(period.start()).withExpectedCloseBefore(period.end());
        }
        List<Deal> deals = new ArrayList<>();
        forEachPage(ctx, query, page -> deals.addAll(page));
        return deals;
    }

    /**
     * The deals of the scope that are closed (won or lost) now and closed inside the period. They are found
     * through their stage-history entries into a closed stage inside the period (a store query on the change
     * moment, paged), then read in batches of 500.
     */
    public static List<Deal> closedDeals(TxContext ctx, DealQuery scope, Period period, ForecastContext context) {
        StageChangeQuery.Builder query = StageChangeQuery.builder()
                .changedFrom(context.calendar().startOf(period))
                .changedBefore(context.calendar().endOf(period));
        scope.pipeline().ifPresent(query::pipeline);
        StageChangeQuery changes = query.build();
        Set<DealId> closing = new LinkedHashSet<>();
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<StageChange> page = ctx.uow().stageHistory().find(changes, request);
            for (StageChange change : page.items()) {
                Optional<Stage> stage = stageOf(context, change);
                if (stage.isPresent() && stage.get().kind().isClosed()) {
                    closing.add(change.deal());
                }
            }
            if (!page.hasNext()) {
                break;
            }
            request = page.nextRequest(PAGE);
        }
        List<Deal> out = new ArrayList<>();
        Batches.forEach(new ArrayList<>(closing), ids -> ctx.uow().deals().findAll(ids), Deal::id, deal -> {
            if (deal.closedAt().isPresent() && matches(deal, scope) && isClosedIn(deal, period, context)) {
                out.add(deal);
            }
        });
        return out;
    }

    /**
     * The deals of a scope with their complete stage history: one page of 1,000 deals and one
     * {@code forDeals} call per page.
     */
    public static ForecastInputs inputs(TxContext ctx, DealQuery scope) {
        List<Pipeline> pipelines = ctx.uow().pipelines().findAll();
        List<Deal> deals = new ArrayList<>();
        List<StageChange> history = new ArrayList<>();
        forEachPage(ctx, scope.withSort(DealSort.CREATED), page -> {
            deals.addAll(page);
            history.addAll(ctx.uow().stageHistory().forDeals(page.stream().map(Deal::id).toList()));
        });
        return new ForecastInputs(pipelines, deals, history);
    }

    /** Hands every page of a deal query (1,000 deals each) to {@code sink}. */
    public static void forEachPage(TxContext ctx, DealQuery query, Consumer<List<Deal>> sink) {
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<Deal> page = ctx.uow().deals().find(query, request);
            if (!page.items().isEmpty()) {
                sink.accept(page.items());
            }
            if (!page.hasNext()) {
                return;
            }
            request = page.nextRequest(PAGE);
        }
    }

    /** Whether a deal matches the scope's pipeline, stage, owner, account and contact filters. */
    static boolean matches(Deal deal, DealQuery scope) {
        return scope.pipeline().map(p -> p.equals(deal.pipeline())).orElse(true)
                && (scope.stages().isEmpty() || scope.stages().contains(deal.stage()))
                && scope.owner().map(o -> deal.owner().map(o::equals).orElse(false)).orElse(true)
                && scope.account().map(a -> deal.account().map(a::equals).orElse(false)).orElse(true)
                && scope.contact().map(c -> deal.contacts().stream().map(DealContact::contact).anyMatch(c::equals)).orElse(true);
    }

    private static boolean isClosedIn(Deal deal, Period period, ForecastContext context) {
        Optional<Stage> stage = stage(context, deal.pipeline(), deal.stage());
        if (stage.isEmpty() || !stage.get().kind().isClosed()) {
            return false;
        }
        return context.calendar().contains(period, deal.closedAt().orElse(deal.stageEnteredAt()));
    }

    private static Optional<Stage> stageOf(ForecastContext context, StageChange change) {
        return stage(context, change.pipeline(), change.toStage());
    }

    /** The stage with this key in the pipeline, or empty when either no longer exists. */
    public static Optional<Stage> stage(ForecastContext context, PipelineId pipelineId, String key) {
        Pipeline pipeline = context.pipelines().get(pipelineId);
        if (pipeline == null) {
            return Optional.empty();
        }
        return pipeline.stages().stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
