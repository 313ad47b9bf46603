package dev.crmkit.jdbc.internal;

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
    private final Tables tables;

    StageChangeSql(Tables tables) {
        this.tables = tables;
        this.insert = Sql.insert(tables.table("stage_change"), COLUMNS);
        this.selectFrom = tables.sql(SELECT);
        this.forDeal = selectFrom + " AND t.deal_id = ? ORDER BY t.changed_at, t.id";
    }

    /** The histories of {@code n} deals. */
    String forDeals(int n) {
        return selectFrom + " AND t.deal_id IN " + Sql.in(n) + " ORDER BY t.deal_id, t.changed_at, t.id";
    }

    /** Which of {@code n} deals exist. */
    String existingDeals(int n) {
        return tables.sql("SELECT id FROM {p}deal WHERE tenant_id = ? AND id IN ") + Sql.in(n);
    }
}
