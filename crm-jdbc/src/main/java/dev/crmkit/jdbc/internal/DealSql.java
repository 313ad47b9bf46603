package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of the {@code deal} table, including the aggregations behind the pipeline board and forecasts: a
 * {@code GROUP BY} in the database with {@code pipeline_stage} joined for each stage's kind and default
 * probability (after grouping for one pipeline's board, before it across pipelines).
 */
final class DealSql extends MainTableSql {
    static final String FIELDS = """
            name, account_id, pipeline_id, stage, stage_entered_at, amount, currency, expected_close_date, owner_id,
            probability_override, forecast_category_override, lost_reason, source, closed_at, last_activity_at,
            updated_at""";
    static final String SELECT = """
            t.name, t.account_id, t.pipeline_id, t.stage, t.stage_entered_at, t.amount, t.currency,
            t.expected_close_date, t.owner_id, t.probability_override, t.forecast_category_override, t.lost_reason,
            t.source, t.closed_at, t.last_activity_at, t.updated_at, t.created_at, t.version""";

    /**
     * The inner aggregation, over the deals only (an index-only scan of the board index when filtered by
     * pipeline): per pipeline, stage, requested keys and currency, the count, the amount, the amount x
     * override of deals with a probability override, and the amount of deals without one.
     */
    static final String INNER_MEASURES = """
            t.currency AS currency, COUNT(*) AS cnt, SUM(t.amount) AS amt,
            SUM(t.amount * t.probability_override) AS amt_override,
            SUM(CASE WHEN t.probability_override IS NULL THEN t.amount END) AS amt_default""";

    /**
     * The outer measures over the (few) inner groups joined to their stage: won stages weigh 100, lost 0,
     * open ones the override or the stage default. Weighted sums are amount x percent, divided by 100 in Java
     * so the result stays exact on every database. A stage missing from its pipeline has default 0.
     */
    static final String OUTER_MEASURES = """
            g.currency, SUM(g.cnt), SUM(g.amt),
            SUM(CASE s.kind WHEN 'WON' THEN g.amt * 100 WHEN 'LOST' THEN 0
                ELSE COALESCE(g.amt_override, 0) + COALESCE(g.amt_default * s.default_probability, 0) END)""";
    /**
     * The measures of a one-level aggregation, each deal joined to its stage: the same weighting as
     * {@link #OUTER_MEASURES}, summed per row.
     */
    static final String ROW_MEASURES = """
            t.currency, COUNT(*), SUM(t.amount),
            SUM(CASE s.kind WHEN 'WON' THEN t.amount * 100 WHEN 'LOST' THEN 0
                ELSE t.amount * COALESCE(t.probability_override, s.default_probability) END)""";


    /** The deals alone, for {@link Where#select}. */
    final String dealTable;
    /** Each deal joined to its stage, for {@link Where#select}. */
    final String dealJoinStage;
    final String stageJoinOfPipeline;
    /** Deals that have a contact: bind the tenant, then the contact. */
    final Where.Through withContact;

    DealSql(Tables tables, Dialect dialect) {
        super(tables, dialect, "deal", FIELDS, SELECT);
        this.dealTable = tables.sql(" FROM {p}deal t");
        this.dealJoinStage = tables.sql("""
                 FROM {p}deal t LEFT JOIN {p}pipeline_stage s ON s.tenant_id = t.tenant_id
                    AND s.pipeline_id = t.pipeline_id AND s.stage_key = t.stage""");
        this.stageJoinOfPipeline = tables.sql("""
                 g LEFT JOIN {p}pipeline_stage s ON s.tenant_id = ? AND s.pipeline_id = ? AND s.stage_key = g.stage""");
        this.withContact = new Where.Through(
                tables.sql("JOIN {p}deal_contact dc ON dc.tenant_id = t.tenant_id AND dc.deal_id = t.id"),
                "dc.tenant_id = ? AND dc.contact_id = ?");
    }
}
