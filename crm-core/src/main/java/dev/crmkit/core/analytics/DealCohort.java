package dev.crmkit.core.analytics;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.PipelineSnapshot;
import dev.crmkit.core.forecast.StageRef;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.rules.Rotting;
import dev.crmkit.core.rules.StageHistory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A group of deals with their stage history, and the pipeline analytics over it. Amounts are converted into
 * the context's reporting currency at each closed deal's close date; stage kinds and order come from the
 * context's pipelines. Immutable; {@link #filter}
 * makes sub-cohorts (by owner, source, creation month...). For figures as of a past moment, build the cohort
 * from a {@link PipelineSnapshot}.
 */
public final class DealCohort {
    private static final double SECONDS_PER_DAY = 86_400d;

    private final List<Deal> deals;
    private final Map<DealId, List<StageChange>> history;
    private final ForecastContext context;

    private DealCohort(List<Deal> deals, Map<DealId, List<StageChange>> history, ForecastContext context) {
        this.deals = deals;
        this.history = history;
        this.context = context;
    }

    /**
     * A cohort of deals with their history (entries of other deals are ignored).
     *
     * @throws ValidationException when an argument is missing
     */
    public static DealCohort of(Collection<Deal> deals, Collection<StageChange> history, ForecastContext context) {
        ValidationException.check(deals != null, "deals", null, "is required");
        ValidationException.check(history != null, "history", null, "is required");
        ValidationException.check(context != null, "context", null, "is required");
        Map<DealId, List<StageChange>> byDeal = new HashMap<>();
        for (StageChange c : history) {
            byDeal.computeIfAbsent(c.deal(), k -> new ArrayList<>()).add(c);
        }
        byDeal.values().forEach(list -> list.sort(StageHistory.ORDER));
        return new DealCohort(List.copyOf(deals), byDeal, context);
    }

    /** The deals of a snapshot, as they stood, with the history known then. */
    public static DealCohort of(PipelineSnapshot snapshot, ForecastContext context) {
        return of(snapshot.deals(), snapshot.history(), context);
    }

    /** The deals matching the predicate, with their history. */
    public DealCohort filter(Predicate<Deal> predicate) {
        return new DealCohort(deals.stream().filter(predicate).toList(), history, context);
    }

    /** The deals. */
    public List<Deal> deals() {
        return deals;
    }

    /**
     * Win rate by count and by value over the closed deals.
     *
     * @throws dev.crmkit.core.forecast.MissingExchangeRateException when an amount cannot be converted
     */
    public WinRate winRate() {
        long won = 0;
        long lost = 0;
        BigDecimal wonValue = BigDecimal.ZERO;
        BigDecimal lostValue = BigDecimal.ZERO;
        for (Deal deal : deals) {
            StageKind kind = context.stageOf(deal).kind();
            if (kind == StageKind.WON) {
                won++;
                wonValue = wonValue.add(closedAmount(deal));
            } else if (kind == StageKind.LOST) {
                lost++;
                lostValue = lostValue.add(closedAmount(deal));
            }
        }
        return new WinRate(won, lost, context.round(wonValue), context.round(lostValue));
    }

    /** Creation-to-close days over the closed (won and lost) deals. */
    public SalesCycle salesCycle() {
        return cycle(kind -> kind.isClosed());
    }

    /** Creation-to-close days over the won deals. */
    public SalesCycle wonSalesCycle() {
        return cycle(kind -> kind == StageKind.WON);
    }

    private SalesCycle cycle(Predicate<StageKind> which) {
        List<Double> days = new ArrayList<>();
        for (Deal deal : deals) {
            if (which.test(context.stageOf(deal).kind())) {
                Instant closed = deal.closedAt().orElse(deal.stageEnteredAt());
                days.add(Duration.between(deal.createdAt(), closed).getSeconds() / SECONDS_PER_DAY);
            }
        }
        double[] values = days.stream().mapToDouble(Double::doubleValue).toArray();
        return new SalesCycle(values.length, Stats.mean(values), Stats.median(values));
    }

