package dev.crmkit.jdbc.internal;

/**
 * SQL of the schema-history table: Flyway's {@code flyway_schema_history} layout, so the table can be shared
 * with Flyway (its {@code table} setting) and the store's own runner.
 */
final class SchemaHistorySql {
    final String select;
    final String insert;
    final String maxRank;

    SchemaHistorySql(String table) {
        this.select = """
                SELECT installed_rank, version, description, type, script, checksum, success
                FROM %s ORDER BY installed_rank""".formatted(table);
        this.insert = """
                INSERT INTO %s (installed_rank, version, description, type, script, checksum, installed_by,
                    execution_time, success)
                VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, ?)""".formatted(table);
        this.maxRank = "SELECT COALESCE(MAX(installed_rank), 0) FROM " + table;
    }
}
