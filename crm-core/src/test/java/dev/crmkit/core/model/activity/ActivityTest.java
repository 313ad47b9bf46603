package dev.crmkit.core.model.activity;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.testing.Fixtures;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static Activity.Builder task() {
        return Activity.builder().id(Fixtures.activityId(2)).type(ActivityType.TASK).subject("Send proposal")
                .dueAt(Fixtures.T0.plusSeconds(86_400)).deal(Fixtures.dealId(1)).createdAt(Fixtures.T0);
    }

    @Test
    void tasksStartUndoneAndOtherActivitiesAreDone() {
        assertThat(task().build().done()).isFalse();
        assertThat(Fixtures.call().build().done()).isTrue();
    }

    @Test
    void placesActivitiesOnATimeline() {
        assertThat(Fixtures.call().build().timelineAt()).isEqualTo(Fixtures.T0);
        assertThat(task().build().timelineAt()).isEqualTo(Fixtures.T0.plusSeconds(86_400));
    }

    @Test
    void aTaskNeedsADueMoment() {
        assertRejected("dueAt", () -> task().dueAt(Optional.empty()).build());
    }

    @Test
    void otherActivitiesNeedTheMomentTheyOccurred() {
        for (ActivityType type : new ActivityType[] {ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.NOTE}) {
            assertRejected("occurredAt", () -> Fixtures.call().type(type).occurredAt(Optional.empty()).build());
        }
    }

    @Test
    void anActivityNeedsALink() {
        assertRejected("links", () -> Fixtures.call().contact(Optional.empty()).build());
        assertThat(Fixtures.call().contact(Optional.empty()).account(Fixtures.accountId(1)).build().account()).isPresent();
    }

    @Test
    void rejectsInvalidFields() {
        assertRejected("subject", () -> Fixtures.call().subject(" ").build());
        assertRejected("subject", () -> Fixtures.call().subject("s".repeat(256)).build());
        assertRejected("body", () -> Fixtures.call().body("b".repeat(100_001)).build());
        assertRejected("outcome", () -> Fixtures.call().outcome(" ").build());
        assertRejected("duration", () -> Fixtures.call().duration(Duration.ofMinutes(-1)).build());
        assertRejected("completedAt", () -> task().completedAt(Fixtures.T0).build());
        assertRejected("externalIds", () -> Fixtures.call()
                .addExternalIds(ExternalId.of("gmail", "1"), ExternalId.of("gmail", "2")).build());
        assertRejected("version", () -> Fixtures.call().version(-1).build());
        assertRejected("updatedAt", () -> Fixtures.call().updatedAt(Fixtures.T0.minusSeconds(1)).build());
    }

    @Test
    void aDoneTaskMayRecordItsCompletion() {
        Activity done = task().done(true).completedAt(Fixtures.T0.plusSeconds(3600)).build();
        assertThat(done.completedAt()).contains(Fixtures.T0.plusSeconds(3600));
        assertThat(Fixtures.call().subject("  Intro call ").build().subject()).isEqualTo("Intro call");
        assertThat(Fixtures.call().outcome(" connected ").build().outcome()).contains("connected");
    }
}