    /**
     * Stage-to-stage conversion in one pipeline, from the stage history and the pipeline order: each open stage
     * to the next open stage, and the last open stage to won. A deal's furthest stage is the latest-ordered open
     * stage its history entered in this pipeline, or every open stage when it was ever won; lost stages do not
     * advance it. A deal without history counts with its current stage.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the pipeline is not in the context
     */
    public List<StageConversion> stageConversion(PipelineId pipelineId) {
        Pipeline pipeline = context.pipeline(pipelineId);
        List<Stage> open = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        Map<String, Integer> level = new HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            level.put(open.get(i).key(), i);
        }
        pipeline.stages().stream().filter(s -> s.kind() == StageKind.WON).forEach(s -> level.put(s.key(), open.size()));
        long[] reached = new long[open.size() + 1];
        for (Deal deal : deals) {
            int furthest = -1;
            List<StageChange> changes = history.getOrDefault(deal.id(), List.of());
            boolean any = false;
            for (StageChange c : changes) {
                if (c.pipeline().equals(pipelineId)) {
                    any = true;
                    furthest = Math.max(furthest, level.getOrDefault(c.toStage(), -1));
                }
            }
            if (!any && deal.pipeline().equals(pipelineId)) {
                furthest = level.getOrDefault(deal.stage(), -1);
            }
            for (int i = 0; i <= furthest; i++) {
                reached[i]++;
            }
        }
        Stage won = pipeline.wonStage();
        List<StageConversion> out = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            String to = i + 1 < open.size() ? open.get(i + 1).key() : won.key();
            out.add(new StageConversion(new StageRef(pipelineId, open.get(i).key()), new StageRef(pipelineId, to),
                    reached[i], reached[i + 1], Stats.ratio(reached[i + 1], reached[i])));
        }
        return out;
    }

    /**
     * Days each deal spent in each open stage, from the stage history: a visit lasts from the entry that moved
     * the deal into the stage to the next entry, or to {@code asOf} when the deal is still there; entries after
     * {@code asOf} are ignored; re-entering a stage adds to the time already spent there.
     *
     * @param asOf the end of visits still in progress (pass the snapshot's moment or {@code clock.instant()})
     * @return per stage, in pipeline order, the deals that spent time there and their mean and median days
     */
    public List<StageTime> timeInStage(Instant asOf) {
        Map<StageRef, List<Double>> perStage = new LinkedHashMap<>();
        for (Deal deal : deals) {
            timeInStage(history.getOrDefault(deal.id(), List.of()), asOf)
                    .forEach((stage, time) -> perStage.computeIfAbsent(stage, k -> new ArrayList<>())
                            .add(time.getSeconds() / SECONDS_PER_DAY));
        }
        List<StageTime> out = new ArrayList<>();
        perStage.forEach((stage, list) -> {
            double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
            double total = 0;
            for (double v : values) {
                total += v;
            }
            out.add(new StageTime(stage, values.length, total, Stats.mean(values), Stats.median(values)));
        });
        out.sort(Comparator.comparing((StageTime t) -> t.stage().pipeline().value())
                .thenComparing(t -> context.pipeline(t.stage().pipeline()).indexOf(t.stage().stage())));
        return out;
    }

    /**
     * One deal's time per open stage from its history (sorted or not), up to {@code asOf}, with re-entries
     * added up; stages where it spent no time are left out.
     *
     * @throws dev.crmkit.core.error.NotFoundException   when an entry's pipeline is not in the context
     * @throws ValidationException                       when an entry's stage is not in its pipeline
     */
    public Map<StageRef, Duration> timeInStage(List<StageChange> dealHistory, Instant asOf) {
        List<StageChange> sorted = new ArrayList<>(dealHistory);
        sorted.sort(StageHistory.ORDER);
        Map<StageRef, Duration> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            StageChange c = sorted.get(i);
            if (c.changedAt().isAfter(asOf)) {
                break;
            }
            if (context.stage(c.pipeline(), c.toStage()).kind() != StageKind.OPEN) {
                continue;
            }
            Instant end = i + 1 < sorted.size() && !sorted.get(i + 1).changedAt().isAfter(asOf)
                    ? sorted.get(i + 1).changedAt() : asOf;
            out.merge(new StageRef(c.pipeline(), c.toStage()), Duration.between(c.changedAt(), end), Duration::plus);
        }
        // A visit of zero length (moved on at the same moment, or entered exactly at asOf) is no time spent.
        out.values().removeIf(Duration::isZero);
        return out;
    }

    /**
     * Pipeline velocity: open deals x win rate (by count) x average won amount / average won sales cycle.
     *
     * @throws dev.crmkit.core.forecast.MissingExchangeRateException when an amount cannot be converted
     */
    public PipelineVelocity velocity() {
        long open = deals.stream().filter(d -> context.stageOf(d).kind() == StageKind.OPEN).count();
        WinRate rate = winRate();
        SalesCycle cycle = wonSalesCycle();
        Optional<Money> average = rate.won() == 0 ? Optional.empty()
                : Optional.of(context.round(rate.wonValue().amount().divide(BigDecimal.valueOf(rate.won()), MathContext.DECIMAL64)));
        Optional<Money> perDay = Optional.empty();
        if (rate.won() > 0 && cycle.meanDays().isPresent() && cycle.meanDays().getAsDouble() > 0) {
            // open x (won / closed) x (wonValue / won) / days == open x wonValue / (closed x days): one division.
            BigDecimal numerator = BigDecimal.valueOf(open).multiply(rate.wonValue().amount());
            BigDecimal denominator = BigDecimal.valueOf(rate.won() + rate.lost())
                    .multiply(BigDecimal.valueOf(cycle.meanDays().getAsDouble()));
            perDay = Optional.of(context.round(numerator.divide(denominator, MathContext.DECIMAL64)));
        }
        return new PipelineVelocity(open, rate.byCount(), average, cycle.meanDays(), perDay);
    }

    /** Close-date slippage from consecutive dated expected close dates in each deal's history. */
    public CloseDateSlippage slippage() {
        long withDates = 0;
        long pushedDeals = 0;
        long pushes = 0;
        long pulls = 0;
        long pushedDays = 0;
        long maxPush = 0;
        List<DealSlippage> detail = new ArrayList<>();
        for (Deal deal : deals) {
            LocalDate first = null;
            LocalDate previous = null;
            int dealPushes = 0;
            int dealPulls = 0;
            long dealPushed = 0;
            long dealPulled = 0;
            for (StageChange c : history.getOrDefault(deal.id(), List.of())) {
                if (c.expectedCloseDate().isEmpty()) {
                    continue;
                }
                LocalDate date = c.expectedCloseDate().get();
                if (first == null) {
                    first = date;
                } else {
                    long moved = ChronoUnit.DAYS.between(previous, date);
                    if (moved > 0) {
                        dealPushes++;
                        dealPushed += moved;
                        maxPush = Math.max(maxPush, moved);
                    } else if (moved < 0) {
                        dealPulls++;
                        dealPulled -= moved;
                    }
                }
                previous = date;
            }
            if (first == null) {
                continue;
            }
            withDates++;
            pushes += dealPushes;
            pulls += dealPulls;
            pushedDays += dealPushed;
            if (dealPushes > 0) {
                pushedDeals++;
            }
            if (dealPushes + dealPulls > 0) {
                detail.add(new DealSlippage(deal.id(), dealPushes, dealPulls, dealPushed, dealPulled,
                        ChronoUnit.DAYS.between(first, previous)));
            }
        }
        return new CloseDateSlippage(withDates, pushedDeals, Stats.ratio(pushedDeals, withDates), pushes, pulls,
                Stats.ratio(pushedDays, pushes), maxPush, detail);
    }

    /**
     * Open deals rotting at {@code now} ({@link Rotting#isRotting}), longest idle first.
     *
     * @param now the moment to judge at (pass {@code clock.instant()} or a snapshot's moment)
     */
    public List<RottingDeal> rotting(Instant now) {
        List<RottingDeal> out = new ArrayList<>();
        for (Deal deal : deals) {
            Pipeline pipeline = context.pipeline(deal.pipeline());
            if (Rotting.isRotting(deal, pipeline, now)) {
                Stage stage = context.stageOf(deal);
                out.add(new RottingDeal(deal.id(), new StageRef(deal.pipeline(), stage.key()), Rotting.idleDays(deal, now),
                        stage.rottingDays()));
            }
        }
        out.sort(Comparator.comparingLong(RottingDeal::idleDays).reversed().thenComparing(r -> r.deal().value()));
        return out;
    }

    private BigDecimal closedAmount(Deal deal) {
        LocalDate on = context.calendar().dateOf(deal.closedAt().orElse(deal.stageEnteredAt()));
        return context.toReporting(deal.amount(), on);
    }
}
