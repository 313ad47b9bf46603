package dev.crmkit.jdbc.internal;

import java.util.List;

/**
 * The condition that selects the rows after a keyset position: for sort keys {@code (a, b, id)} ascending,
 * {@code a > ? OR (a = ? AND (b > ? OR (b = ? AND id > ?)))}, written out so every database can use the
 * sort index. Keys are non-null here; nullable sort keys are handled by the caller.
 *
 * <p>The pages' {@code ORDER BY} starts with {@code t.tenant_id}, the leading column of every index, although
 * the tenant is fixed by the query: PostgreSQL and MariaDB read a sort index either way, but H2 recognizes an
 * index as giving the order only when the order starts with the index's first column, and otherwise reads
 * and sorts every row of the tenant for each page.
 */
final class Keyset {
    private Keyset() {
    }

    /** One sort key: its column expression and how to bind the cursor's value for it. */
    record Key(String column, Session.Binder binder) {
    }

    /** Adds the "after the cursor" condition for {@code keys} (in sort order) to {@code where}. */
    static void after(Where where, List<Key> keys, boolean descending) {
        String op = descending ? " < ?" : " > ?";
        StringBuilder condition = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            if (i == keys.size() - 1) {
                condition.append(key.column()).append(op);
            } else {
                condition.append('(').append(key.column()).append(op).append(" OR (").append(key.column()).append(" = ? AND ");
            }
        }
        condition.append(")".repeat(2 * (keys.size() - 1)));
        where.and("(" + condition + ")", params -> {
            for (int i = 0; i < keys.size(); i++) {
                keys.get(i).binder().bind(params);
                if (i < keys.size() - 1) {
                    keys.get(i).binder().bind(params);
                }
            }
        });
    }
}
