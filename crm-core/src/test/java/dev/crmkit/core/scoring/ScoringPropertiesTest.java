package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.ScoringGenerators.laterBy;
import static dev.crmkit.core.scoring.ScoringGenerators.leads;
import static dev.crmkit.core.scoring.ScoringGenerators.models;
import static dev.crmkit.core.scoring.ScoringGenerators.penalties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invariants of rule-based scoring over generated models and leads. */
class ScoringPropertiesTest {
    private static final int EXAMPLES = 300;

    @Test
    void aNegativePointsRuleNeverRaisesAScore() {
        qt().withExamples(EXAMPLES).forAll(models(false), leads(), penalties()).checkAssert((model, lead, penalty) -> {
            ScoringModel withPenalty = model.toBuilder().rule(penalty.group(), penalty.rule()).build();
            long before = model.compile().score(lead, NOW).totalHundredths();
            long after = withPenalty.compile().score(lead, NOW).totalHundredths();
            assertThat(after).isLessThanOrEqualTo(before);
        });
    }

    @Test
    void engagementPointsNeverGrowWithTime() {
        qt().withExamples(EXAMPLES).forAll(models(true), leads(), laterBy()).checkAssert((model, lead, delay) -> {
            CompiledScoringModel compiled = model.compile();
            LeadScore now = compiled.score(lead, NOW);
            LeadScore later = compiled.score(lead, NOW.plus(delay));
            assertThat(later.engagement()).isLessThanOrEqualTo(now.engagement());
        });
    }

    @Test
    void noRuleDecaysToMorePointsLaterEvenWithPenalties() {
        qt().withExamples(EXAMPLES).forAll(models(false), leads(), laterBy()).checkAssert((model, lead, delay) -> {
            CompiledScoringModel compiled = model.compile();
            Map<String, BigDecimal> now = decayedMagnitudes(compiled.score(lead, NOW));
            decayedMagnitudes(compiled.score(lead, NOW.plus(delay))).forEach((rule, later) ->
                    assertThat(later).as(rule).isLessThanOrEqualTo(now.getOrDefault(rule, BigDecimal.ZERO)));
        });
    }

    @Test
    void capsHold() {
        qt().withExamples(EXAMPLES).forAll(models(false), leads(), laterBy()).checkAssert((model, lead, delay) -> {
            LeadScore score = model.compile().score(lead, NOW.plus(delay).minusSeconds(delay.getSeconds() / 2));
            model.fit().cap().ifPresent(cap -> assertThat(score.fit()).isLessThanOrEqualTo(cap));
            model.engagement().cap().ifPresent(cap -> assertThat(score.engagement()).isLessThanOrEqualTo(cap));
            model.totalCap().ifPresent(cap -> assertThat(score.total()).isLessThanOrEqualTo(cap));
            for (ScoreLine line : score.lines()) {
                ScoringRule rule = ruleById(model, line.ruleId());
                rule.cap().ifPresent(cap -> assertThat(line.afterRuleCap().abs()).isLessThanOrEqualTo(cap));
                if (line.afterRuleCap().signum() < 0) {
                    assertThat(line.points()).as("penalties are never cut").isEqualByComparingTo(line.afterRuleCap());
                } else {
                    assertThat(line.afterGroupCap()).isBetween(BigDecimal.ZERO, line.afterRuleCap());
                    assertThat(line.points()).isBetween(BigDecimal.ZERO, line.afterGroupCap());
                }
            }
        });
    }

    @Test
    void theScoreIsTheSumOfItsBreakdown() {
        qt().withExamples(EXAMPLES).forAll(models(false), leads()).checkAssert((model, lead) -> {
            LeadScore score = model.compile().score(lead, NOW);
            BigDecimal sum = score.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(score.total());
            assertThat(ScoringGenerators.sum(score.lines(), RuleGroup.FIT).orElse(BigDecimal.ZERO))
                    .isEqualByComparingTo(score.fit());
            assertThat(ScoringGenerators.sum(score.lines(), RuleGroup.ENGAGEMENT).orElse(BigDecimal.ZERO))
                    .isEqualByComparingTo(score.engagement());
            assertThat(score.total().movePointRight(2).longValueExact()).isEqualTo(score.totalHundredths());
        });
    }

    @Test
    void aModelSurvivesAJsonRoundTrip() {
        qt().withExamples(EXAMPLES).forAll(models(false), leads()).checkAssert((model, lead) -> {
            ScoringModel read = ScoringModelJson.read(ScoringModelJson.write(model));
            assertThat(read).isEqualTo(model);
            assertThat(read.compile().score(lead, NOW)).isEqualTo(model.compile().score(lead, NOW));
        });
    }

    private static Map<String, BigDecimal> decayedMagnitudes(LeadScore score) {
        Map<String, BigDecimal> magnitudes = new HashMap<>();
        for (ScoreLine line : score.lines()) {
            if (line.group() == RuleGroup.ENGAGEMENT) {
                magnitudes.put(line.ruleId(), line.decayedPoints().abs());
            }
        }
        return magnitudes;
    }

    private static ScoringRule ruleById(ScoringModel model, String id) {
        return java.util.stream.Stream.concat(model.fit().rules().stream(), model.engagement().rules().stream())
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
