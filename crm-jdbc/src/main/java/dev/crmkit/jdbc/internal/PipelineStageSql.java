package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of {@code pipeline_stage}: a pipeline's stages in order. Deal aggregations join it for the stage kind
 * and default probability.
 */
final class PipelineStageSql extends ChildSql {
    PipelineStageSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "pipeline_stage", "pipeline_id", """
                stage_key, name, kind, default_probability, default_forecast_category, rotting_days, required_fields""");
    }
}
