package dev.crmkit.core.model.deal;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class StageChangeTest {

    private static StageChange.Builder change() {
        return StageChange.builder().id(Fixtures.stageChangeId(1)).deal(Fixtures.dealId(1)).pipeline(Fixtures.pipelineId(1))
                .toStage("open-b").changedAt(Fixtures.T0).probability(Percentage.of(40));
    }

    @Test
    void aCreationEntryHasNoFromStage() {
        assertThat(change().build().fromStage()).isEmpty();
        assertThat(change().fromStage("open-a").build().fromStage()).contains("open-a");
    }

    @Test
    void rejectsBlankStagesAndMissingValues() {
        assertRejected("toStage", () -> change().toStage(" ").build());
        assertRejected("fromStage", () -> change().fromStage("").build());
        assertRejected("probability", () -> StageChange.builder().id(Fixtures.stageChangeId(1)).deal(Fixtures.dealId(1))
                .pipeline(Fixtures.pipelineId(1)).toStage("a").changedAt(Fixtures.T0).build());
    }
}
