package dev.crmkit.examples.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The hand-written JDBC baselines of the read benchmarks, over CRMKit's own tables: the queries a developer
 * would write against this schema without CRMKit, each on a pooled connection in auto-commit mode.
 */
public final class PlainQueries {
    /** The effective probability of a deal in percent, as CRMKit defines it (won 100, lost 0, else override or default). */
    private static final String WEIGHTED = "SUM(d.amount * CASE s.kind WHEN 'WON' THEN 100 WHEN 'LOST' THEN 0"
            + " ELSE COALESCE(d.probability_override, s.default_probability) END)";
    private static final String DEAL_COLUMNS = "t.id, t.name, t.pipeline_id, t.stage, t.created_at, t.amount, t.currency,"
            + " t.expected_close_date, t.owner_id, t.probability_override, t.closed_at, x.external_id";

    private final DataSource dataSource;
    private final BenchDatabase database;
    private final String tenant;
    private final String board;
    private final String forecastInputs;
    private final String firstDeals;
    private final String dealsAfter;
    private final String firstActivities;
    private final String activitiesBefore;

    /**
     * @param prefix the table prefix of the tables to read
     * @param tenant the tenant whose rows to read
     */
    public PlainQueries(DataSource dataSource, BenchDatabase database, String prefix, String tenant) {
        this.dataSource = dataSource;
        this.database = database;
        this.tenant = tenant;
        String stageJoin = " FROM " + prefix + "deal d LEFT JOIN " + prefix + "pipeline_stage s ON s.tenant_id = d.tenant_id"
                + " AND s.pipeline_id = d.pipeline_id AND s.stage_key = d.stage";
        this.board = "SELECT d.stage, d.currency, COUNT(*), SUM(d.amount), " + WEIGHTED + stageJoin
                + " WHERE d.tenant_id = ? AND d.pipeline_id = ? AND d.closed_at IS NULL GROUP BY d.stage, d.currency";
        this.forecastInputs = "SELECT d.owner_id, EXTRACT(YEAR FROM d.expected_close_date),"
                + " EXTRACT(MONTH FROM d.expected_close_date), d.currency, COUNT(*), SUM(d.amount), " + WEIGHTED + stageJoin
                + " WHERE d.tenant_id = ? AND d.closed_at IS NULL GROUP BY d.owner_id,"
                + " EXTRACT(YEAR FROM d.expected_close_date), EXTRACT(MONTH FROM d.expected_close_date), d.currency";
        String deals = "SELECT " + DEAL_COLUMNS + " FROM " + prefix + "deal t LEFT JOIN " + prefix + "external_id x"
                + " ON x.tenant_id = t.tenant_id AND x.object_type = 'DEAL' AND x.record_id = t.id WHERE t.tenant_id = ?";
        this.firstDeals = deals + " ORDER BY t.id LIMIT ?";
        this.dealsAfter = deals + " AND t.id > ? ORDER BY t.id LIMIT ?";
        String activities = "SELECT t.id, t.type, t.subject, t.occurred_at, t.outcome, t.contact_id, t.owner_id, t.created_at,"
                + " t.timeline_at FROM " + prefix + "activity t WHERE t.tenant_id = ? AND t.contact_id = ?";
        this.firstActivities = activities + " ORDER BY t.timeline_at DESC, t.id DESC LIMIT ?";
        this.activitiesBefore = activities + " AND (t.timeline_at < ? OR (t.timeline_at = ? AND t.id < ?))"
                + " ORDER BY t.timeline_at DESC, t.id DESC LIMIT ?";
    }

    /** The board of a pipeline's open deals: per stage and currency, count, amount and weighted amount. */
    public List<PlainAggregate> board(UUID pipeline) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(board)) {
            query.setString(1, tenant);
            database.setUuid(query, 2, pipeline);
            List<PlainAggregate> groups = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    groups.add(new PlainAggregate(rs.getString(1), null, null, null, rs.getString(2), rs.getLong(3),
                            orZero(rs.getBigDecimal(4)), weighted(rs.getBigDecimal(5))));
                }
            }
            return groups;
        }
    }

    /** The forecast inputs: open deals per owner, expected-close month and currency. */
    public List<PlainAggregate> forecastInputs() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(forecastInputs)) {
            query.setString(1, tenant);
            List<PlainAggregate> groups = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(2);
                    Integer closeYear = rs.wasNull() ? null : year;
                    int month = rs.getInt(3);
                    Integer closeMonth = rs.wasNull() ? null : month;
                    groups.add(new PlainAggregate(null, rs.getString(1), closeYear, closeMonth, rs.getString(4),
                            rs.getLong(5), orZero(rs.getBigDecimal(6)), weighted(rs.getBigDecimal(7))));
                }
            }
            return groups;
        }
    }

    /** A page of deals in id order: the first one, or the one after {@code afterId}. */
    public List<DealRow> deals(UUID afterId, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(afterId == null ? firstDeals : dealsAfter)) {
            int i = 1;
            query.setString(i++, tenant);
            if (afterId != null) {
                database.setUuid(query, i++, afterId);
            }
            query.setInt(i, limit);
            List<DealRow> rows = new ArrayList<>(limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DealRow(database.getUuid(rs, 1), rs.getString(2), database.getUuid(rs, 3), rs.getString(4),
                            database.getInstant(rs, 5), rs.getBigDecimal(6), rs.getString(7),
                            rs.getObject(8, LocalDate.class), rs.getString(9), rs.getBigDecimal(10),
                            database.getInstant(rs, 11), rs.getString(12)));
                }
            }
            return rows;
        }
    }

    /**
     * A page of a contact's timeline, newest first: the first one, or the one after the activity at
     * {@code beforeAt} with id {@code beforeId}.
     */
    public List<ActivityRow> timeline(UUID contact, Instant beforeAt, UUID beforeId, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(beforeAt == null ? firstActivities : activitiesBefore)) {
            int i = 1;
            query.setString(i++, tenant);
            database.setUuid(query, i++, contact);
            if (beforeAt != null) {
                database.setInstant(query, i++, beforeAt);
                database.setInstant(query, i++, beforeAt);
                database.setUuid(query, i++, beforeId);
            }
            query.setInt(i, limit);
            List<ActivityRow> rows = new ArrayList<>(limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ActivityRow(database.getUuid(rs, 1), rs.getString(2), rs.getString(3),
                            database.getInstant(rs, 4), rs.getString(5), database.getUuid(rs, 6), rs.getString(7),
                            database.getInstant(rs, 8)));
                }
            }
            return rows;
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal weighted(BigDecimal percentTimesAmount) {
        return percentTimesAmount == null ? BigDecimal.ZERO : percentTimesAmount.movePointLeft(2);
    }
}
