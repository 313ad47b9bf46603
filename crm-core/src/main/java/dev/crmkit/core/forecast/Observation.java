package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import java.time.Instant;
import java.util.Optional;

/**
 * When a data set starts being able to show outcomes. Before the first recorded close, "still open" cannot be
 * told from "not recorded" (imports often start with months of deals and no closes), so windows that begin
 * earlier would count every deal as not won.
 */
final class Observation {
    private Observation() {
    }

    /** The later of the first creation and the first move into a closed stage; empty when nothing ever closed. */
    static Optional<Instant> start(AsOfReplay replay) {
        Instant firstCreated = null;
        Instant firstClosed = null;
        for (Deal deal : replay.deals()) {
            if (firstCreated == null || deal.createdAt().isBefore(firstCreated)) {
                firstCreated = deal.createdAt();
            }
            StageChange[] changes = replay.changes(deal.id());
            if (changes == null) {
                continue;
            }
            for (StageChange c : changes) {
                if (replay.kindOf(c).isClosed()) {
                    if (firstClosed == null || c.changedAt().isBefore(firstClosed)) {
                        firstClosed = c.changedAt();
                    }
                    break;
                }
            }
        }
        if (firstClosed == null) {
            return Optional.empty();
        }
        return Optional.of(firstCreated.isAfter(firstClosed) ? firstCreated : firstClosed);
    }
}
