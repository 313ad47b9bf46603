package dev.crmkit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.contact.LifecycleStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Building and validating models in code. */
class ScoringModelTest {
    private static final ScoringRule TITLE = ScoringRule.builder("title").when(Condition.exists("contact.title")).points(5).build();
    private static final ScoringRule OPENS = ScoringRule.builder("opens").when(Condition.events("email_open", 1, null))
            .points(1).build();

    private static void assertInvalid(Runnable build, String field) {
        assertThatThrownBy(build::run)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void buildsAValue() {
        ScoringModel a = ScoringModel.builder("m", 2).fit(TITLE).engagement(OPENS).fitCap(10).totalCap(20)
                .engagementDecay(Decay.halfLife(Duration.ofDays(30))).threshold(15, LifecycleStage.MARKETING_QUALIFIED).build();
        ScoringModel b = a.toBuilder().build();
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.key()).isEqualTo("m@2");
        assertThat(a.group(RuleGroup.FIT).rules()).containsExactly(TITLE);
        assertThat(a.toBuilder().engagement(ScoringRule.builder("clicks").when(Condition.events("email_click", 1, null))
                .points(2).build()).build()).isNotEqualTo(a);
    }

    @Test
    void pointsAreNormalizedSoEqualValuesAreEqual() {
        ScoringRule ten = ScoringRule.builder("r").when(Condition.exists("contact.title")).points("10.00").build();
        assertThat(ten.points()).isEqualTo(new BigDecimal("10"));
        assertThat(ten).isEqualTo(ScoringRule.builder("r").when(Condition.exists("contact.title")).points(10).build());
        assertInvalid(() -> ScoringRule.builder("r").when(Condition.exists("contact.title")).points("0.125").build(), "points");
        assertInvalid(() -> ScoringRule.builder("r").when(Condition.exists("contact.title")).points(1_000_001).build(), "points");
    }

    @Test
    void rejectsInvalidModels() {
        assertInvalid(() -> ScoringModel.builder(" ", 1).fit(TITLE).build(), "name");
        assertInvalid(() -> ScoringModel.builder("m", 0).fit(TITLE).build(), "version");
        assertInvalid(() -> ScoringModel.builder("m", 1).build(), "fit.rules");
        assertInvalid(() -> ScoringModel.builder("m", 1).fit(TITLE, TITLE).build(), "fit.rules[1].id");
        assertInvalid(() -> ScoringModel.builder("m", 1).fit(TITLE).engagement(
                ScoringRule.builder("title").when(Condition.events("x", 1, null)).points(1).build()).build(),
                "engagement.rules[0].id");
        assertInvalid(() -> ScoringModel.builder("m", 1).fit(OPENS).build(), "fit.rules[0].when");
        assertInvalid(() -> ScoringModel.builder("m", 1).engagement(TITLE).build(), "engagement.rules[0].when");
        assertInvalid(() -> ScoringModel.builder("m", 1).fit(ScoringRule.builder("t").when(Condition.exists("contact.title"))
                .points(1).award(Award.EACH_EVENT).build()).build(), "fit.rules[0].award");
        assertInvalid(() -> new ScoringModel("m", 1, Optional.empty(),
                new RuleSet(Optional.empty(), Optional.of(Decay.none()), List.of(TITLE)), RuleSet.EMPTY, Optional.empty(),
                List.of()), "fit.decay");
    }

    @Test
    void rejectsInvalidRules() {
        assertInvalid(() -> ScoringRule.builder("has space").when(Condition.exists("contact.title")).points(1).build(), "id");
        assertInvalid(() -> ScoringRule.builder(".dot").when(Condition.exists("contact.title")).points(1).build(), "id");
        assertInvalid(() -> ScoringRule.builder("r").points(1).build(), "when");
        assertInvalid(() -> ScoringRule.builder("r").when(Condition.exists("contact.title")).build(), "points");
        assertThat(ScoringRule.builder("Fit.size-1_a").when(Condition.exists("contact.title")).points(1).build().id())
                .isEqualTo("Fit.size-1_a");
    }

    @Test
    void rulesDescribeThemselves() {
        assertThat(TITLE.describe()).isEqualTo("contact.title is set");
        assertThat(ScoringRule.builder("r").description("Has a title").when(Condition.exists("contact.title")).points(1)
                .build().describe()).isEqualTo("Has a title");
    }
}
