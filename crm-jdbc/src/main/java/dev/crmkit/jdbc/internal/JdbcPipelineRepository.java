package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.spi.PipelineRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Pipelines in SQL: the {@code pipeline} table and its stages in {@code pipeline_stage}. */
final class JdbcPipelineRepository extends AggregateTable<Pipeline, PipelineId, Pipeline.Builder>
        implements PipelineRepository {
    private final StoreSql sql;

    JdbcPipelineRepository(Session session, StoreSql sql) {
        super(session, sql.pipeline, List.of(new ListChildTable<Pipeline, Pipeline.Builder, Stage>(sql.pipelineStage,
                pl -> pl.id().value(), Pipeline::stages,
                (p, s) -> p.string(s.key()).string(s.name()).enumName(s.kind()).decimal(s.defaultProbability().value())
                        .enumName(s.defaultForecastCategory()).intValue(s.rottingDays())
                        .string(sql.json.requirements(s.requiredFields())),
                r -> Stage.builder().key(r.string()).name(r.string()).kind(r.enumValue(StageKind.class))
                        .defaultProbability(new Percentage(r.decimal()))
                        .defaultForecastCategory(r.enumValue(ForecastCategory.class)).rottingDays(r.intValue())
                        .requiredFields(sql.json.requirements(r.string())).build(),
                Pipeline.Builder::stages)), null);
        this.sql = sql;
    }

    @Override
    public String kind() {
        return "Pipeline";
    }

    @Override
    UUID idOf(Pipeline entity) {
        return entity.id().value();
    }

    @Override
    PipelineId toId(UUID value) {
        return new PipelineId(value);
    }

    @Override
    long versionOf(Pipeline entity) {
        return entity.version();
    }

    @Override
    Instant createdAtOf(Pipeline entity) {
        return entity.createdAt();
    }

    @Override
    Pipeline withVersion(Pipeline entity, long version) {
        return entity.withVersion(version);
    }

    @Override
    Pipeline withIdentity(Pipeline entity, UUID id, Instant createdAt, long version, Set<ExternalId> externalIds) {
        throw new UnsupportedOperationException("pipelines have no external ids");
    }

    @Override
    Set<ExternalId> externalIdsOf(Pipeline entity) {
        return Set.of();
    }

    @Override
    void bindFields(Params p, Pipeline pipeline) throws SQLException {
        p.string(pipeline.name()).string(sql.json.transitionPolicy(pipeline.transitionPolicy()))
                .bool(pipeline.allowReopen()).instant(pipeline.updatedAt());
    }

    @Override
    Pipeline.Builder read(UUID id, Row r) throws SQLException {
        return Pipeline.builder().id(new PipelineId(id)).name(r.string())
                .transitionPolicy(sql.json.transitionPolicy(r.string())).allowReopen(r.bool()).updatedAt(r.instant())
                .createdAt(r.instant()).version(r.longValue());
    }

    @Override
    Pipeline build(Pipeline.Builder builder) {
        return builder.build();
    }

    @Override
    public List<Pipeline> findAll() {
        return load(sql.pipeline.selectAll, p -> p.tenant(session.tenant()));
    }
}
