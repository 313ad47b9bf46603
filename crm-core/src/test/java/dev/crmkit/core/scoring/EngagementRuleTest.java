package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.Leads.contact;
import static dev.crmkit.core.scoring.Leads.days;
import static dev.crmkit.core.scoring.Leads.event;
import static dev.crmkit.core.scoring.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.ActivityId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event-count conditions: kinds, windows, minimum counts, attribute filters, award modes. */
class EngagementRuleTest {

    private static LeadScore score(ScoringRule rule, EngagementEvent... events) {
        ScoringModel model = ScoringModel.builder("one-rule", 1).engagement(rule).build();
        return model.compile().score(lead(contact().build(), events), NOW);
    }

    private static ScoringRule once(Condition.EventCount when, long points) {
        return ScoringRule.builder("r").when(when).points(points).build();
    }

    @Test
    void countsOnlyEventsOfTheKindWithinTheWindowBoundaryIncluded() {
        ScoringRule rule = once(Condition.events("page_view", 2, days(7)), 10);
        assertThat(score(rule, event("page_view", days(1)), event("page_view", days(7))).line("r")).isPresent();
        assertThat(score(rule, event("page_view", days(1)), event("page_view", days(7).plusMillis(1))).line("r"))
                .as("one event just outside the window").isEmpty();
        assertThat(score(rule, event("page_view", days(1)), event("email_open", days(2))).line("r"))
                .as("other kinds do not count").isEmpty();
    }

    @Test
    void withoutAWindowEveryEventCounts() {
        ScoringRule rule = once(Condition.events("webinar_attended", 1, null), 10);
        assertThat(score(rule, event("webinar_attended", days(3000))).total()).isEqualByComparingTo("10");
    }

    @Test
    void atLeastSetsTheMinimumCount() {
        ScoringRule rule = once(Condition.events("email_click", 3, null), 10);
        assertThat(score(rule, event("email_click", days(1)), event("email_click", days(2))).line("r")).isEmpty();
        LeadScore three = score(rule, event("email_click", days(1)), event("email_click", days(2)), event("email_click", days(3)));
        assertThat(three.line("r")).hasValueSatisfying(line -> {
            assertThat(line.matchedEvents()).isEqualTo(3);
            assertThat(line.rawPoints()).isEqualByComparingTo("10");
        });
    }

    @Test
    void whereFiltersOnAttributesIgnoringValueCase() {
        ScoringRule rule = once(Condition.events("page_view", Map.of("page", "pricing"), 1, null), 10);
        assertThat(score(rule, event("page_view", days(1), Map.of("page", "Pricing"))).line("r")).isPresent();
        assertThat(score(rule, event("page_view", days(1), Map.of("page", "home"))).line("r")).isEmpty();
        assertThat(score(rule, event("page_view", days(1))).line("r")).as("attribute absent").isEmpty();
    }

    @Test
    void eachEventAwardsPointsPerMatchingEvent() {
        ScoringRule rule = ScoringRule.builder("r").when(Condition.events("email_open", 1, days(30))).points("1.5")
                .award(Award.EACH_EVENT).build();
        LeadScore score = score(rule, event("email_open", days(1)), event("email_open", days(2)), event("email_open", days(40)));
        assertThat(score.line("r")).hasValueSatisfying(line -> {
            assertThat(line.matchedEvents()).isEqualTo(2);
            assertThat(line.rawPoints()).isEqualByComparingTo("3.0");
            assertThat(line.points()).isEqualByComparingTo("3.0");
        });
    }

    @Test
    void eventsAfterTheScoringMomentCountAsJustHappened() {
        ScoringRule rule = ScoringRule.builder("r").when(Condition.events("form_submit", 1, days(1))).points(10)
                .decay(Decay.halfLife(days(1))).build();
        LeadScore score = score(rule, EngagementEvent.of("form_submit", NOW.plusSeconds(30)));
        assertThat(score.total()).isEqualByComparingTo("10");
    }

    @Test
    void negativeEngagementRulesArePenalties() {
        ScoringRule rule = once(Condition.events("email_unsubscribe", 1, null), -20);
        assertThat(score(rule, event("email_unsubscribe", days(5))).total()).isEqualByComparingTo("-20");
    }

    @Test
    void activitiesBecomeEventsWithTheirOutcome() {
        Activity call = Activity.builder().id(new ActivityId(new UUID(3, 1))).type(ActivityType.CALL).subject("Intro")
                .occurredAt(NOW.minus(days(2))).outcome("connected").contact(Leads.ADA_ID).createdAt(NOW.minus(days(2)))
                .build();
        EngagementEvent event = EngagementEvent.fromActivity(call);
        assertThat(event.kind()).isEqualTo("activity.call");
        assertThat(event.at()).isEqualTo(NOW.minus(days(2)));
        assertThat(event.attributes()).containsEntry("outcome", "connected").containsEntry("done", "true");
        assertThat(EngagementEvent.activityKind(ActivityType.MEETING)).isEqualTo("activity.meeting");

        ScoringRule connected = once(Condition.events("activity.call", Map.of("outcome", "connected"), 1, null), 8);
        assertThat(score(connected, event).total()).isEqualByComparingTo("8");
    }

    @Test
    void eventKindsAndConditionsAreValidated() {
        assertThatThrownBy(() -> EngagementEvent.of("Page View", NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> EngagementEvent.of("page.", NOW)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> EngagementEvent.of("page_view", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("at"));
        assertThatThrownBy(() -> Condition.events("page_view", 0, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("atLeast"));
        assertThatThrownBy(() -> new Condition.EventCount("page_view", Map.of(), Optional.of(Duration.ZERO), 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("window"));
        assertThat(EngagementEvent.of("a.b_2.c", NOW).kind()).isEqualTo("a.b_2.c");
    }

    @Test
    void theProfileKeepsEventsNewestFirst() {
        LeadProfile lead = LeadProfile.of(contact().build(),
                List.of(event("a", days(3)), event("b", days(1)), event("c", days(2))));
        assertThat(lead.events()).extracting(EngagementEvent::kind).containsExactly("b", "c", "a");
    }
}
