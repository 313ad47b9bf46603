package dev.crmkit.jdbc.internal;

/**
 * SQL of {@code pipeline_stage}: a pipeline's stages in order. Deal aggregations join it for the stage kind
 * and default probability.
 */
final class PipelineStageSql extends ChildSql {
    PipelineStageSql(Tables tables) {
        super(tables, "pipeline_stage", "pipeline_id", """
                stage_key, name, kind, default_probability, default_forecast_category, rotting_days, required_fields""");
    }
}
