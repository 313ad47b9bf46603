package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.MoveRequest;
import dev.crmkit.core.rules.RuleIds;
import dev.crmkit.event.DealCreated;
import dev.crmkit.event.DealLost;
import dev.crmkit.event.DealReopened;
import dev.crmkit.event.DealStageChanged;
import dev.crmkit.event.DealWon;
import dev.crmkit.spi.VersionConflictException;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.support.SequentialIds;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealsTest {
    private final CrmFixture fx = new CrmFixture();
    private final Pipeline sales = fx.hubspot();

    private Deal newDeal() {
        return fx.tenant.deals().create(sales.id(), d -> d.name("Rollout"));
    }

    private static List<String> ruleIds(RuleViolationException e) {
        return e.violations().stream().map(RuleViolation::ruleId).toList();
    }

    @Test
    void createStartsInFirstOpenStageWithInjectedIdAndClockAndAppendsCreationEntry() {
        Deal deal = newDeal();

        assertThat(deal.id().value()).isEqualTo(SequentialIds.nth(2));
        assertThat(deal.createdAt()).isEqualTo(CrmFixture.START);
        assertThat(deal.updatedAt()).isEqualTo(CrmFixture.START);
        assertThat(deal.stageEnteredAt()).isEqualTo(CrmFixture.START);
        assertThat(deal.stage()).isEqualTo("appointment-scheduled");
        assertThat(deal.version()).isEqualTo(1);
        List<StageChange> history = fx.tenant.deals().history(deal.id());
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.fromStage()).isEmpty();
            assertThat(c.toStage()).isEqualTo("appointment-scheduled");
            assertThat(c.changedAt()).isEqualTo(CrmFixture.START);
            assertThat(c.id().value()).isEqualTo(SequentialIds.nth(3));
        });
        assertThat(fx.events.of(DealCreated.class)).singleElement()
                .satisfies(e -> assertThat(e.deal()).isEqualTo(deal));
    }

    @Test
    void createInAGatedStageReportsEveryMissingField() {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().create(sales.id(), d -> d.name("Big").stage("contract-sent")));

        assertThat(e.violations()).extracting(RuleViolation::field).containsExactly("amount", "expectedCloseDate");
        assertThat(ruleIds(e)).containsOnly(RuleIds.GATE_REQUIRED_FIELD);
        assertThat(fx.tenant.deals().count(dev.crmkit.spi.DealQuery.all())).isZero();
    }

    @Test
    void createInUnknownStageIsARuleViolation() {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().create(sales.id(), d -> d.name("Odd").stage("no-such-stage")));

        assertThat(ruleIds(e)).containsExactly(RuleIds.STAGE_UNKNOWN);
    }

    @Test
    void createInWonStageClosesTheDealAndNeedsAnAmount() {
        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().create(sales.id(), d -> d.name("Won").stage("closed-won")))))
                .containsExactly(RuleIds.WON_NEEDS_AMOUNT);

        Deal won = fx.tenant.deals().create(sales.id(), d -> d.name("Won").stage("closed-won")
                .amount(Money.of("10.00", "EUR")));
        assertThat(won.closedAt()).contains(CrmFixture.START);
    }

    @Test
    void createRejectsFieldsTheFacadeAssigns() {
        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.name("X").id(new DealId(SequentialIds.nth(99)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.name("X").createdAt(CrmFixture.START.minusSeconds(5))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("createdAt"));
        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.stage("qualified-to-buy")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> fx.tenant.deals().create(sales.id(), d -> d.name("X").addContacts(
                DealContact.of(new dev.crmkit.core.model.shared.ContactId(SequentialIds.nth(77)), "buyer"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contacts.contact"));
    }

    @Test
    void moveChecksTheStageGateAndChangesNothingWhenViolated() {
        Deal deal = newDeal();

        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().move(deal.id(), "contract-sent"));

        assertThat(e.violations()).extracting(RuleViolation::field).containsExactly("amount", "expectedCloseDate");
        assertThat(fx.tenant.deals().get(deal.id())).isEqualTo(deal);
        assertThat(fx.tenant.deals().history(deal.id())).hasSize(1);
    }

    @Test
    void moveSetsStageAndTimestampsAndAppendsHistory() {
        Deal deal = newDeal();
        fx.clock.advance(Duration.ofDays(2));

        Deal moved = fx.tenant.deals().move(deal.id(), MoveRequest.to("qualified-to-buy"), Optional.of(UserId.of("rep-7")));

        assertThat(moved.stage()).isEqualTo("qualified-to-buy");
        assertThat(moved.stageEnteredAt()).isEqualTo(fx.clock.instant());
        assertThat(moved.updatedAt()).isEqualTo(fx.clock.instant());
        assertThat(moved.version()).isEqualTo(2);
        List<StageChange> history = fx.tenant.deals().history(deal.id());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).fromStage()).contains("appointment-scheduled");
        assertThat(history.get(1).toStage()).isEqualTo("qualified-to-buy");
        assertThat(history.get(1).changedBy()).contains(UserId.of("rep-7"));
        assertThat(history.get(1).probability().value()).isEqualByComparingTo("40");
        assertThat(fx.events.of(DealStageChanged.class)).singleElement()
                .satisfies(ev -> assertThat(ev.change()).isEqualTo(history.get(1)));
    }

    @Test
    void moveToUnknownStageIsARuleViolation() {
        Deal deal = newDeal();

        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().move(deal.id(), "nowhere")))).containsExactly(RuleIds.STAGE_UNKNOWN);
    }

    @Test
    void closeWonNeedsAPositiveAmount() {
        Deal deal = newDeal();

        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class, () -> fx.tenant.deals().closeWon(deal.id()))))
                .containsExactly(RuleIds.WON_NEEDS_AMOUNT);

        Deal priced = fx.tenant.deals().update(fx.tenant.deals().get(deal.id()).withAmount(Money.of("5000.00", "USD")));
        Deal won = fx.tenant.deals().closeWon(priced.id());
        assertThat(won.stage()).isEqualTo("closed-won");
        assertThat(won.closedAt()).contains(fx.clock.instant());
        assertThat(fx.events.names()).endsWith("DealStageChanged", "DealWon");
        assertThat(fx.events.of(DealWon.class).get(0).deal()).isEqualTo(won);
    }

    @Test
    void closeLostNeedsAReason() {
        Deal deal = newDeal();

        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class, () -> fx.tenant.deals().closeLost(deal.id(), " "))))
                .containsExactly(RuleIds.LOST_NEEDS_REASON);
        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class, () -> fx.tenant.deals().move(deal.id(), "closed-lost"))))
                .containsExactly(RuleIds.LOST_NEEDS_REASON);

        Deal lost = fx.tenant.deals().closeLost(deal.id(), "went with a competitor");
        assertThat(lost.lostReason()).contains("went with a competitor");
        assertThat(lost.closedAt()).isPresent();
        assertThat(fx.events.of(DealLost.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("went with a competitor"));
    }

    @Test
    void forwardOnlyPipelineRejectsMovingBackwards() {
        Pipeline forward = fx.tenant.pipelines().create((id, name, at) ->
                PipelineTemplates.hubspotStyle(id, name, at).withTransitionPolicy(TransitionPolicy.FORWARD_ONLY), "Forward");
        Deal deal = fx.tenant.deals().create(forward.id(), d -> d.name("One way"));
        fx.tenant.deals().move(deal.id(), "qualified-to-buy");

        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().move(deal.id(), "appointment-scheduled"))))
                .containsExactly(RuleIds.TRANSITION_NOT_ALLOWED);
    }

    @Test
    void pipelineWithoutReopenRejectsReopening() {
        Pipeline strict = fx.tenant.pipelines().create((id, name, at) ->
                PipelineTemplates.hubspotStyle(id, name, at).withAllowReopen(false), "Strict");
        Deal deal = fx.tenant.deals().create(strict.id(), d -> d.name("Final"));
        fx.tenant.deals().closeLost(deal.id(), "no budget");

        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class, () -> fx.tenant.deals().reopen(deal.id()))))
                .containsExactly(RuleIds.REOPEN_NOT_ALLOWED);
        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().move(deal.id(), "qualified-to-buy"))))
                .containsExactly(RuleIds.REOPEN_NOT_ALLOWED);
    }

    @Test
    void reopenReturnsToTheStageTheDealWasClosedFrom() {
        Deal deal = newDeal();
        fx.tenant.deals().move(deal.id(), "qualified-to-buy");
        fx.tenant.deals().closeLost(deal.id(), "timing");
        fx.clock.advance(Duration.ofDays(30));

        Deal reopened = fx.tenant.deals().reopen(deal.id());

        assertThat(reopened.stage()).isEqualTo("qualified-to-buy");
        assertThat(reopened.closedAt()).isEmpty();
        assertThat(reopened.lostReason()).isEmpty();
        assertThat(fx.events.of(DealReopened.class)).singleElement()
                .satisfies(e -> assertThat(e.closedStage()).isEqualTo("closed-lost"));
        assertThat(fx.tenant.deals().history(deal.id())).extracting(StageChange::toStage)
                .containsExactly("appointment-scheduled", "qualified-to-buy", "closed-lost", "qualified-to-buy");
    }

    @Test
    void reopenIsOnlyForClosedDealsAndOpenTargets() {
        Deal deal = newDeal();
        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class, () -> fx.tenant.deals().reopen(deal.id()))))
                .containsExactly(CrmRuleIds.REOPEN_NOT_CLOSED);
        fx.tenant.deals().closeLost(deal.id(), "timing");
        assertThat(ruleIds(catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().reopen(deal.id(), "closed-won"))))
                .containsExactly(CrmRuleIds.REOPEN_TARGET_NOT_OPEN);
    }

    @Test
    void updateCannotChangeTheStage() {
        Deal deal = newDeal();

        assertThatThrownBy(() -> fx.tenant.deals().update(deal.withStage("qualified-to-buy")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("stage");
                    assertThat(e.reason()).contains("move");
                });
        assertThat(fx.tenant.deals().get(deal.id()).stage()).isEqualTo("appointment-scheduled");
    }

    @Test
    void updateKeepsTheCurrentStageGate() {
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Priced").stage("decision-maker-bought-in")
                .amount(Money.of("900.00", "USD")));

        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.deals().update(deal.withAmount(Optional.empty())));

        assertThat(e.violations()).extracting(RuleViolation::field).containsExactly("amount");
        Deal dated = fx.tenant.deals().update(deal.withExpectedCloseDate(LocalDate.of(2025, 6, 30)));
        assertThat(dated.version()).isEqualTo(2);
    }

    @Test
    void updateWithAStaleVersionConflicts() {
        Deal deal = newDeal();
        fx.tenant.deals().update(deal.withName("Renamed"));

        assertThatThrownBy(() -> fx.tenant.deals().update(deal.withName("Stale")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(fx.tenant.deals().get(deal.id()).name()).isEqualTo("Renamed");
    }

    @Test
    void deleteRemovesHistoryAndDetachesActivities() {
        Contact ada = fx.tenant.contacts().create(c -> c.firstName("Ada"));
        Deal deal = newDeal();
        Activity shared = fx.tenant.activities().log(a -> a.type(ActivityType.CALL).subject("Call")
                .occurredAt(CrmFixture.START).deal(deal.id()).contact(ada.id()));
        Activity onlyDeal = fx.tenant.activities().log(a -> a.type(ActivityType.NOTE).subject("Note")
                .occurredAt(CrmFixture.START).deal(deal.id()));

        fx.tenant.deals().delete(deal.id(), fx.tenant.deals().get(deal.id()).version());

        assertThat(fx.tenant.deals().find(deal.id())).isEmpty();
        assertThat(fx.tenant.activities().get(shared.id()).deal()).isEmpty();
        assertThat(fx.tenant.activities().get(shared.id()).contact()).contains(ada.id());
        assertThat(fx.tenant.activities().find(onlyDeal.id())).isEmpty();
        List<String> names = fx.events.names();
        assertThat(names.subList(names.size() - 3, names.size() - 1))
                .containsExactlyInAnyOrder("ActivityUpdated", "ActivityDeleted");
        assertThat(names).last().isEqualTo("DealDeleted");
    }
}
