package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.event.TaskCompleted;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.support.CrmFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivitiesTest {
    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();
    private final Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal"));

    @Test
    void loggingAnActivityTouchesTheLinkedDeal() {
        fx.clock.advance(Duration.ofDays(3));
        Instant callAt = fx.clock.instant().minus(Duration.ofHours(2));

        fx.tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Call").occurredAt(callAt).deal(deal.id()));

        Deal touched = fx.tenant.deals().get(deal.id());
        assertThat(touched.lastActivityAt()).contains(callAt);
        assertThat(touched.version()).isEqualTo(2);
        assertThat(fx.events.names()).endsWith("ActivityLogged", "DealUpdated");
    }

    @Test
    void anOlderOrFutureActivityNeverMovesTheTouchBackOrAhead() {
        fx.clock.advance(Duration.ofDays(3));
        Instant now = fx.clock.instant();
        fx.tenant.activities().log(a -> a.type(ActivityType.MEETING).subject("Planned").occurredAt(now.plus(Duration.ofDays(5)))
                .deal(deal.id()));
        assertThat(fx.tenant.deals().get(deal.id()).lastActivityAt()).contains(now);

        fx.tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Old").occurredAt(now.minus(Duration.ofDays(1)))
                .deal(deal.id()));
        assertThat(fx.tenant.deals().get(deal.id()).lastActivityAt()).contains(now);
    }

    @Test
    void aNewTaskDoesNotTouchTheDealButCompletingItDoes() {
        Activity task = fx.tenant.activities().log(a -> a.type(ActivityType.TASK).subject("Send quote")
                .dueAt(CrmFixture.START.plus(Duration.ofDays(2))).deal(deal.id()));
        assertThat(task.done()).isFalse();
        assertThat(fx.tenant.deals().get(deal.id()).lastActivityAt()).isEmpty();
        assertThat(fx.tenant.activities().count(ActivityQuery.builder().openTasksOnly(true).build())).isEqualTo(1);
        fx.clock.advance(Duration.ofDays(1));

        Activity done = fx.tenant.activities().completeTask(task.id());

        assertThat(done.done()).isTrue();
        assertThat(done.completedAt()).contains(fx.clock.instant());
        assertThat(fx.tenant.deals().get(deal.id()).lastActivityAt()).contains(fx.clock.instant());
        assertThat(fx.events.of(TaskCompleted.class)).singleElement().satisfies(e -> assertThat(e.task()).isEqualTo(done));
        assertThatThrownBy(() -> fx.tenant.activities().completeTask(task.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("done"));
    }

    @Test
    void onlyTasksCanBeCompleted() {
        Activity call = fx.tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Call")
                .occurredAt(CrmFixture.START).deal(deal.id()));

        assertThatThrownBy(() -> fx.tenant.activities().completeTask(call.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void anActivityNeedsALinkAndExistingRecords() {
        assertThatThrownBy(() -> fx.tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Floating")
                .occurredAt(CrmFixture.START)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("links"));
        assertThatThrownBy(() -> fx.tenant.activities().log(a -> a.subject("No type").occurredAt(CrmFixture.START)
                .deal(deal.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> fx.tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Ghost")
                .occurredAt(CrmFixture.START).contact(new dev.crmkit.core.model.shared.ContactId(java.util.UUID.randomUUID()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contact"));
    }
}
