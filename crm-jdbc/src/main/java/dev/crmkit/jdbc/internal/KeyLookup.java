package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.List;

/**
 * A statement over the rows whose key column holds one of a list of keys, in the form the database answers
 * with index look-ups: {@code ... WHERE conditions AND key IN (?, ?, ...)}, or where the dialect has a
 * {@linkplain Dialect#keyTable key table} (H2), a join with the keys bound as one array. Either way it is one
 * statement per chunk of keys.
 *
 * <p>The two forms bind in different orders (the array comes first in the join form), so callers bind through
 * {@link #binder}: the conditions' values, then the keys.
 */
final class KeyLookup {
    private final String inListHead;
    private final String inListTail;
    private final String joined;

    private KeyLookup(String inListHead, String inListTail, String joined) {
        this.inListHead = inListHead;
        this.inListTail = inListTail;
        this.joined = joined;
    }

    /**
     * A select of {@code selectList} from {@code table} (with its alias, if any) and {@code joins} (joins that
     * may use the table's alias, or empty), restricted by {@code conditions} (with {@code ?} markers) and
     * {@code keyColumn} in the keys.
     *
     * @param keyType the key column's SQL type
     * @param orderBy the order of the rows as a list of selected column names without table alias, or empty
     * @param lock    a locking clause ({@link Dialect#forUpdateOf}), or empty; not together with an order
     */
    static KeyLookup select(Dialect dialect, String selectList, String table, String joins, String conditions,
                            String keyColumn, String keyType, String orderBy, String lock) {
        if (!orderBy.isEmpty() && !lock.isEmpty()) {
            throw new IllegalArgumentException("a key look-up either orders or locks");
        }
        String order = orderBy.isEmpty() ? "" : " ORDER BY " + orderBy;
        String joinsText = joins.isEmpty() ? "" : " " + joins;
        String joined = dialect.keyTable(keyType).map(keys -> {
            String select = "SELECT " + selectList + " FROM " + keys + " v JOIN " + table + " ON " + conditions + " AND "
                    + keyColumn + " = v.k" + joinsText;
            // ordered in an outer query: H2 plans a join with ORDER BY so as to read the table in index order,
            // which puts the table before the keys and scans the tenant again
            return orderBy.isEmpty() ? select + lock : "SELECT * FROM (" + select + ") q" + order;
        }).orElse(null);
        return new KeyLookup("SELECT " + selectList + " FROM " + table + joinsText + " WHERE " + conditions + " AND "
                + keyColumn + " IN ", order + lock, joined);
    }

    /** A delete of the rows of {@code table} matching {@code conditions} whose {@code keyColumn} is one of the keys. */
    static KeyLookup delete(Dialect dialect, String table, String conditions, String keyColumn, String keyType) {
        String joined = dialect.keyTable(keyType).map(k -> "MERGE INTO " + table + " USING " + k + " v ON " + conditions
                + " AND " + keyColumn + " = v.k WHEN MATCHED THEN DELETE").orElse(null);
        return new KeyLookup("DELETE FROM " + table + " WHERE " + conditions + " AND " + keyColumn + " IN ", "", joined);
    }

    /** The statement for {@code n} keys. */
    String sql(int n) {
        return joined != null ? joined : inListHead + Sql.in(n) + inListTail;
    }

    /** Binds {@code conditions}' values and {@code keys} in the order of {@link #sql}. */
    <T> Session.Binder binder(Session.Binder conditions, List<T> keys, Params.ParamBinder<T> key) {
        if (joined != null) {
            return p -> {
                p.array(keys);
                conditions.bind(p);
            };
        }
        return p -> {
            conditions.bind(p);
            p.each(keys, key);
        };
    }
}
