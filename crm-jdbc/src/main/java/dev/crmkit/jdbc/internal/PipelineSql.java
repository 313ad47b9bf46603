package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of the {@code pipeline} table; the stages live in {@code pipeline_stage}. */
final class PipelineSql extends MainTableSql {
    static final String FIELDS = "name, transition_policy, allow_reopen, updated_at";
    static final String SELECT = "t.name, t.transition_policy, t.allow_reopen, t.updated_at, t.created_at, t.version";

    final String selectAll;

    PipelineSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "pipeline", FIELDS, SELECT);
        this.selectAll = selectFrom + " ORDER BY t.tenant_id, t.created_at, t.id";
    }
}
