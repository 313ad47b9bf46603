package dev.crmkit.jdbc.robustness;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The tables of one schema with their columns and row counts, read through {@link DatabaseMetaData}: two equal
 * snapshots mean no table was created, dropped, altered, emptied or filled in between.
 *
 * @param rowCounts table name (lower case) to its number of rows, in name order
 * @param columns   table name (lower case) to its columns, each as "name type(size) [not null]", in position order
 */
record SchemaSnapshot(Map<String, Long> rowCounts, Map<String, List<String>> columns) {

    /** Where the tables live: a catalog (MariaDB's database) or a schema (H2, PostgreSQL). */
    record Scope(String catalog, String schema) {
    }

    static SchemaSnapshot of(DataSource dataSource, Scope scope) {
        TreeMap<String, Long> counts = new TreeMap<>();
        TreeMap<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rs = meta.getTables(scope.catalog(), scope.schema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    tables.put(table.toLowerCase(Locale.ROOT), table);
                }
            }
            for (Map.Entry<String, String> table : tables.entrySet()) {
                columns.put(table.getKey(), columns(meta, scope, table.getValue()));
            }
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, String> table : tables.entrySet()) {
                    String quote = meta.getIdentifierQuoteString();
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + quote + table.getValue() + quote)) {
                        rs.next();
                        counts.put(table.getKey(), rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of " + scope + ": " + e.getMessage(), e);
        }
        return new SchemaSnapshot(Collections.unmodifiableSortedMap(counts), Collections.unmodifiableSortedMap(columns));
    }

    private static List<String> columns(DatabaseMetaData meta, Scope scope, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        // the table name is a LIKE pattern here, and the '_' of crm_contact would also match crmXcontact
        String escape = meta.getSearchStringEscape();
        String pattern = table.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rs = meta.getColumns(scope.catalog(), scope.schema(), pattern, "%")) {
            while (rs.next()) {
                boolean notNull = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + rs.getString("TYPE_NAME") + "("
                        + rs.getInt("COLUMN_SIZE") + ")" + (notNull ? " not null" : ""));
            }
        }
        return List.copyOf(columns);
    }
}
