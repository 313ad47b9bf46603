package dev.crmkit.core.forecast;

import static dev.crmkit.core.forecast.TestDeals.change;
import static dev.crmkit.core.forecast.TestDeals.day;
import static dev.crmkit.core.forecast.TestDeals.deal;
import static dev.crmkit.core.forecast.TestDeals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AsOfReplayTest {
    private static final LocalDate MARCH_31 = LocalDate.of(2017, 3, 31);
    private static final LocalDate APRIL_15 = LocalDate.of(2017, 4, 15);

    private final List<StageChange> history = List.of(
            change(1, 1, null, "prospecting", day(0), "100.00", MARCH_31, 10),
            change(1, 2, "prospecting", "proposal", day(31), "150.00", APRIL_15, 80),
            change(1, 3, "proposal", "closed-won", day(73), "150.00", APRIL_15, 100));
    private final Deal won = deal(1, "closed-won", "150.00").owner(UserId.of("alice")).stageEnteredAt(day(73))
            .closedAt(day(73)).updatedAt(day(73)).expectedCloseDate(APRIL_15).lastActivityAt(day(60)).build();
    private final Deal noHistory = deal(2, "prospecting", "5.00").createdAt(day(10)).stageEnteredAt(day(10))
            .updatedAt(day(50)).build();
    private final Deal later = deal(3, "prospecting", "7.00").createdAt(day(100)).stageEnteredAt(day(100)).build();
    private final AsOfReplay replay = AsOfReplay.of(List.of(won, noHistory, later), history, List.of(TestDeals.SALES));

    @Test
    void rebuildsStageAmountDateAndProbabilityFromTheLatestEntry() {
        Deal early = replay.dealAsOf(id(1), day(15)).orElseThrow();
        assertThat(early.stage()).isEqualTo("prospecting");
        assertThat(early.stageEnteredAt()).isEqualTo(day(0));
        assertThat(early.amount()).contains(Money.of("100.00", "USD"));
        assertThat(early.expectedCloseDate()).contains(MARCH_31);
        assertThat(early.probabilityOverride()).isEmpty();
        assertThat(early.closedAt()).isEmpty();
        assertThat(early.updatedAt()).isEqualTo(day(0));
        assertThat(early.owner()).contains(UserId.of("alice"));
        assertThat(early.lastActivityAt()).isEmpty();

        Deal proposal = replay.dealAsOf(id(1), day(31)).orElseThrow();
        assertThat(proposal.stage()).isEqualTo("proposal");
        assertThat(proposal.amount()).contains(Money.of("150.00", "USD"));
        assertThat(proposal.expectedCloseDate()).contains(APRIL_15);
        assertThat(proposal.probabilityOverride()).contains(Percentage.of(80));
        assertThat(proposal.closedAt()).isEmpty();

        Deal closed = replay.dealAsOf(id(1), day(74).minusSeconds(1)).orElseThrow();
        assertThat(closed.stage()).isEqualTo("closed-won");
        assertThat(closed.closedAt()).contains(day(73));
        assertThat(closed.probabilityOverride()).isEmpty();
        assertThat(closed.lastActivityAt()).contains(day(60));

        assertThat(replay.dealAsOf(id(1), day(80))).contains(won);
        assertThat(replay.dealAsOf(id(1), day(0).minusSeconds(1))).isEmpty();
    }

    @Test
    void snapshotsKeepOnlyWhatWasKnown() {
        PipelineSnapshot at40 = replay.snapshot(day(40));
        assertThat(at40.deals()).extracting(Deal::id).containsExactly(id(1));
        assertThat(at40.withoutHistory()).containsExactly(id(2));
        assertThat(at40.history()).containsExactly(history.get(0), history.get(1));
        assertThat(at40.asOf()).isEqualTo(day(40));

        PipelineSnapshot at100 = replay.snapshot(day(100));
        assertThat(at100.deals()).extracting(Deal::id).containsExactly(id(1), id(2), id(3));
        assertThat(at100.withoutHistory()).isEmpty();

        // Replaying a snapshot at its own moment gives the same deals.
        assertThat(at40.replay().snapshot(day(40)).deals()).isEqualTo(at40.deals());
        assertThat(at40.replay().dealAsOf(id(1), day(15))).isEqualTo(replay.dealAsOf(id(1), day(15)));
        assertThat(replay.lastEvent()).contains(day(100));
    }

    @Test
    void activitiesRebuildTheLastActivity() {
        Activity call = activity(1, day(20), day(20));
        Activity meeting = activity(2, day(60), day(60));
        Activity loggedLate = activity(3, day(30), day(45));
        AsOfReplay withActivities = AsOfReplay.of(List.of(won), history, List.of(TestDeals.SALES),
                List.of(call, meeting, loggedLate));
        assertThat(withActivities.dealAsOf(id(1), day(40)).orElseThrow().lastActivityAt()).contains(day(20));
        assertThat(withActivities.dealAsOf(id(1), day(50)).orElseThrow().lastActivityAt()).contains(day(30));
        assertThat(withActivities.snapshot(day(40)).activities()).containsExactly(call);
        assertThat(withActivities.dealAsOf(id(1), day(80))).contains(won);
    }

    @Test
    void errorsNameTheProblem() {
        assertThatThrownBy(() -> replay.dealAsOf(id(9), day(1))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(id(9).toString());
        StageChange orphan = change(9, 1, null, "prospecting", day(0), null, null, 10);
        assertThatThrownBy(() -> AsOfReplay.of(List.of(won), List.of(orphan), List.of(TestDeals.SALES)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("history");
        StageChange unknownStage = change(1, 9, "proposal", "nowhere", day(40), null, null, 10);
        AsOfReplay broken = AsOfReplay.of(List.of(won), List.of(history.get(0), unknownStage), List.of(TestDeals.SALES));
        assertThatThrownBy(() -> broken.dealAsOf(id(1), day(45))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nowhere");
    }

    private static Activity activity(int n, java.time.Instant occurred, java.time.Instant recorded) {
        return Activity.builder().id(new ActivityId(new UUID(5, n))).type(ActivityType.CALL).subject("call " + n)
                .occurredAt(occurred).deal(id(1)).createdAt(recorded).build();
    }
}
