package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.Leads.contact;
import static dev.crmkit.core.scoring.Leads.days;
import static dev.crmkit.core.scoring.Leads.event;
import static dev.crmkit.core.scoring.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule, group and total caps, their order, and how they are spread back over the rules. */
class CapsTest {
    private static final LeadProfile LEAD = lead(contact().build(),
            event("email_open", days(1)), event("email_open", days(2)), event("email_open", days(3)),
            event("email_open", days(4)), event("email_open", days(5)), event("email_bounce", days(1)),
            event("email_bounce", days(2)), event("email_bounce", days(3)));

    /** A fit rule that fires for every test lead. */
    private static ScoringRule fit(String id, long points) {
        return ScoringRule.builder(id).when(Condition.exists("contact.email")).points(points).build();
    }

    private static ScoringRule engagement(String id, String kind, long points) {
        return ScoringRule.builder(id).when(Condition.events(kind, 1, null)).points(points).build();
    }

    private static List<String> points(LeadScore score) {
        return score.lines().stream().map(l -> l.points().toPlainString()).toList();
    }

    private static void assertBreakdownSumsToTotal(LeadScore score) {
        BigDecimal sum = score.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(score.total());
        assertThat(score.fit().add(score.engagement())).isEqualByComparingTo(score.total());
    }

    @Test
    void aRuleCapLimitsTheMagnitudeOfARule() {
        ScoringModel model = ScoringModel.builder("caps", 1).engagement(
                ScoringRule.builder("opens").when(Condition.events("email_open", 1, null)).points(5)
                        .award(Award.EACH_EVENT).cap(12).build(),
                ScoringRule.builder("bounces").when(Condition.events("email_bounce", 1, null)).points(-10)
                        .award(Award.EACH_EVENT).cap(15).build()).build();
        LeadScore score = model.compile().score(LEAD, NOW);
        assertThat(score.line("opens").orElseThrow().rawPoints()).isEqualByComparingTo("25");
        assertThat(score.line("opens").orElseThrow().afterRuleCap()).isEqualByComparingTo("12");
        assertThat(score.line("bounces").orElseThrow().rawPoints()).isEqualByComparingTo("-30");
        assertThat(score.line("bounces").orElseThrow().afterRuleCap()).isEqualByComparingTo("-15");
        assertThat(score.total()).isEqualByComparingTo("-3");
    }

