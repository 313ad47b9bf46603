package dev.crmkit.jdbc.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which tables exist in the connection's current catalog and schema, read from {@link DatabaseMetaData}. */
final class TableCatalog {
    private TableCatalog() {
    }

    /**
     * The names among {@code names} that exist as tables (or views, sequences: anything {@code getTables}
     * lists) in the current schema, in name order, spelled as in {@code names}.
     *
     * @param exactCase whether names must match exactly (a quoted name) or regardless of case (unquoted names,
     *                  which H2 stores upper-cased)
     */
    static SortedSet<String> existing(Connection connection, Collection<String> names, boolean exactCase)
            throws SQLException {
        Function<String, String> key = exactCase ? Function.identity() : n -> n.toLowerCase(Locale.ROOT);
        Map<String, String> wanted = names.stream().collect(Collectors.toMap(key, n -> n, (a, b) -> a, TreeMap::new));
        SortedSet<String> found = new TreeSet<>();
        DatabaseMetaData metaData = connection.getMetaData();
        // a name pattern only narrows the listing ('_' is a wildcard in it); the exact match is made here. Several
        // names, or names whose case the database may have changed, are matched against the whole schema.
        String pattern = exactCase && names.size() == 1 ? names.iterator().next() : null;
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), pattern, null)) {
            while (tables.next()) {
                String name = wanted.get(key.apply(tables.getString("TABLE_NAME")));
                if (name != null) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
