package dev.crmkit.jdbc.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;

/**
 * PostgreSQL 15+: native {@code uuid} and {@code timestamptz}, upserts with {@code INSERT ... ON CONFLICT},
 * transactional DDL, and a session-level advisory lock ({@code pg_advisory_lock}) around migrations.
 */
public class PostgresDialect implements Dialect {
    /** High bits of every advisory-lock key the store takes, so its locks do not collide with the host's. */
    private static final long LOCK_NAMESPACE = 0x43524D4B00000000L; // "CRMK"

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String migrationFolder() {
        return "postgresql";
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(Dialect.columnList(columns))
                .append(") VALUES (").append(Dialect.markers(columns.size())).append(") ON CONFLICT (")
                .append(Dialect.columnList(keyColumns)).append(") DO UPDATE SET ");
        String separator = "";
        for (String column : columns) {
            if (!keyColumns.contains(column)) {
                sql.append(separator).append(column).append(" = EXCLUDED.").append(column);
                separator = ", ";
            }
        }
        return sql.toString();
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public void acquireMigrationLock(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            statement.setLong(1, lockKey(connection, lockName));
            statement.executeQuery().close();
        }
    }

    @Override
    public void releaseMigrationLock(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, lockKey(connection, lockName));
            statement.executeQuery().close();
        }
    }

    /** Advisory locks are per database; the schema is part of the key so stores in different schemas do not wait on each other. */
    private static long lockKey(Connection connection, String lockName) throws SQLException {
        CRC32 crc = new CRC32();
        crc.update((connection.getSchema() + "." + lockName).getBytes(StandardCharsets.UTF_8));
        return LOCK_NAMESPACE | crc.getValue();
    }
}