    @Test
    void aGroupCapScalesThePositiveRulesExactlyToTheCap() {
        ScoringModel model = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("b", 20), fit("c", 10)).fitCap(40).build();
        LeadScore score = model.compile().score(LEAD, NOW);
        // 30, 20, 10 scaled by 40/60: 20, 13.333.., 6.666..; the missing hundredth goes to the larger remainder (c).
        assertThat(points(score)).containsExactly("20.00", "13.33", "6.67");
        assertThat(score.total()).isEqualByComparingTo("40");
        assertThat(score.line("a").orElseThrow().afterRuleCap()).isEqualByComparingTo("30");
        assertThat(score.line("a").orElseThrow().afterGroupCap()).isEqualByComparingTo("20");
        assertBreakdownSumsToTotal(score);
    }

    @Test
    void aGroupCapLeavesPenaltiesAlone() {
        ScoringModel model = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("b", 20), fit("penalty", -10))
                .fitCap(30).build();
        LeadScore score = model.compile().score(LEAD, NOW);
        // The positives must add up to 30 - (-10) = 40: 30 x 40/50 = 24, 20 x 40/50 = 16.
        assertThat(points(score)).containsExactly("24.00", "16.00", "-10.00");
        assertThat(score.total()).isEqualByComparingTo("30");
    }

    @Test
    void aGroupBelowItsCapIsUntouched() {
        ScoringModel model = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("penalty", -10)).fitCap(20).build();
        assertThat(points(model.compile().score(LEAD, NOW))).containsExactly("30.00", "-10.00");
    }

    @Test
    void ruleCapsApplyBeforeTheGroupCap() {
        ScoringModel model = ScoringModel.builder("caps", 1)
                .fit(ScoringRule.builder("a").when(Condition.exists("contact.email")).points(50).cap(20).build(), fit("b", 20))
                .fitCap(30).build();
        LeadScore score = model.compile().score(LEAD, NOW);
        assertThat(points(score)).containsExactly("15.00", "15.00");
    }

    @Test
    void aTotalCapIsSplitBetweenTheGroupsThenTheirRules() {
        ScoringModel model = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("b", 10))
                .engagement(engagement("opened", "email_open", 20)).totalCap(45).build();
        LeadScore score = model.compile().score(LEAD, NOW);
        // 45 split 40 : 20 between the groups = 30 : 15; fit's 30 split 30 : 10 = 22.5 : 7.5.
        assertThat(points(score)).containsExactly("22.50", "7.50", "15.00");
        assertThat(score.fit()).isEqualByComparingTo("30");
        assertThat(score.engagement()).isEqualByComparingTo("15");
        assertThat(score.line("a").orElseThrow().afterGroupCap()).isEqualByComparingTo("30");
        assertBreakdownSumsToTotal(score);
    }

    @Test
    void aTotalCapLeavesPenaltiesAloneAndRoundsExactly() {
        ScoringModel model = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("b", 10), fit("penalty", -5))
                .engagement(engagement("opened", "email_open", 20)).totalCap(45).build();
        LeadScore score = model.compile().score(LEAD, NOW);
        // Positives may add up to 45 + 5 = 50: fit 40 x 50/60 = 33.33, engagement 16.67 (larger remainder);
        // fit's 33.33 split 30 : 10 = 24.9975 : 8.3325, rounded to 25.00 : 8.33 (largest remainder).
        assertThat(points(score)).containsExactly("25.00", "8.33", "-5.00", "16.67");
        assertThat(score.total()).isEqualByComparingTo("45");
        assertBreakdownSumsToTotal(score);
    }

    @Test
    void aZeroCapKeepsTheGroupAtZeroAtMost() {
        ScoringModel withPenalty = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("penalty", -5)).fitCap(0).build();
        // The cap bounds the group's sum: positives may offset the penalty, no more.
        assertThat(points(withPenalty.compile().score(LEAD, NOW))).containsExactly("5.00", "-5.00");
        ScoringModel withoutPenalty = ScoringModel.builder("caps", 1).fit(fit("a", 30), fit("b", 1)).fitCap(0).build();
        assertThat(points(withoutPenalty.compile().score(LEAD, NOW))).containsExactly("0.00", "0.00");
    }

    @Test
    void negativeCapsAreRejected() {
        assertThatThrownBy(() -> ScoringRule.builder("a").when(Condition.exists("contact.email")).points(1).cap(-1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cap"));
        assertThatThrownBy(() -> ScoringModel.builder("caps", 1).fit(fit("a", 1)).fitCap(-1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("fit.cap"));
        assertThatThrownBy(() -> ScoringModel.builder("caps", 1).fit(fit("a", 1)).engagementCap(-1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("engagement.cap"));
        assertThatThrownBy(() -> ScoringModel.builder("caps", 1).fit(fit("a", 1)).totalCap(-1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("totalCap"));
    }

    @Test
    void largestRemainderSharesAreExact() {
        assertThat(Points.largestRemainder(new long[] {1, 1, 1}, 2)).containsExactly(1, 1, 0);
        assertThat(Points.largestRemainder(new long[] {5, 0, 5}, 5)).containsExactly(3, 0, 2);
        assertThat(Points.largestRemainder(new long[] {Long.MAX_VALUE / 4, Long.MAX_VALUE / 4}, Long.MAX_VALUE / 4))
                .containsExactly(Long.MAX_VALUE / 8 + 1, Long.MAX_VALUE / 8);
    }
}
