package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.UnitOfWork;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@link PipelineRepository}: CRUD, every field kept, listing by creation moment then id. */
public abstract class PipelineRepositoryContract extends AggregateRepositoryContract<Pipeline, PipelineId> {
    private int counter;

    @Override
    protected PipelineRepository repository(UnitOfWork uow) {
        return uow.pipelines();
    }

    @Override
    protected Pipeline newRecord() {
        counter++;
        return data.pipeline("Pipeline " + counter);
    }

    @Override
    protected Pipeline changed(Pipeline record) {
        return record.withName(record.name() + " v2").withAllowReopen(!record.allowReopen())
                .withUpdatedAt(record.updatedAt().plusSeconds(5));
    }

    @Override
    protected PipelineId idOf(Pipeline record) {
        return record.id();
    }

    @Override
    protected long versionOf(Pipeline record) {
        return record.version();
    }

    @Override
    protected Pipeline withVersion(Pipeline record, long version) {
        return record.withVersion(version);
    }

    @Override
    protected String expectedKind() {
        return "Pipeline";
    }

    @Test
    void findAllListsByCreationMomentThenId() {
        Pipeline late = data.pipeline("Late", TckData.at(10));
        Pipeline early = data.pipeline("Early", TckData.at(-10));
        Pipeline sameA = data.pipeline("Same A");
        Pipeline sameB = data.hubspotPipeline("Same B");
        insert(List.of(sameB, late, sameA, early));

        assertThat(tx((UnitOfWork uow) -> uow.pipelines().findAll())).extracting(Pipeline::name)
                .containsExactly("Early", "Same A", "Same B", "Late");
    }

    @Test
    void keepsStagesInOrderAndEveryRule() {
        Pipeline custom = Pipeline.builder().id(data.pipelineId()).name("Custom").createdAt(TckData.NOW)
                .addStages(
                        Stage.builder().key("new").name("New 🆕").defaultProbability(Percentage.parse("12.5"))
                                .rottingDays(7).build(),
                        Stage.builder().key("qualified").name("Qualifiziert").defaultProbability(Percentage.of(40))
                                .defaultForecastCategory(ForecastCategory.BEST_CASE)
                                .addRequiredFields(StageRequirement.AMOUNT, StageRequirement.CONTACTS).build(),
                        Stage.builder().key("won").name("Won").defaultProbability(Percentage.HUNDRED_PERCENT).kind(StageKind.WON).build(),
                        Stage.builder().key("lost").name("Lost").defaultProbability(Percentage.ZERO).kind(StageKind.LOST).build())
                .transitionPolicy(new TransitionPolicy.Graph(Map.of("new", Set.of("qualified", "lost"),
                        "qualified", Set.of("won", "lost", "new"))))
                .allowReopen(false).updatedAt(TckData.at(1)).build();

        assertThat(insert(custom)).isEqualTo(custom.withVersion(1));
        assertThat(reread(custom.id())).contains(custom.withVersion(1));
        Pipeline fewerStages = custom.withVersion(1).withTransitionPolicy(TransitionPolicy.ANY_TO_ANY)
                .withStages(custom.stages().get(0), custom.stages().get(2), custom.stages().get(3));
        Pipeline updated = tx(uow -> uow.pipelines().update(fewerStages));
        assertThat(reread(custom.id())).contains(updated);
        assertThat(updated.stageKeys()).containsExactly("new", "won", "lost");
    }
}
