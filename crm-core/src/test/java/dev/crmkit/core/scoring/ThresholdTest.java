package dev.crmkit.core.scoring;

import static dev.crmkit.core.scoring.Leads.NOW;
import static dev.crmkit.core.scoring.Leads.contact;
import static dev.crmkit.core.scoring.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Thresholds map a total to the stage of the highest threshold reached. */
class ThresholdTest {

    private static Optional<LifecycleStage> suggestion(long points) {
        ScoringModel model = ScoringModel.builder("thresholds", 1)
                .fit(ScoringRule.builder("r").when(Condition.exists("contact.email")).points(points).build())
                .threshold(40, LifecycleStage.MARKETING_QUALIFIED).threshold(70, LifecycleStage.SALES_QUALIFIED)
                .build();
        return model.compile().score(lead(contact().build()), NOW).suggestedStage();
    }

    @ParameterizedTest(name = "score {0} suggests {1}")
    @CsvSource({"-10, ", "0, ", "39, ", "40, MARKETING_QUALIFIED", "69, MARKETING_QUALIFIED", "70, SALES_QUALIFIED",
        "500, SALES_QUALIFIED"})
    void suggestsTheStageOfTheHighestThresholdReached(long points, LifecycleStage expected) {
        assertThat(suggestion(points)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void thresholdsMustAscendInScoreAndFunnelOrder() {
        ScoringRule rule = ScoringRule.builder("r").when(Condition.exists("contact.email")).points(1).build();
        assertThatThrownBy(() -> ScoringModel.builder("t", 1).fit(rule)
                .threshold(70, LifecycleStage.SALES_QUALIFIED).threshold(40, LifecycleStage.MARKETING_QUALIFIED).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("thresholds[1].score"));
        assertThatThrownBy(() -> ScoringModel.builder("t", 1).fit(rule)
                .threshold(40, LifecycleStage.SALES_QUALIFIED).threshold(70, LifecycleStage.MARKETING_QUALIFIED).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("thresholds[1].stage"));
        assertThatThrownBy(() -> ScoringModel.builder("t", 1).fit(rule)
                .threshold(40, LifecycleStage.MARKETING_QUALIFIED).threshold(40, LifecycleStage.SALES_QUALIFIED).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("thresholds[1].score"));
        assertThatThrownBy(() -> Threshold.of(10, LifecycleStage.OTHER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("stage"));
    }
}
