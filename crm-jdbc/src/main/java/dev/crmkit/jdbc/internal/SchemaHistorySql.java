package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL of the schema-history table: Flyway's {@code flyway_schema_history} layout, so the table can be shared
 * with Flyway (its {@code table} setting) and the store's own runner. Every name is quoted, as Flyway writes
 * them.
 */
final class SchemaHistorySql {
    final String select;
    final String insert;
    /** Marks the row of {@code installed_rank} successful and sets its execution time. */
    final String succeed;
    /** Deletes the row of {@code installed_rank}. */
    final String delete;

    /** @param table the table name, unquoted */
    SchemaHistorySql(Dialect dialect, String table) {
        String quoted = dialect.quoteIdentifier(table);
        this.select = "SELECT " + columns(dialect, "installed_rank, version, description, type, script, checksum, success")
                + " FROM " + quoted + " ORDER BY " + dialect.quoteIdentifier("installed_rank");
        this.insert = "INSERT INTO " + quoted + " (" + columns(dialect,
                "installed_rank, version, description, type, script, checksum, installed_by, execution_time, success")
                + ") VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, ?)";
        String whereRank = " WHERE " + dialect.quoteIdentifier("installed_rank") + " = ?";
        this.succeed = "UPDATE " + quoted + " SET " + dialect.quoteIdentifier("success") + " = ?, "
                + dialect.quoteIdentifier("execution_time") + " = ?" + whereRank;
        this.delete = "DELETE FROM " + quoted + whereRank;
    }

    private static String columns(Dialect dialect, String names) {
        return Arrays.stream(names.split(",")).map(String::strip).map(dialect::quoteIdentifier)
                .collect(Collectors.joining(", "));
    }
}
