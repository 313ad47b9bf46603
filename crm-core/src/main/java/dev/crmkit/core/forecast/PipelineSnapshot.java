package dev.crmkit.core.forecast;

import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.DealId;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline as it stood at a past moment, made by {@link AsOfReplay#snapshot}: the deals that existed then,
 * as they were then, and only the history and activities recorded by then. A forecast that starts from a
 * snapshot cannot see anything that happened later; {@link #replay()} replays it further back.
 *
 * @param asOf           the moment
 * @param deals          the deals as they stood
 * @param history        stage-history entries at or before {@code asOf} of those deals
 * @param activities     activities of those deals that had happened and been recorded by {@code asOf}
 * @param pipelines      the pipelines
 * @param withoutHistory deals that existed but have no stage-history entry at or before {@code asOf}, so their
 *                       stage then is unknown; they are not in {@link #deals()}
 */
public record PipelineSnapshot(Instant asOf, List<Deal> deals, List<StageChange> history, List<Activity> activities,
                               List<Pipeline> pipelines, List<DealId> withoutHistory) {
    public PipelineSnapshot {
        deals = List.copyOf(deals);
        history = List.copyOf(history);
        activities = List.copyOf(activities);
        pipelines = List.copyOf(pipelines);
        withoutHistory = List.copyOf(withoutHistory);
    }

    /** A replay over what was known at {@link #asOf()}, to look further back from there. */
    public AsOfReplay replay() {
        return AsOfReplay.of(deals, history, pipelines, activities);
    }
}
