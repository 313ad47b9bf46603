package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.Leads.account;
import static dev.crmkit.core.scoring.Leads.contact;
import static dev.crmkit.core.scoring.Leads.days;
import static dev.crmkit.core.scoring.Leads.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PropertyValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped B2B model loads, round-trips and scores typical leads sensibly. */
class ScoringModelTemplatesTest {
    private static final ScoringModel B2B = ScoringModelTemplates.b2bDefault();
    private static final LeadScorer SCORER = new LeadScorer(B2B, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void loadsTheB2bDefaultModel() {
        assertThat(B2B.key()).isEqualTo("b2b-default@1");
        assertThat(B2B.fit().rules()).hasSizeGreaterThan(10);
        assertThat(B2B.engagement().rules()).hasSizeGreaterThan(8);
        assertThat(B2B.thresholds()).extracting(Threshold::stage)
                .containsExactly(LifecycleStage.MARKETING_QUALIFIED, LifecycleStage.SALES_QUALIFIED);
        assertThat(ScoringModelJson.read(ScoringModelJson.write(B2B))).isEqualTo(B2B);
        assertThat(ScoringModelTemplates.b2bDefault()).isEqualTo(B2B);
    }

    @Test
    void anEngagedDecisionMakerAtATargetCompanyIsSalesQualified() {
        Contact cto = contact().title("CTO").leadSource("Referral").putProperties("seniority", PropertyValue.choice("c_level"))
                .build();
        LeadProfile lead = LeadProfile.of(cto, account().employeeCount(250).industry("Software").country("DE")
                .annualRevenue(Money.of("40000000.00", "USD")).build(), List.of(
                event("form_submit", days(2), Map.of("form", "demo")),
                event("page_view", days(1), Map.of("page", "pricing")),
                event("page_view", days(3), Map.of("page", "pricing")),
                EngagementEvent.of("activity.meeting", NOW.minus(days(1)), Map.of("outcome", "held"))));
        LeadScore score = SCORER.score(lead);
        assertThat(score.scoredAt()).isEqualTo(NOW);
        assertThat(score.suggestedStage()).contains(LifecycleStage.SALES_QUALIFIED);
        // Both groups reach their caps (50 + 60), so the total cap of 100 scales them to 45.45 + 54.55.
        assertThat(score.lines().stream().filter(l -> l.group() == RuleGroup.FIT).map(ScoreLine::afterGroupCap)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("50");
        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.fit()).isEqualByComparingTo("45.45");
        assertThat(score.lines()).extracting(ScoreLine::ruleId).contains("fit.company-size.mid-market", "fit.revenue.10m",
                "fit.seniority.decision-maker", "eng.demo-request", "eng.form-submit", "eng.pricing-page", "eng.meeting");
        assertThat(score.total()).isLessThanOrEqualTo(B2B.totalCap().orElseThrow());
    }

    @Test
    void aStudentWithAPersonalEmailIsNotQualified() {
        Contact student = Contact.builder().id(Leads.ADA_ID).firstName("Sam").primaryEmail(EmailAddress.of("sam@gmail.com"))
                .putProperties("persona", PropertyValue.choice("student")).createdAt(Leads.CREATED).build();
        LeadScore score = SCORER.score(LeadProfile.of(student, List.of(event("email_open", days(1)),
                event("page_view", days(1), Map.of("page", "pricing")))));
        assertThat(score.suggestedStage()).isEmpty();
        assertThat(score.total().signum()).isNegative();
        assertThat(score.lines()).extracting(ScoreLine::ruleId)
                .contains("fit.email.free-mail", "fit.account.none", "fit.persona.excluded", "eng.email-open");
    }

    @Test
    void engagementFadesWithTime() {
        LeadProfile lead = LeadProfile.of(contact().build(), List.of(event("webinar_attended", days(0))));
        LeadScore fresh = SCORER.score(lead, NOW);
        LeadScore monthLater = SCORER.score(lead, NOW.plus(days(30)));
        assertThat(fresh.engagement()).isEqualByComparingTo("10");
        assertThat(monthLater.engagement()).isEqualByComparingTo("5");
    }
}
