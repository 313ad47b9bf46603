package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;

/**
 * SQL of the {@code activity} table. {@code timeline_at} (occurred, else due, else created) is stored so
 * timelines are index range scans; {@code subject_lc} and {@code body_lc} are lower-cased in Java so
 * case-insensitive search means exactly what {@code String.toLowerCase(Locale.ROOT)} means on every database.
 */
final class ActivitySql extends MainTableSql {
    static final String FIELDS = """
            type, subject, subject_lc, body, body_lc, occurred_at, due_at, timeline_at, done, completed_at,
            duration_seconds, duration_nanos, outcome, contact_id, account_id, deal_id, owner_id, updated_at""";
    static final String SELECT = """
            t.type, t.subject, t.body, t.occurred_at, t.due_at, t.timeline_at, t.done, t.completed_at,
            t.duration_seconds, t.duration_nanos, t.outcome, t.contact_id, t.account_id, t.deal_id, t.owner_id,
            t.updated_at, t.created_at, t.version""";

    ActivitySql(Tables tables, Dialect dialect) {
        super(tables, dialect, "activity", FIELDS, SELECT);
    }
}
