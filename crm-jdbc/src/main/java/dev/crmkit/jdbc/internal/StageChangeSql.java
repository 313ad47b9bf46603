package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;

/** SQL of the append-only {@code stage_change} table. */
final class StageChangeSql {
    static final String COLUMNS = """
            tenant_id, id, deal_id, pipeline_id, from_stage, to_stage, changed_at, amount, currency,
            expected_close_date, probability, changed_by""";
    private static final String SELECT_LIST = """
            SELECT t.id, t.deal_id, t.pipeline_id, t.from_stage, t.to_stage, t.changed_at, t.amount, t.currency,
                t.expected_close_date, t.probability, t.changed_by
            FROM {p}stage_change t""";
    static final String SELECT = SELECT_LIST + " WHERE t.tenant_id = ?";

    final String insert;
    /** The select list of the table (alias {@code t}), for {@link Where#select}. */
    final String select;
    final String forDeal;
    private final Tables tables;
    private final Dialect dialect;

    StageChangeSql(Tables tables, Dialect dialect) {
        this.tables = tables;
        this.dialect = dialect;
        this.insert = Sql.insert(tables.table("stage_change"), COLUMNS);
        this.select = tables.sql(SELECT_LIST);
        this.forDeal = tables.sql(SELECT) + " AND t.deal_id = ? ORDER BY t.changed_at, t.id";
    }

    /** The histories of {@code n} deals. */
    String forDeals(int n) {
        return tables.sql(SELECT_LIST) + " WHERE " + Sql.keyIn(dialect, List.of("t.tenant_id"), "t.deal_id", n)
                + " ORDER BY t.deal_id, t.changed_at, t.id";
    }

    /** Which of {@code n} deals exist. */
    String existingDeals(int n) {
        return tables.sql("SELECT id FROM {p}deal WHERE ") + Sql.keyIn(dialect, List.of("tenant_id"), "id", n);
    }
}
