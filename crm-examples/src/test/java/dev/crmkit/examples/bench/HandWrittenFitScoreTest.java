package dev.crmkit.examples.bench;

import dev.crmkit.core.scoring.CompiledScoringModel;
import dev.crmkit.core.scoring.LeadScore;
import dev.crmkit.core.scoring.ScoreLine;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.core.scoring.ScoringModelTemplates;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring benchmark's baseline computes exactly what CRMKit computes for the same leads. */
class HandWrittenFitScoreTest {
    private static final LeadFixtures LEADS = LeadFixtures.generate(ScoringBenchmark.LEADS, 7L);

    @Test
    void handWrittenFitPointsEqualCrmkitsFitOnlyModelForEveryLead() {
        CompiledScoringModel fitOnly = ScoringBenchmark.fitRulesOf(ScoringModelTemplates.b2bDefault()).compile();
        for (int i = 0; i < ScoringBenchmark.LEADS; i++) {
            LeadScore crmkit = fitOnly.score(LEADS.profiles().get(i), LeadFixtures.NOW);
            assertThat(HandWrittenFitScore.score(LEADS.facts().get(i)) * 100L).as("lead %d", i)
                    .isEqualTo(crmkit.totalHundredths());
        }
    }

    @Test
    void theLeadsMakeEveryRuleOfTheModelFireAndTheCapBite() {
        ScoringModel model = ScoringModelTemplates.b2bDefault();
        CompiledScoringModel compiled = model.compile();
        Set<String> fired = new HashSet<>();
        boolean capped = false;
        for (int i = 0; i < ScoringBenchmark.LEADS; i++) {
            LeadScore score = compiled.score(LEADS.profiles().get(i), LeadFixtures.NOW);
            score.lines().stream().map(ScoreLine::ruleId).forEach(fired::add);
            capped |= HandWrittenFitScore.score(LEADS.facts().get(i)) == 50;
        }
        List<String> ruleIds = java.util.stream.Stream.concat(model.fit().rules().stream(), model.engagement().rules().stream())
                .map(dev.crmkit.core.scoring.ScoringRule::id).toList();
        assertThat(fired).containsAll(ruleIds);
        assertThat(capped).isTrue();
    }
}
