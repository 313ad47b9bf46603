package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/** SQL of the append-only {@code stage_change} table. */
final class StageChangeSql {
    static final String COLUMNS = """
            tenant_id, id, deal_id, pipeline_id, from_stage, to_stage, changed_at, amount, currency,
            expected_close_date, probability, changed_by""";
    static final String SELECT = """
            SELECT t.id, t.deal_id, t.pipeline_id, t.from_stage, t.to_stage, t.changed_at, t.amount, t.currency,
                t.expected_close_date, t.probability, t.changed_by
            FROM {p}stage_change t
            WHERE t.tenant_id = ?""";

    final String insert;
    final String selectFrom;
    final String forDeal;
    /** The histories of some deals (bind the tenant). */
    final KeyLookup forDeals;
    /** Which of some deals exist (bind the tenant). */
    final KeyLookup existingDeals;

    StageChangeSql(Tables tables, Dialect dialect) {
        this.insert = Sql.insert(tables.table("stage_change"), COLUMNS);
        this.selectFrom = tables.sql(SELECT);
        this.forDeal = selectFrom + " AND t.deal_id = ? ORDER BY t.changed_at, t.id";
        this.forDeals = KeyLookup.select(dialect, """
                t.id, t.deal_id, t.pipeline_id, t.from_stage, t.to_stage, t.changed_at, t.amount, t.currency, \
                t.expected_close_date, t.probability, t.changed_by""", tables.table("stage_change") + " t", "",
                "t.tenant_id = ?", "t.deal_id", "UUID", "deal_id, changed_at, id", "");
        this.existingDeals = KeyLookup.select(dialect, "id", tables.table("deal"), "", "tenant_id = ?", "id", "UUID", "", "");
    }
}
