package dev.crmkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageHistoryTest {
    private static final Instant T0 = Fixtures.T0;

    private static StageChange change(long id, String from, String to, long secondsAfterT0) {
        return StageChange.builder().id(Fixtures.stageChangeId(id)).deal(Fixtures.dealId(1)).pipeline(Fixtures.pipelineId(1))
                .fromStage(Optional.ofNullable(from)).toStage(to).changedAt(T0.plusSeconds(secondsAfterT0))
                .probability(Percentage.of(10)).build();
    }

    private final List<StageChange> history = List.of(
            change(3, "open-b", "won", 200),
            change(1, null, "open-a", 0),
            change(2, "open-a", "open-b", 100));

    private static List<String> ids(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::ruleId).toList();
    }

    @Test
    void replaysTheStageAsOfAMoment() {
        assertThat(StageHistory.stageAsOf(history, T0.minusSeconds(1))).isEmpty();
        assertThat(StageHistory.stageAsOf(history, T0)).contains("open-a");
        assertThat(StageHistory.stageAsOf(history, T0.plusSeconds(99))).contains("open-a");
        assertThat(StageHistory.stageAsOf(history, T0.plusSeconds(100))).as("a change at that moment counts").contains("open-b");
        assertThat(StageHistory.stageAsOf(history, T0.plusSeconds(10_000))).contains("won");
        assertThat(StageHistory.stageAsOf(List.of(), T0)).isEmpty();
    }

    @Test
    void theFinalStageIsTheLastInHistoryOrder() {
        assertThat(StageHistory.finalStage(history)).contains("won");
        assertThat(StageHistory.finalStage(List.of())).isEmpty();
    }

    @Test
    void changesAtTheSameMomentAreOrderedByTheirTimeOrderedIds() {
        List<StageChange> sameMoment = List.of(change(5, "open-a", "open-b", 0), change(4, null, "open-a", 0));
        assertThat(StageHistory.finalStage(sameMoment)).contains("open-b");
        assertThat(StageHistory.checkConsistent(sameMoment, "open-b")).isEmpty();
        assertThat(sameMoment.stream().sorted(StageHistory.ORDER).map(StageChange::toStage)).containsExactly("open-a", "open-b");
    }

    @Test
    void aChainFromCreationToTheCurrentStageIsConsistent() {
        assertThat(StageHistory.checkConsistent(history, "won")).isEmpty();
    }

    @Test
    void reportsEveryInconsistency() {
        assertThat(ids(StageHistory.checkConsistent(List.of(), "open-a"))).containsExactly("history.empty");
        assertThat(ids(StageHistory.checkConsistent(List.of(change(2, "open-a", "open-b", 100)), "open-b")))
                .containsExactly("history.no-creation");
        assertThat(ids(StageHistory.checkConsistent(List.of(change(1, null, "open-a", 0), change(2, "open-c", "won", 100)), "won")))
                .containsExactly("history.broken-chain");
        assertThat(ids(StageHistory.checkConsistent(List.of(change(1, null, "open-a", 0), change(2, null, "open-b", 100)), "open-b")))
                .as("a second creation entry breaks the chain").containsExactly("history.broken-chain");
        assertThat(ids(StageHistory.checkConsistent(history, "lost"))).containsExactly("history.final-stage");
        assertThat(ids(StageHistory.checkConsistent(List.of(change(2, "open-a", "open-b", 100), change(3, "open-c", "won", 200)),
                "lost"))).containsExactly("history.no-creation", "history.broken-chain", "history.final-stage");
    }
}
