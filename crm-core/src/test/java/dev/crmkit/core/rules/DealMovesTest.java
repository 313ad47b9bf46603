package dev.crmkit.core.rules;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealMovesTest {
    private static final Instant T1 = Fixtures.T0.plusSeconds(3600);
    private static final Optional<UserId> JANE = Optional.of(UserId.of("jane"));

    private final Pipeline pipeline = Fixtures.pipeline().build();
    private final Deal deal = Fixtures.deal().amount(Money.of("500", "EUR")).expectedCloseDate(LocalDate.of(2026, 6, 30))
            .version(3).build();

    @Test
    void movesTheDealAndRecordsTheChange() {
        MoveOutcome outcome = DealMoves.move(deal, pipeline, MoveRequest.to("open-b"), T1, JANE, Fixtures.stageChangeId(2));
        Deal moved = outcome.deal();
        assertThat(moved.stage()).isEqualTo("open-b");
        assertThat(moved.stageEnteredAt()).isEqualTo(T1);
        assertThat(moved.updatedAt()).isEqualTo(T1);
        assertThat(moved.version()).as("the repository increments the version").isEqualTo(3);
        assertThat(moved.closedAt()).isEmpty();

        StageChange change = outcome.change();
        assertThat(change.id()).isEqualTo(Fixtures.stageChangeId(2));
        assertThat(change.deal()).isEqualTo(deal.id());
        assertThat(change.pipeline()).isEqualTo(pipeline.id());
        assertThat(change.fromStage()).contains("open-a");
        assertThat(change.toStage()).isEqualTo("open-b");
        assertThat(change.changedAt()).isEqualTo(T1);
        assertThat(change.amount()).contains(Money.of("500", "EUR"));
        assertThat(change.expectedCloseDate()).contains(LocalDate.of(2026, 6, 30));
        assertThat(change.probability()).isEqualTo(Percentage.of(40));
        assertThat(change.changedBy()).isEqualTo(JANE);
    }

    @Test
    void theChangeRecordsTheEffectiveProbabilityIncludingAnOverride() {
        Deal withOverride = deal.withProbabilityOverride(Percentage.of(55));
        assertThat(DealMoves.move(withOverride, pipeline, MoveRequest.to("open-c"), T1, Optional.empty(), Fixtures.stageChangeId(2))
                .change().probability()).isEqualTo(Percentage.of(55));
        assertThat(DealMoves.move(withOverride, pipeline, MoveRequest.to("won"), T1, Optional.empty(), Fixtures.stageChangeId(2))
                .change().probability()).isEqualTo(Percentage.HUNDRED_PERCENT);
    }

    @Test
    void closingAsWonSetsTheCloseMomentAndClearsALostReason() {
        Deal won = DealMoves.move(deal.withLostReason("old"), pipeline, MoveRequest.to("won"), T1, JANE, Fixtures.stageChangeId(2))
                .deal();
        assertThat(won.closedAt()).contains(T1);
        assertThat(won.lostReason()).isEmpty();
        assertThat(PipelineRules.checkDeal(won, pipeline)).isEmpty();
    }

    @Test
    void closingAsLostKeepsTheReasonAndReopeningClearsIt() {
        MoveOutcome lost = DealMoves.move(deal, pipeline, MoveRequest.lost("lost", "Budget cut"), T1, JANE, Fixtures.stageChangeId(2));
        assertThat(lost.deal().lostReason()).contains("Budget cut");
        assertThat(lost.deal().closedAt()).contains(T1);
        assertThat(lost.change().probability()).isEqualTo(Percentage.ZERO);

        MoveOutcome reopened = DealMoves.move(lost.deal(), pipeline, MoveRequest.to("open-a"), T1.plusSeconds(60), JANE,
                Fixtures.stageChangeId(3));
        assertThat(reopened.deal().closedAt()).isEmpty();
        assertThat(reopened.deal().lostReason()).isEmpty();
        assertThat(reopened.change().fromStage()).contains("lost");
        assertThat(PipelineRules.checkDeal(reopened.deal(), pipeline)).isEmpty();
    }

    @Test
    void illegalMovesThrowWithEveryViolation() {
        Pipeline strict = Pipeline.copyOf(Fixtures.gatedPipeline(StageRequirement.OWNER, StageRequirement.SOURCE))
                .withTransitionPolicy(TransitionPolicy.FORWARD_ONLY);
        Deal inC = deal.withStage("open-c");
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> DealMoves.move(inC, strict, MoveRequest.to("open-b"), T1, JANE, Fixtures.stageChangeId(2)));
        assertThat(e).isNotNull();
        assertThat(e.violations()).hasSize(3);
        assertThat(e.violates(RuleIds.TRANSITION_NOT_ALLOWED)).isTrue();
        assertThat(e.violates(RuleIds.GATE_REQUIRED_FIELD)).isTrue();
        assertThat(e.violates(RuleIds.LOST_NEEDS_REASON)).isFalse();
        assertThat(e.violations()).isEqualTo(PipelineRules.checkMove(inC, strict, MoveRequest.to("open-b")));
    }

    @Test
    void aMomentBeforeTheStageEntryIsClampedSoHistoryStaysOrdered() {
        Deal entered = deal.withStageEnteredAt(T1).withUpdatedAt(T1.plusSeconds(30));
        MoveOutcome outcome = DealMoves.move(entered, pipeline, MoveRequest.to("open-b"), Fixtures.T0, JANE, Fixtures.stageChangeId(2));
        assertThat(outcome.deal().stageEnteredAt()).isEqualTo(T1);
        assertThat(outcome.change().changedAt()).isEqualTo(T1);
        assertThat(outcome.deal().updatedAt()).as("never moves back").isEqualTo(T1.plusSeconds(30));
    }

    @Test
    void theCreationEntryStartsTheHistory() {
        Deal withOverride = deal.withProbabilityOverride(Percentage.of(15));
        StageChange creation = DealMoves.creation(withOverride, pipeline, JANE, Fixtures.stageChangeId(1));
        assertThat(creation.fromStage()).isEmpty();
        assertThat(creation.toStage()).isEqualTo("open-a");
        assertThat(creation.changedAt()).isEqualTo(deal.stageEnteredAt());
        assertThat(creation.probability()).isEqualTo(Percentage.of(15));
        assertThat(creation.amount()).isEqualTo(deal.amount());
        assertThat(creation.changedBy()).isEqualTo(JANE);
        assertRejected("stage", () -> DealMoves.creation(deal.withStage("ghost"), pipeline, JANE, Fixtures.stageChangeId(1)));
    }
}
