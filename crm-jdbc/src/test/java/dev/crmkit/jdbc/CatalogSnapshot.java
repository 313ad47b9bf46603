package dev.crmkit.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The schema of one store (the tables whose names start with its prefix) as the catalog describes it: tables,
 * columns with type, size and nullability, primary keys, indexes and foreign keys, one line each. Names lose the
 * prefix, so the schemas of two prefixes compare equal when they are built alike, and names the database made
 * up itself (H2's {@code PRIMARY_KEY_8}) become {@code *}, since they count objects, not structure.
 *
 * @param lines one line per table, column, key and index, in sorted order
 */
record CatalogSnapshot(SortedSet<String> lines) {
    private static final Pattern GENERATED_SUFFIX = Pattern.compile("_index_[0-9a-f]+$");

    static CatalogSnapshot of(DataSource dataSource, String prefix) {
        SortedSet<String> lines = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            for (Map.Entry<String, String> table : tables(meta, catalog, schema, prefix).entrySet()) {
                String name = table.getKey();
                lines.add("table " + name);
                try (ResultSet rs = meta.getColumns(catalog, schema, table.getValue(), null)) {
                    while (rs.next()) {
                        lines.add("column " + name + "." + lower(rs.getString("COLUMN_NAME")) + " #"
                                + rs.getInt("ORDINAL_POSITION") + " " + rs.getString("TYPE_NAME") + "("
                                + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ") nullable="
                                + rs.getString("IS_NULLABLE") + " default=" + rs.getString("COLUMN_DEF"));
                    }
                }
                lines.add("primary key " + name + " " + primaryKey(meta.getPrimaryKeys(catalog, schema, table.getValue()), prefix));
                Map<String, List<String>> indexes = new TreeMap<>();
                try (ResultSet rs = meta.getIndexInfo(catalog, schema, table.getValue(), false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") == null) {
                            continue; // a statistics row
                        }
                        String index = "index " + name + "." + local(rs.getString("INDEX_NAME"), prefix)
                                + (rs.getBoolean("NON_UNIQUE") ? "" : " unique");
                        List<String> columns = indexes.computeIfAbsent(index, k -> new ArrayList<>());
                        int position = rs.getShort("ORDINAL_POSITION");
                        while (columns.size() < position) {
                            columns.add(null);
                        }
                        columns.set(position - 1, lower(rs.getString("COLUMN_NAME")) + " " + rs.getString("ASC_OR_DESC"));
                    }
                }
                indexes.forEach((index, columns) -> lines.add(index + " " + columns));
                try (ResultSet rs = meta.getImportedKeys(catalog, schema, table.getValue())) {
                    Map<String, List<String>> keys = new TreeMap<>();
                    while (rs.next()) {
                        String key = "foreign key " + name + "." + local(rs.getString("FK_NAME"), prefix) + " -> "
                                + local(rs.getString("PKTABLE_NAME"), prefix) + " on delete " + rs.getShort("DELETE_RULE");
                        keys.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getShort("KEY_SEQ") + ":"
                                + lower(rs.getString("FKCOLUMN_NAME")) + "=" + lower(rs.getString("PKCOLUMN_NAME")));
                    }
                    keys.forEach((key, columns) -> lines.add(key + " " + new TreeSet<>(columns)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of prefix " + prefix + ": " + e.getMessage(), e);
        }
        return new CatalogSnapshot(lines);
    }

    /** The names (lower case, without the prefix) of the prefix's tables. */
    SortedSet<String> tables() {
        SortedSet<String> tables = new TreeSet<>();
        lines.stream().filter(l -> l.startsWith("table ")).forEach(l -> tables.add(l.substring("table ".length())));
        return tables;
    }

    /** The prefix's tables: local name (lower case, prefix removed) to the name as the catalog spells it. */
    private static Map<String, String> tables(DatabaseMetaData meta, String catalog, String schema, String prefix)
            throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, null, null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String type = rs.getString("TABLE_TYPE");
                if (lower(name).startsWith(prefix) && ("TABLE".equals(type) || "BASE TABLE".equals(type))) {
                    tables.put(local(name, prefix), name);
                }
            }
        }
        return tables;
    }

    private static String primaryKey(ResultSet rs, String prefix) throws SQLException {
        try (rs) {
            Map<Short, String> columns = new TreeMap<>();
            String name = null;
            while (rs.next()) {
                name = local(rs.getString("PK_NAME"), prefix);
                columns.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
            return name + " " + columns.values();
        }
    }

    /**
     * A name without the prefix, or {@code *} for a name the database generated. H2 names the index behind a
     * constraint after it plus a counter ({@code CRM_DEAL_CONTACT_FK_INDEX_E}); the counter goes too.
     */
    private static String local(String name, String prefix) {
        String lower = lower(name);
        if (lower == null) {
            return null;
        }
        return lower.startsWith(prefix) ? GENERATED_SUFFIX.matcher(lower.substring(prefix.length())).replaceFirst("_index_*")
                : "*";
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
