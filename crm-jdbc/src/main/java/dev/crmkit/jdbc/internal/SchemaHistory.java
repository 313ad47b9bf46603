package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema-history table of one store (Flyway's layout, see {@link SchemaHistorySql}): whether it exists,
 * its versioned rows, and the writes the migration runner makes. Every method runs its statement on the given
 * connection in whatever transaction mode the caller set, and commits nothing itself.
 */
final class SchemaHistory {
    private final Dialect dialect;
    private final String table;
    private final SchemaHistorySql sql;

    /** @param table the table name, unquoted (it is always written quoted, as Flyway does) */
    SchemaHistory(Dialect dialect, String table) {
        this.dialect = dialect;
        this.table = table;
        this.sql = new SchemaHistorySql(dialect, table);
    }

    String table() {
        return table;
    }

    boolean exists(Connection connection) throws SQLException {
        // quoted everywhere, so the name is stored exactly as written, whatever the database's case rules
        return TableCatalog.existing(connection, List.of(table), true).contains(table);
    }

    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.createHistoryTable(dialect.quoteIdentifier(table), table));
        }
    }

    /** Versioned rows in rank order; Flyway's own marker rows (schema creation, baseline, deletions) are skipped. */
    List<HistoryRow> read(Connection connection) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql.select)) {
            while (result.next()) {
                int rank = result.getInt(1);
                String version = result.getString(2);
                String type = result.getString(4);
                String script = result.getString(5);
                int checksum = result.getInt(6);
                Integer checksumOrNull = result.wasNull() ? null : checksum;
                boolean success = result.getBoolean(7);
                if (version != null && !"SCHEMA".equals(type) && !"BASELINE".equals(type) && !"DELETE".equals(type)) {
                    rows.add(new HistoryRow(rank, version, script, checksumOrNull, success));
                }
            }
        }
        return rows;
    }

    /**
     * The highest rank of any row, Flyway's marker rows included, so a new row never takes a rank a marker row
     * (which {@link #read} leaves out) already has; 0 for an empty history.
     */
    int highestRank(Connection connection) throws SQLException {
        int highest = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql.select)) {
            while (result.next()) {
                highest = Math.max(highest, result.getInt(1));
            }
        }
        return highest;
    }

    /**
     * Records a migration: finished ({@code success}) or, written before its first statement, unfinished until
     * {@link #markSucceeded} (so that a start that dies half-way leaves a row the next start can resume).
     */
    void insert(Connection connection, Migration migration, int rank, long millis, boolean success) throws SQLException {
        String user = Optional.ofNullable(connection.getMetaData().getUserName()).orElse("");
        try (PreparedStatement insert = connection.prepareStatement(sql.insert)) {
            insert.setInt(1, rank);
            insert.setString(2, migration.version());
            insert.setString(3, migration.description());
            insert.setString(4, migration.script());
            insert.setInt(5, migration.checksum());
            insert.setString(6, user.length() > 100 ? user.substring(0, 100) : user);
            insert.setInt(7, clampMillis(millis));
            insert.setBoolean(8, success);
            insert.executeUpdate();
        }
    }

    void markSucceeded(Connection connection, int rank, long millis) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql.succeed)) {
            update.setBoolean(1, true);
            update.setInt(2, clampMillis(millis));
            update.setInt(3, rank);
            update.executeUpdate();
        }
    }

    void delete(Connection connection, int rank) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql.delete)) {
            delete.setInt(1, rank);
            delete.executeUpdate();
        }
    }

    private static int clampMillis(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, millis));
    }
}
