package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted pipeline of one period: the open deals expected to close in it, each amount times its
 * effective probability. Every figure is an exact sum rounded once, half-even, to the reporting currency's
 * scale, so a group total may differ by a rounding unit from the sum of its rounded parts.
 *
 * @param period     the period
 * @param weighted   the sum of {@code amount x probability}
 * @param openAmount the sum of the same deals' amounts (unweighted)
 * @param byPipeline weighted sums per pipeline
 * @param byStage    weighted sums per stage
 * @param byOwner    weighted sums per owner (empty key: deals without an owner)
 * @param byTeam     weighted sums per team (empty key: owners without a team, and unowned deals)
 * @param lines      every contributing deal with its unrounded inputs
 */
public record WeightedPipelineReport(Period period, Money weighted, Money openAmount,
                                     Map<PipelineId, Money> byPipeline, Map<StageRef, Money> byStage,
                                     Map<Optional<UserId>, Money> byOwner, Map<Optional<String>, Money> byTeam,
                                     List<WeightedLine> lines) {
    public WeightedPipelineReport {
        byPipeline = Map.copyOf(byPipeline);
        byStage = Map.copyOf(byStage);
        byOwner = Map.copyOf(byOwner);
        byTeam = Map.copyOf(byTeam);
        // the report's own line list is immutable already; copying it would build every line
        lines = lines instanceof WeightedLines ? lines : List.copyOf(lines);
    }
}
