package dev.crmkit.core.rules;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ProbabilitiesTest {
    private final Pipeline pipeline = Fixtures.pipeline().build();
    private final Deal deal = Fixtures.deal().stage("open-b").build();
    private final Deal overridden = Fixtures.deal().stage("open-b").probabilityOverride(Percentage.of(65))
            .forecastCategoryOverride(ForecastCategory.COMMIT).build();

    @Test
    void openDealsUseTheStageDefault() {
        assertThat(Probabilities.effectiveProbability(deal, pipeline)).isEqualTo(Percentage.of(40));
        assertThat(Probabilities.effectiveForecastCategory(deal, pipeline)).isEqualTo(ForecastCategory.BEST_CASE);
    }

    @Test
    void openDealsPreferTheirOverride() {
        assertThat(Probabilities.effectiveProbability(overridden, pipeline)).isEqualTo(Percentage.of(65));
        assertThat(Probabilities.effectiveForecastCategory(overridden, pipeline)).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void wonDealsAreHundredPercentAndClosedWhateverTheOverride() {
        Deal won = overridden.withStage("won");
        assertThat(Probabilities.effectiveProbability(won, pipeline)).isEqualTo(Percentage.HUNDRED_PERCENT);
        assertThat(Probabilities.effectiveForecastCategory(won, pipeline)).isEqualTo(ForecastCategory.CLOSED);
    }

    @Test
    void lostDealsAreZeroAndOmittedWhateverTheOverride() {
        Deal lost = overridden.withStage("lost");
        assertThat(Probabilities.effectiveProbability(lost, pipeline)).isEqualTo(Percentage.ZERO);
        assertThat(Probabilities.effectiveForecastCategory(lost, pipeline)).isEqualTo(ForecastCategory.OMITTED);
    }

    @Test
    void stageOverloadsAgreeWithPipelineOverloads() {
        assertThat(Probabilities.effectiveProbability(overridden, pipeline.requireStage("won"))).isEqualTo(Percentage.HUNDRED_PERCENT);
        assertThat(Probabilities.effectiveForecastCategory(deal, pipeline.requireStage("open-c"))).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void unknownStagesAreRejected() {
        assertRejected("stage", () -> Probabilities.effectiveProbability(deal.withStage("ghost"), pipeline));
        assertRejected("stage", () -> Probabilities.effectiveForecastCategory(deal.withStage("ghost"), pipeline));
    }
}
