package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.scoring.Condition;
import dev.crmkit.core.scoring.LeadScore;
import dev.crmkit.core.scoring.ScoreLine;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.core.scoring.ScoringRule;
import dev.crmkit.event.ContactLifecycleChanged;
import dev.crmkit.event.ContactUpdated;
import dev.crmkit.insight.LeadPromotion;
import dev.crmkit.insight.PromotionReport;
import dev.crmkit.insight.ScoredLead;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.support.CrmFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoringTest {
    static final ScoringModel MODEL = ScoringModel.builder("test", 1)
            .fit(ScoringRule.builder("vp").when(Condition.equalTo("contact.title", "VP Sales")).points(20).build(),
                    ScoringRule.builder("software").when(Condition.equalTo("account.industry", "Software")).points(15).build())
            .engagement(ScoringRule.builder("meetings").when(Condition.events("activity.meeting", 2, null)).points(25).build(),
                    ScoringRule.builder("calls").when(Condition.events("activity.call", 1, null)).points(5).build())
            .threshold(30, LifecycleStage.MARKETING_QUALIFIED)
            .threshold(60, LifecycleStage.SALES_QUALIFIED)
            .build();

    private final CrmFixture fx = new CrmFixture();
    private Contact ada;
    private Contact bob;
    private Contact cy;
    private Contact dee;

    private void activity(Contact contact, ActivityType type) {
        fx.tenant.activities().log(a -> a.type(type).subject(type.name()).occurredAt(fx.clock.instant().minus(Duration.ofDays(1)))
                .contact(contact.id()));
    }

    /** ada 20 + 15 + 25 + 5 = 65, bob 20 + 5 = 25, cy 15 + 25 = 40, dee 0. */
    @BeforeEach
    void leads() {
        Account acme = fx.tenant.accounts().create(a -> a.name("Acme").industry("Software"));
        ada = fx.tenant.contacts().create(c -> c.firstName("Ada").title("VP Sales").addAccounts(AccountLink.of(acme.id(), "CTO")));
        bob = fx.tenant.contacts().create(c -> c.firstName("Bob").title("VP Sales"));
        cy = fx.tenant.contacts().create(c -> c.firstName("Cy").addAccounts(AccountLink.of(acme.id(), "Buyer")));
        dee = fx.tenant.contacts().create(c -> c.firstName("Dee"));
        activity(ada, ActivityType.MEETING);
        activity(ada, ActivityType.MEETING);
        activity(ada, ActivityType.CALL);
        activity(bob, ActivityType.CALL);
        activity(cy, ActivityType.MEETING);
        activity(cy, ActivityType.MEETING);
        activity(dee, ActivityType.NOTE);
        fx.events.clear();
    }

    @Test
    void aScoreExplainsEveryPoint() {
        LeadScore score = fx.tenant.scoring().score(ada.id(), MODEL);

        assertThat(score.total()).isEqualByComparingTo("65");
        assertThat(score.fit()).isEqualByComparingTo("35");
        assertThat(score.engagement()).isEqualByComparingTo("30");
        assertThat(score.lines()).extracting(ScoreLine::ruleId).containsExactlyInAnyOrder("vp", "software", "meetings", "calls");
        assertThat(score.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(score.total());
        assertThat(score.line("meetings").orElseThrow().matchedEvents()).isEqualTo(2);
        assertThat(score.suggestedStage()).contains(LifecycleStage.SALES_QUALIFIED);
        assertThat(score.scoredAt()).isEqualTo(fx.clock.instant());
        assertThat(fx.tenant.scoring().score(dee.id(), MODEL).total()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> fx.tenant.scoring().score(new ContactId(new UUID(9, 9)), MODEL))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void topLeadsRankEveryContact() {
        List<ScoredLead> top = fx.tenant.scoring().topLeads(MODEL, 3);

        assertThat(top).extracting(s -> s.contact().id()).containsExactly(ada.id(), cy.id(), bob.id());
        assertThat(top).extracting(s -> s.score().total().intValue()).containsExactly(65, 40, 25);
        assertThat(fx.tenant.scoring().topLeads(MODEL, 10)).hasSize(4);
    }

    @Test
    void scoreAllPagesThroughContactsInQueryOrder() {
        Page<ScoredLead> first = fx.tenant.scoring().scoreAll(MODEL, ContactQuery.all(), PageRequest.first(3));
        assertThat(first.items()).extracting(s -> s.contact().id()).containsExactly(ada.id(), bob.id(), cy.id());
        assertThat(first.items()).extracting(s -> s.score().total().intValue()).containsExactly(65, 25, 40);

        Page<ScoredLead> second = fx.tenant.scoring().scoreAll(MODEL, ContactQuery.all(), first.nextRequest(3));
        assertThat(second.items()).extracting(s -> s.contact().id()).containsExactly(dee.id());
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void thresholdsPromoteContactsAndRaiseLifecycleEvents() {
        PromotionReport report = fx.tenant.scoring().applyThresholds(MODEL);

        assertThat(report.scored()).isEqualTo(4);
        assertThat(report.promotions()).containsExactly(
                new LeadPromotion(ada.id(), LifecycleStage.LEAD, LifecycleStage.SALES_QUALIFIED, new BigDecimal("65.00")),
                new LeadPromotion(cy.id(), LifecycleStage.LEAD, LifecycleStage.MARKETING_QUALIFIED, new BigDecimal("40.00")));
        assertThat(fx.tenant.contacts().get(ada.id()).lifecycleStage()).isEqualTo(LifecycleStage.SALES_QUALIFIED);
        assertThat(fx.tenant.contacts().get(ada.id()).lifecycleEnteredAt()).containsKey(LifecycleStage.SALES_QUALIFIED);
        assertThat(fx.tenant.contacts().get(bob.id()).lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(fx.events.of(ContactLifecycleChanged.class)).extracting(ContactLifecycleChanged::contact)
                .containsExactly(ada.id(), cy.id());
        assertThat(fx.events.names()).containsExactly("ContactUpdated", "ContactLifecycleChanged", "ContactUpdated",
                "ContactLifecycleChanged");

        fx.events.clear();
        assertThat(fx.tenant.scoring().applyThresholds(MODEL).promotions()).isEmpty();
        assertThat(fx.events.events()).isEmpty();
    }

    @Test
    void thresholdsNeverDemote() {
        fx.tenant.contacts().changeLifecycleStage(ada.id(), LifecycleStage.CUSTOMER);
        fx.events.clear();

        PromotionReport report = fx.tenant.scoring().applyThresholds(MODEL);

        assertThat(report.promotions()).extracting(LeadPromotion::contact).containsExactly(cy.id());
        assertThat(fx.tenant.contacts().get(ada.id()).lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
    }

    @Test
    void promotionsInsideARolledBackTransactionLeaveNoTraceAndRaiseNoEvents() {
        assertThatThrownBy(() -> fx.tenant.run(tx -> {
            assertThat(tx.scoring().applyThresholds(MODEL).promotions()).hasSize(2);
            assertThat(tx.contacts().get(ada.id()).lifecycleStage()).isEqualTo(LifecycleStage.SALES_QUALIFIED);
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(fx.tenant.contacts().get(ada.id()).lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(fx.tenant.contacts().get(ada.id()).version()).isEqualTo(ada.version());
        assertThat(fx.events.events()).isEmpty();

        fx.tenant.run(tx -> tx.scoring().applyThresholds(MODEL));
        assertThat(fx.events.of(ContactLifecycleChanged.class)).hasSize(2);
        assertThat(fx.events.of(ContactUpdated.class)).hasSize(2);
    }
}
