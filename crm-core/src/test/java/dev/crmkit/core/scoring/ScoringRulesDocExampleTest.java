package dev.crmkit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The example of docs/scoring.md (section "Rule-based scoring"), kept compiling and giving the numbers the document shows. */
class ScoringRulesDocExampleTest {

    @Test
    void theDocumentedExampleScoresAsDocumented() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        AccountId acmeId = new AccountId(new UUID(1, 1));
        Contact ada = Contact.builder().id(new ContactId(new UUID(2, 1))).firstName("Ada").title("CTO")
                .primaryEmail(EmailAddress.of("ada@acme.example")).addAccounts(AccountLink.of(acmeId, "CTO"))
                .createdAt(now).build();
        Account acme = Account.builder().id(acmeId).name("Acme").employeeCount(250).industry("Software")
                .createdAt(now).build();

        // --- example start
        ScoringModel model = ScoringModel.builder("starter", 1)
                .fit(ScoringRule.builder("size").description("50-999 employees")
                                .when(Condition.between("account.employeeCount", BigDecimal.valueOf(50), BigDecimal.valueOf(999)))
                                .points(20).build(),
                        ScoringRule.builder("software").when(Condition.in("account.industry", "Software", "SaaS"))
                                .points(10).build())
                .engagement(ScoringRule.builder("pricing").description("Viewed the pricing page")
                        .when(Condition.events("page_view", Map.of("page", "pricing"), 1, Duration.ofDays(30)))
                        .points(10).award(Award.EACH_EVENT).cap(25).build())
                .engagementDecay(Decay.halfLife(Duration.ofDays(7)))
                .totalCap(100)
                .threshold(40, LifecycleStage.MARKETING_QUALIFIED)
                .build();

        LeadProfile lead = LeadProfile.of(ada, acme, List.of(
                EngagementEvent.of("page_view", now.minus(Duration.ofDays(7)), Map.of("page", "pricing")),
                EngagementEvent.of("page_view", now.minus(Duration.ofDays(14)), Map.of("page", "pricing"))));

        LeadScorer scorer = new LeadScorer(model, Clock.fixed(now, ZoneOffset.UTC));
        LeadScore score = scorer.score(lead);
        // score.total() = 37.50: size 20 + software 10 + pricing 10 x (0.5 + 0.25) = 7.50
        // score.suggestedStage() = Optional.empty() (below 40)
        // --- example end

        assertThat(score.total()).isEqualByComparingTo("37.50");
        assertThat(score.suggestedStage()).isEmpty();
        assertThat(score.line("pricing").orElseThrow().rawPoints()).isEqualByComparingTo("20");
        assertThat(score.line("pricing").orElseThrow().decayedPoints()).isEqualByComparingTo("7.50");
        assertThat(ScoringModelJson.read(ScoringModelJson.write(model))).isEqualTo(model);
    }
}
