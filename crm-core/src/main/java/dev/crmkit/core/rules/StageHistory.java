package dev.crmkit.core.rules;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.EntityId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Replays and checks a deal's stage history. */
public final class StageHistory {
    /** History order: by moment, ties broken by the time-ordered id (compared unsigned, as SQL stores do). */
    public static final Comparator<StageChange> ORDER =
            Comparator.comparing(StageChange::changedAt).thenComparing(c -> c.id().value(), EntityId.UUID_ORDER);

    private StageHistory() {
    }

    /**
     * The stage the deal was in at {@code asOf} according to its history (changes at exactly {@code asOf}
     * count), or empty when it did not exist yet.
     */
    public static Optional<String> stageAsOf(List<StageChange> history, Instant asOf) {
        String stage = null;
        for (StageChange change : sorted(history)) {
            if (change.changedAt().isAfter(asOf)) {
                break;
            }
            stage = change.toStage();
        }
        return Optional.ofNullable(stage);
    }

    /** The stage the history ends in, or empty for an empty history. */
    public static Optional<String> finalStage(List<StageChange> history) {
        List<StageChange> sorted = sorted(history);
        return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1).toStage());
    }

    /**
     * Checks that a history is a chain: it starts with a creation entry (no from-stage), each later entry
     * leaves the stage the previous one entered, and it ends in {@code currentStage}.
     *
     * @return every inconsistency found; empty for a consistent history
     */
    public static List<RuleViolation> checkConsistent(List<StageChange> history, String currentStage) {
        List<RuleViolation> problems = new ArrayList<>();
        List<StageChange> sorted = sorted(history);
        if (sorted.isEmpty()) {
            problems.add(new RuleViolation(RuleIds.HISTORY_EMPTY, "stageHistory", "the deal has no stage history"));
            return problems;
        }
        if (sorted.get(0).fromStage().isPresent()) {
            problems.add(new RuleViolation(RuleIds.HISTORY_NO_CREATION, "stageHistory", "the first entry is not the creation entry"));
        }
        for (int i = 1; i < sorted.size(); i++) {
            String previous = sorted.get(i - 1).toStage();
            Optional<String> from = sorted.get(i).fromStage();
            if (from.isEmpty() || !from.get().equals(previous)) {
                problems.add(new RuleViolation(RuleIds.HISTORY_BROKEN_CHAIN, "stageHistory", "entry " + i + " leaves '"
                        + from.orElse("(none)") + "' but the deal was in '" + previous + "'"));
            }
        }
        String last = sorted.get(sorted.size() - 1).toStage();
        if (!last.equals(currentStage)) {
            problems.add(new RuleViolation(RuleIds.HISTORY_FINAL_STAGE, "stage", "the history ends in '" + last
                    + "' but the deal is in '" + currentStage + "'"));
        }
        return problems;
    }

    private static List<StageChange> sorted(List<StageChange> history) {
        List<StageChange> copy = new ArrayList<>(history);
        copy.sort(ORDER);
        return copy;
    }
}
