package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.support.CrmFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelinesTest {
    private final CrmFixture fx = new CrmFixture();

    @Test
    void createFromATemplateOrABuilder() {
        Pipeline hubspot = fx.hubspot();
        Pipeline custom = fx.tenant.pipelines().create(p -> p.name("Partners").addStages(
                Stage.builder().key("talking").name("Talking").defaultProbability(Percentage.of(30)).build(),
                Stage.builder().key("signed").name("Signed").defaultProbability(Percentage.HUNDRED_PERCENT).kind(StageKind.WON).build(),
                Stage.builder().key("gone").name("Gone").defaultProbability(Percentage.ZERO).kind(StageKind.LOST).build()));

        assertThat(hubspot.createdAt()).isEqualTo(CrmFixture.START);
        assertThat(fx.tenant.pipelines().list()).containsExactly(hubspot, custom);
    }

    @Test
    void aPipelineWithDealsCannotBeDeleted() {
        Pipeline sales = fx.hubspot();
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal"));

        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.pipelines().delete(sales.id(), sales.version()));

        assertThat(e.violations()).extracting(RuleViolation::ruleId).containsExactly(CrmRuleIds.PIPELINE_IN_USE);
        fx.tenant.deals().delete(deal.id(), deal.version());
        fx.tenant.pipelines().delete(sales.id(), sales.version());
        assertThat(fx.tenant.pipelines().list()).isEmpty();
    }

    @Test
    void stagesWithDealsCannotBeRemovedOrChangeKind() {
        Pipeline sales = fx.hubspot();
        fx.tenant.deals().create(sales.id(), d -> d.name("Deal"));
        List<Stage> withoutFirst = sales.stages().subList(1, sales.stages().size());

        RuleViolationException removed = catchThrowableOfType(RuleViolationException.class,
                () -> fx.tenant.pipelines().update(sales.withStages(withoutFirst)));
        assertThat(removed.violations()).extracting(RuleViolation::ruleId).containsExactly(CrmRuleIds.STAGE_IN_USE);

        List<Stage> emptyStageRemoved = new java.util.ArrayList<>(sales.stages());
        emptyStageRemoved.remove(1);
        Pipeline updated = fx.tenant.pipelines().update(sales.withStages(emptyStageRemoved));
        assertThat(updated.stageKeys()).doesNotContain("qualified-to-buy");
        assertThat(updated.version()).isEqualTo(2);
    }
}
