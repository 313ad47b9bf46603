package dev.crmkit.jdbc.dialect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * MariaDB 10.11+: the {@code UUID} type (bound as its canonical text), {@code DATETIME(6)} holding UTC
 * (moments are converted explicitly, so neither the session nor the server time zone matters), upserts
 * with {@code INSERT ... ON DUPLICATE KEY UPDATE}, and {@code GET_LOCK} around migrations. MariaDB has no
 * {@code NULLS LAST}, its {@code DECIMAL} holds at most 65 digits, 30 of them after the point, and its
 * {@code LIKE} misses prefix matches when it reads an index ({@link #likeFindsEveryPrefixMatch()}).
 */
public class MariaDbDialect implements Dialect {
    private static final int LOCK_WAIT_SECONDS = 10 * 60;
    private static final int MAX_LOCK_NAME = 64;
    private static final int MAX_SCALE = 30;
    private static final int MAX_INTEGER_DIGITS = 35;

    /**
     * MariaDB's vendor codes for "the object exists". Not 1005 ("can't create table"): a duplicate foreign-key
     * name reports it with errno 121, but a malformed foreign key reports the same code with errno 150, and
     * only the message text tells them apart; so foreign keys belong inside their CREATE TABLE.
     */
    private static final Set<Integer> OBJECT_EXISTS = Set.of(
            1050,  // ER_TABLE_EXISTS_ERROR (42S01): CREATE TABLE, VIEW or SEQUENCE
            1061,  // ER_DUP_KEYNAME (42000): CREATE INDEX, ADD UNIQUE / INDEX
            1060,  // ER_DUP_FIELDNAME (42S21): ADD COLUMN
            1068,  // ER_MULTIPLE_PRI_KEY (42000): ADD PRIMARY KEY
            1826); // ER_DUP_CONSTRAINT_NAME (HY000): ADD CONSTRAINT ... CHECK

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public String migrationFolder() {
        return "mariadb";
    }

    /**
     * The tenant as a {@code utf8mb4_nopad_bin} value, the collation of the store's tables. The driver sends
     * strings in the connection's collation ({@code utf8mb4_general_ci} by default); compared with such a
     * value, {@code tenant_id} still finds its rows through the index, but MariaDB no longer takes it as
     * constant in {@code ORDER BY tenant_id, id} and sorts the whole tenant for every page: 2 s for page 1 of
     * 1,000,000 deals, where reading the first 51 rows of the primary key takes a millisecond. The cast makes
     * the value utf8mb4 whatever the connection's character set.
     */
    @Override
    public String tenantMatch(String column) {
        return column + " = CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_nopad_bin";
    }

    /**
     * MariaDB (10.11) ends the index range it reads for {@code LIKE 'prefix%'} at U+FFFF, so under
     * {@code utf8mb4_nopad_bin} a name that continues with a character outside the Basic Multilingual Plane
     * ("ab😀" for "ab", any emoji right after the prefix) is not found once the name index is used.
     */
    @Override
    public boolean likeFindsEveryPrefixMatch() {
        return false;
    }

    @Override
    public void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.toString());
        }
    }

    @Override
    public UUID getUuid(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null ? null : UUID.fromString(value);
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getInstant(ResultSet row, int index) throws SQLException {
        LocalDateTime value = row.getObject(index, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public BigDecimal filterableNumber(BigDecimal value) {
        BigDecimal rounded = value.scale() > MAX_SCALE ? value.setScale(MAX_SCALE, RoundingMode.HALF_EVEN) : value;
        return rounded.precision() - rounded.scale() > MAX_INTEGER_DIGITS ? null : rounded;
    }

    @Override
    public String ascendingNullsLast(String expression) {
        return expression + " IS NULL, " + expression + " ASC";
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(Dialect.columnList(columns))
                .append(") VALUES (").append(Dialect.markers(columns.size())).append(") ON DUPLICATE KEY UPDATE ");
        String separator = "";
        for (String column : columns) {
            if (!keyColumns.contains(column)) {
                sql.append(separator).append(column).append(" = VALUES(").append(column).append(')');
                separator = ", ";
            }
        }
        return sql.toString();
    }

    /** Checked against MariaDB 10.11; see {@code OBJECT_EXISTS} for why a duplicate foreign key is not among them. */
    @Override
    public boolean isObjectAlreadyExists(SQLException failure) {
        return OBJECT_EXISTS.contains(failure.getErrorCode());
    }

    @Override
    public String quoteIdentifier(String name) {
        return '`' + name + '`';
    }

    @Override
    public String createHistoryTable(String table, String name) {
        return Dialect.super.createHistoryTable(table, name) + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    @Override
    public void acquireMigrationLock(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, serverWideName(connection, lockName));
            statement.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("could not take the migration lock " + lockName + " within "
                            + LOCK_WAIT_SECONDS + " s", "HYT00");
                }
            }
        }
    }

    @Override
    public void releaseMigrationLock(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, serverWideName(connection, lockName));
            statement.executeQuery().close();
        }
    }

    /** {@code GET_LOCK} names are server-wide, so the database name is part of it (hashed when too long). */
    private static String serverWideName(Connection connection, String lockName) throws SQLException {
        String name = connection.getCatalog() + "." + lockName;
        if (name.length() <= MAX_LOCK_NAME) {
            return name;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "crmkit." + HexFormat.of().formatHex(digest, 0, 24);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
