package dev.crmkit.core.forecast;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.rules.StageHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds deals as they stood at any past moment from their current state, their append-only stage history
 * and their activities, so every report can be run "as of" a date.
 *
 * <p>Rules, for a deal at moment {@code asOf}:
 * <ul>
 *   <li>it exists iff {@code createdAt <= asOf};</li>
 *   <li>when {@code asOf} is at or after its {@code updatedAt}, nothing recorded on it has changed since, so
 *   it is the current deal (with its last activity rebuilt when that came later);</li>
 *   <li>otherwise its pipeline, stage and stage-entry moment come from the latest history entry at or before
 *   {@code asOf} ({@link StageHistory#ORDER}), as do its amount, expected close date and probability (the
 *   probability becomes an override when it differs from the stage default); it is closed iff that stage is
 *   WON or LOST, closed at that entry's moment; its last activity is the latest activity that had happened
 *   and been recorded by then (or, when no activities were supplied for it, its current last activity if
 *   that is not later);</li>
 *   <li>fields the history does not record (name, account, contacts, owner, properties, forecast-category
 *   override, lost reason) are taken from the current deal;</li>
 *   <li>a deal that existed but has no history entry at or before {@code asOf} has an unknown stage: it is
 *   left out and listed in {@link PipelineSnapshot#withoutHistory()}.</li>
 * </ul>
 * Immutable and thread-safe; histories are sorted once at construction and searched by bisection.
 */
public final class AsOfReplay {
    private final Map<DealId, Deal> deals;
    private final Map<DealId, StageChange[]> history;
    private final Map<DealId, Activity[]> activities;
    private final Map<PipelineId, Pipeline> pipelines;
    private final Map<PipelineId, Map<String, Stage>> stages;

    private AsOfReplay(Map<DealId, Deal> deals, Map<DealId, StageChange[]> history, Map<DealId, Activity[]> activities,
                       Map<PipelineId, Pipeline> pipelines) {
        this.deals = deals;
        this.history = history;
        this.activities = activities;
        this.pipelines = pipelines;
        Map<PipelineId, Map<String, Stage>> index = new HashMap<>();
        pipelines.forEach((id, p) -> {
            Map<String, Stage> byKey = new HashMap<>();
            p.stages().forEach(stage -> byKey.put(stage.key(), stage));
            index.put(id, byKey);
        });
        this.stages = index;
    }

    /**
     * A replay without activities (current last-activity moments are used where they are not later than the
     * replayed moment).
     *
     * @throws ValidationException when a history entry refers to a deal that is not given
     */
    public static AsOfReplay of(Collection<Deal> deals, Collection<StageChange> history, Collection<Pipeline> pipelines) {
        return of(deals, history, pipelines, List.of());
    }

    /**
     * A replay.
     *
     * @param deals      the deals in their current state
     * @param history    their stage-history entries, in any order
     * @param pipelines  the pipelines the deals and entries refer to
     * @param activities activities; those about a deal rebuild its last-activity moment
     * @throws ValidationException when a history entry refers to a deal that is not given
     */
    public static AsOfReplay of(Collection<Deal> deals, Collection<StageChange> history, Collection<Pipeline> pipelines,
                                Collection<Activity> activities) {
        Map<DealId, Deal> byId = new LinkedHashMap<>();
        deals.forEach(d -> byId.put(d.id(), d));
        Map<DealId, List<StageChange>> grouped = new HashMap<>();
        for (StageChange c : history) {
            ValidationException.check(byId.containsKey(c.deal()), "history", c.id(),
                    "refers to deal " + c.deal() + ", which is not in the replay");
            grouped.computeIfAbsent(c.deal(), k -> new ArrayList<>()).add(c);
        }
        Map<DealId, StageChange[]> sorted = new HashMap<>();
        grouped.forEach((id, list) -> {
            StageChange[] array = list.toArray(new StageChange[0]);
            Arrays.sort(array, StageHistory.ORDER);
            sorted.put(id, array);
        });
        Map<DealId, List<Activity>> acts = new HashMap<>();
        for (Activity a : activities) {
            if (a.deal().isPresent() && byId.containsKey(a.deal().get()) && moment(a).isPresent()) {
                acts.computeIfAbsent(a.deal().get(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<DealId, Activity[]> actArrays = new HashMap<>();
        acts.forEach((id, list) -> actArrays.put(id, list.toArray(new Activity[0])));
        Map<PipelineId, Pipeline> pipes = new HashMap<>();
        pipelines.forEach(p -> pipes.put(p.id(), p));
        return new AsOfReplay(byId, sorted, actArrays, pipes);
    }

    /** The deals in their current state, in the order given. */
    public List<Deal> deals() {
        return List.copyOf(deals.values());
    }

    /** The pipelines. */
    public List<Pipeline> pipelines() {
        return List.copyOf(pipelines.values());
    }

    /** A deal's stage history in {@link StageHistory#ORDER} (empty when it has none). */
    public List<StageChange> history(DealId deal) {
        StageChange[] changes = history.get(deal);
        return changes == null ? List.of() : List.of(changes);
    }

    /** The deal's sorted history as the internal array (not copied; callers must not modify it), or null. */
    StageChange[] changes(DealId deal) {
        return history.get(deal);
    }

    /** The latest history entry of the deal at or before {@code asOf}. */
    public Optional<StageChange> latestChange(DealId deal, Instant asOf) {
        StageChange[] changes = history.get(deal);
        if (changes == null) {
            return Optional.empty();
        }
        int index = lastAtOrBefore(changes, asOf);
        return index < 0 ? Optional.empty() : Optional.of(changes[index]);
    }

    /** The latest moment anything in the replay happened: creation, update, close, history entry or activity. */
    public Optional<Instant> lastEvent() {
        Instant last = null;
        for (Deal d : deals.values()) {
            last = max(last, d.updatedAt());
            last = max(last, d.closedAt().orElse(null));
            last = max(last, d.lastActivityAt().orElse(null));
        }
        for (StageChange[] changes : history.values()) {
            last = max(last, changes[changes.length - 1].changedAt());
        }
        for (Activity[] list : activities.values()) {
            for (Activity a : list) {
                last = max(last, moment(a).orElse(null));
                last = max(last, a.createdAt());
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The pipeline as it stood at {@code asOf}.
     *
     * @throws ValidationException when a history entry names a pipeline or stage that does not exist
     */
    public PipelineSnapshot snapshot(Instant asOf) {
        List<Deal> then = new ArrayList<>();
        List<StageChange> known = new ArrayList<>();
        List<Activity> knownActivities = new ArrayList<>();
        List<DealId> unknown = new ArrayList<>();
        for (Deal deal : deals.values()) {
            if (deal.createdAt().isAfter(asOf)) {
                continue;
            }
            Optional<Deal> replayed = replay(deal, asOf);
            if (replayed.isEmpty()) {
                unknown.add(deal.id());
                continue;
            }
            then.add(replayed.get());
            StageChange[] changes = history.get(deal.id());
            if (changes != null) {
                int last = lastAtOrBefore(changes, asOf);
                known.addAll(Arrays.asList(changes).subList(0, last + 1));
            }
            Activity[] acts = activities.get(deal.id());
            if (acts != null) {
                for (Activity a : acts) {
                    if (happenedBy(a, asOf)) {
                        knownActivities.add(a);
                    }
                }
            }
        }
        return new PipelineSnapshot(asOf, then, known, knownActivities, List.copyOf(pipelines.values()), unknown);
    }

    /**
     * The deal as it stood at {@code asOf}; empty when it did not exist yet or its stage then is unknown.
     *
     * @throws NotFoundException   when the deal is not in the replay
     * @throws ValidationException when its history names a pipeline or stage that does not exist
     */
    public Optional<Deal> dealAsOf(DealId id, Instant asOf) {
        Deal deal = deals.get(id);
        if (deal == null) {
            throw new NotFoundException("Deal", id);
        }
        return deal.createdAt().isAfter(asOf) ? Optional.empty() : replay(deal, asOf);
    }

    private Optional<Deal> replay(Deal deal, Instant asOf) {
        if (!asOf.isBefore(deal.updatedAt())) {
            boolean activityLater = deal.lastActivityAt().isPresent() && deal.lastActivityAt().get().isAfter(asOf);
            return Optional.of(activityLater ? Deal.copyOf(deal).withLastActivityAt(lastActivity(deal, asOf)) : deal);
        }
        StageChange[] changes = history.get(deal.id());
        int index = changes == null ? -1 : lastAtOrBefore(changes, asOf);
        if (index < 0) {
            return Optional.empty();
        }
        StageChange change = changes[index];
        Stage stage = stage(change);
        Instant at = change.changedAt().isBefore(deal.createdAt()) ? deal.createdAt() : change.changedAt();
        Deal.Builder b = Deal.builder().from(deal)
                .pipeline(change.pipeline())
                .stage(stage.key())
                .stageEnteredAt(change.changedAt())
                .amount(change.amount())
                .expectedCloseDate(change.expectedCloseDate())
                .updatedAt(at)
                .lastActivityAt(lastActivity(deal, asOf));
        if (stage.kind() == StageKind.OPEN) {
            b.probabilityOverride(change.probability().equals(stage.defaultProbability())
                    ? Optional.empty() : Optional.of(change.probability()));
            b.closedAt(Optional.empty()).lostReason(Optional.empty());
        } else {
            b.probabilityOverride(Optional.empty()).closedAt(at);
            if (stage.kind() == StageKind.WON) {
                b.lostReason(Optional.empty());
            }
        }
        return Optional.of(b.build());
    }

    private Optional<Instant> lastActivity(Deal deal, Instant asOf) {
        Activity[] acts = activities.get(deal.id());
        if (acts == null) {
            return deal.lastActivityAt().filter(t -> !t.isAfter(asOf));
        }
        Instant last = null;
        for (Activity a : acts) {
            if (happenedBy(a, asOf)) {
                last = max(last, moment(a).orElseThrow());
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The kind of the stage a history entry moved into.
     *
     * @throws ValidationException when the entry names a pipeline or stage that does not exist
     */
    public StageKind kindOf(StageChange change) {
        return stage(change).kind();
    }

    private Stage stage(StageChange change) {
        Map<String, Stage> byKey = stages.get(change.pipeline());
        if (byKey == null) {
            throw new ValidationException("history.pipeline", change.pipeline(),
                    "entry " + change.id() + " of deal " + change.deal() + " names a pipeline that is not in the replay");
        }
        Stage stage = byKey.get(change.toStage());
        return stage != null ? stage : pipelines.get(change.pipeline()).requireStage(change.toStage());
    }

    private static boolean happenedBy(Activity a, Instant asOf) {
        Optional<Instant> moment = moment(a);
        return moment.isPresent() && !moment.get().isAfter(asOf) && !a.createdAt().isAfter(asOf);
    }

    /** When an activity touched its deal: when it occurred, or when a task was completed. */
    private static Optional<Instant> moment(Activity a) {
        if (a.type() == ActivityType.TASK) {
            return a.done() ? a.completedAt() : Optional.empty();
        }
        return a.occurredAt();
    }

    static int lastAtOrBefore(StageChange[] changes, Instant asOf) {
        int lo = 0;
        int hi = changes.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (changes[mid].changedAt().isAfter(asOf)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
