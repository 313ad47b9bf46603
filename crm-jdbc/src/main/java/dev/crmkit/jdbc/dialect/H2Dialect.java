package dev.crmkit.jdbc.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * H2 2.x: native {@code UUID} and {@code TIMESTAMP(6) WITH TIME ZONE}, upserts with {@code MERGE ... KEY},
 * and a migration lock made of a one-row table locked with {@code SELECT ... FOR UPDATE} on a connection of
 * its own (H2 has no advisory locks, and its DDL commits, which would release a lock held by the migrating
 * transaction). Names sort by generated columns of UTF-8 bytes ({@link #codePointOrder}).
 */
public class H2Dialect implements Dialect {
    /** How long a starting store waits for another one to finish migrating. */
    private static final int LOCK_WAIT_MILLIS = 10 * 60 * 1000;

    /**
     * H2's own error codes (SQLState in brackets where H2 reports a standard one) for "the object exists".
     * Compile-time constants, so this class needs no H2 classes at run time.
     */
    private static final Set<Integer> OBJECT_EXISTS = Set.of(
            ErrorCode.TABLE_OR_VIEW_ALREADY_EXISTS_1, // 42101 (42S01): CREATE TABLE
            ErrorCode.INDEX_ALREADY_EXISTS_1,         // 42111 (42S11): CREATE [UNIQUE] INDEX
            ErrorCode.DUPLICATE_COLUMN_NAME_1,        // 42121 (42S21): ALTER TABLE ... ADD COLUMN
            ErrorCode.SECOND_PRIMARY_KEY,             // 90017: ALTER TABLE ... ADD PRIMARY KEY
            ErrorCode.CONSTRAINT_ALREADY_EXISTS_1,    // 90045: ADD CONSTRAINT (foreign key, unique, check)
            ErrorCode.SEQUENCE_ALREADY_EXISTS_1,      // 90035
            ErrorCode.VIEW_ALREADY_EXISTS_1,          // 90038
            ErrorCode.TRIGGER_ALREADY_EXISTS_1,       // 90041
            ErrorCode.DOMAIN_ALREADY_EXISTS_1);       // 90119

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public String migrationFolder() {
        return "h2";
    }

    /**
     * H2 uses an index for {@code col IN (...)} only when {@code col} is the index's first column and nothing else
     * bounds the index, so with {@code tenant_id} leading every index it would filter the whole tenant; a
     * row value covering the index's leading columns is looked up key by key.
     */
    @Override
    public boolean keyListsAsRowValues() {
        return true;
    }

    /**
     * H2 compares {@code VARCHAR} as Java's {@code String.compareTo} does, by UTF-16 unit, which sorts the
     * characters U+E000 to U+FFFF (full-width forms, private use, ...) after every character outside the Basic
     * Multilingual Plane (emoji, ...), unlike code point order. UTF-8 bytes compare by code point, so every name
     * column an order sorts on has a generated {@code VARBINARY} twin {@code <column>_cp} holding its UTF-8 bytes
     * (migration V3), and the name indexes are on the twins.
     */
    @Override
    public String codePointOrder(String column) {
        return column + "_cp";
    }

    @Override
    public void setCodePointKey(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setBytes(index, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * H2's cost model rewards an index that delivers the {@code ORDER BY} far above one that narrows the rows
     * (it weighs neither the {@code LIMIT} nor the filter's selectivity), and it sees the order only when the
     * {@code ORDER BY} starts with the index's first column.
     */
    @Override
    public boolean ordersNarrowPagesWithoutTenant() {
        return true;
    }

    /** H2 reads a table through one index and filters an OR of other columns row by row. */
    @Override
    public boolean combinesIndexesForOr() {
        return false;
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        return "MERGE INTO " + table + " (" + Dialect.columnList(columns) + ") KEY (" + Dialect.columnList(keyColumns)
                + ") VALUES (" + Dialect.markers(columns.size()) + ")";
    }

    /** H2 reports "already exists" with one error code per kind of object (checked against H2 2.5). */
    @Override
    public boolean isObjectAlreadyExists(SQLException failure) {
        return OBJECT_EXISTS.contains(failure.getErrorCode());
    }

    @Override
    public boolean migrationLockNeedsOwnConnection() {
        return true;
    }

    @Override
    public void acquireMigrationLock(Connection connection, String lockName) throws SQLException {
        connection.setAutoCommit(true);
        Dialect.execute(connection, "SET LOCK_TIMEOUT " + LOCK_WAIT_MILLIS);
        Dialect.execute(connection, "CREATE TABLE IF NOT EXISTS " + lockName + " (id INT NOT NULL PRIMARY KEY)");
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + lockName + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + lockName + ")");
        } catch (SQLException e) {
            // another process inserted the lock row at the same moment: the row exists, which is all we need
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             ResultSet locked = statement.executeQuery("SELECT id FROM " + lockName + " WHERE id = 1 FOR UPDATE")) {
            if (!locked.next()) {
                throw new SQLException("the migration lock row of " + lockName + " is missing");
            }
        }
    }

    @Override
    public void releaseMigrationLock(Connection connection, String lockName) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }
}
